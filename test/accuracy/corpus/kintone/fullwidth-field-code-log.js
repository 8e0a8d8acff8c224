// kintone customisation: field codes generated from labels keep their full-width separators.
(() => {
  'use strict';

  kintone.events.on('app.record.detail.show', (event) => {
    const r = event.record;
    const shimei = r['文字列＿氏名'].value;
    const keitai = r['電話番号（携帯）'].value;
    console.debug('detail', shimei, keitai); // expect: pii-guard/no-pii-in-logs
    console.debug('record id', event.recordId);
    return event;
  });
})();
