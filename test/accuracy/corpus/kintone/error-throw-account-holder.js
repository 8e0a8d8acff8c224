// kintone customisation (口座振替申込): validation of the bank account fields.
(() => {
  'use strict';

  kintone.events.on('app.record.edit.submit', (event) => {
    const r = event.record;
    if (!/^\d{7}$/.test(r.口座番号.value)) {
      r.口座番号.error = '口座番号は7桁の数字で入力してください';
      return event;
    }
    if (r.口座名義.value !== r.契約者名カナ.value) {
      throw new Error(`口座名義 ${r.口座名義.value} が契約者名と一致しません`); // expect: pii-guard/no-pii-in-logs
    }
    return event;
  });
})();
