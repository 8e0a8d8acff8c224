// kintone customisation (顧客管理 app): debug output left in the submit handler.
(() => {
  'use strict';

  kintone.events.on(['app.record.create.submit', 'app.record.edit.submit'], (event) => {
    const record = event.record;
    console.log('submit', record); // expect: pii-guard/no-pii-in-logs (whole customer record)
    if (!record['顧客名'].value) {
      record['顧客名'].error = '顧客名を入力してください';
    }
    return event;
  });
})();
