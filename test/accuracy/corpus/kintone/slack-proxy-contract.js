// kintone customisation (保険契約管理): Slack notice when a new contract is approved.
(() => {
  'use strict';
  const WEBHOOK = 'https://hooks.slack.com/services/T0HOKEN/B0KEIYAKU/Qm3xL8pVz1Rk5Tw9';

  kintone.events.on('app.record.detail.process.proceed', (event) => {
    if (event.nextStatus.value !== '承認済') return event;
    const r = event.record;
    const payload = {
      text: `契約承認: ${r.契約者名.value} 様 (生年月日 ${r.生年月日.value}) / ${r.保険種類.value} / 担当 ${r.担当者名.value}`,
    };
    kintone.proxy(WEBHOOK, 'POST', { 'Content-Type': 'application/json' }, JSON.stringify(payload)); // expect: pii-guard/no-unprotected-pii-transmission
    return event;
  });
})();
