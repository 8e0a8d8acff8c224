// kintone customisation (保険者マスタ app): checks the 8-digit insurer number; insurers are organisations.
(() => {
  'use strict';

  kintone.events.on(['app.record.create.submit', 'app.record.edit.submit'], (event) => {
    const r = event.record;
    const hokenshaBangou = r.保険者番号.value;
    if (!/^\d{6}(\d{2})?$/.test(hokenshaBangou)) {
      r.保険者番号.error = '保険者番号は6桁または8桁です';
    }
    console.log('保険者', hokenshaBangou, r.保険者名.value, r.所在地.value);
    return event;
  });
})();
