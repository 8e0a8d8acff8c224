// kintone customisation (出店管理): Slack notice when a store opening date is fixed.
(() => {
  'use strict';
  const WEBHOOK = 'https://hooks.slack.com/services/T0TENPO/B0OPEN/a8Kd2LmQ7xWz4Rt1';

  kintone.events.on('app.record.edit.submit.success', (event) => {
    const r = event.record;
    const text = `出店決定: ${r.店舗名.value} (${r.会社名.value}) ${r.施設名.value} 開店日 ${r.開店日.value}`;
    kintone.proxy(WEBHOOK, 'POST', { 'Content-Type': 'application/json' }, JSON.stringify({ text }));
    return event;
  });
})();
