// kintone customisation (商品マスタ app): checks model numbers before saving.
(() => {
  'use strict';

  kintone.events.on(['app.record.create.submit', 'app.record.edit.submit'], (event) => {
    const r = event.record;
    const 型式 = r['型式'].value;
    if (!/^[A-Z]{2}-\d{4}$/.test(型式)) {
      r['型式'].error = '型式は「AB-1234」の形式で入力してください';
    }
    console.log('商品', r['商品名'].value, r['品名'].value, 型式, r['在庫数'].value);
    return event;
  });
})();
