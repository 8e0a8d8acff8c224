// kintone customisation (訪問看護 利用者管理): sends insurance details to the external claims service.
(() => {
  'use strict';
  const PLUGIN_ID = 'kpbjmbnlhdfkpcgjobkjfhkhnlejmklm';

  kintone.events.on('app.record.detail.process.proceed', (event) => {
    if (event.action.value !== '請求データ送信') return event;
    const r = event.record;
    const data = {
      shimei: r.利用者氏名.value,
      hokenshaBangou: r.保険者番号.value,
      hihokenshaBangou: r.被保険者番号.value,
      jukyushaBangou: r.受給者番号.value,
    };
    return kintone.plugin.app // expect: pii-guard/no-unprotected-pii-transmission
      .proxy(PLUGIN_ID, 'https://api.receipt-cloud.jp/v1/claims', 'POST', { 'Content-Type': 'application/json' }, data)
      .then(() => event);
  });
})();
