// kintone customisation (学童保育 入所申込): posts each application to the staff Teams channel.
(() => {
  'use strict';
  const TEAMS = 'https://gakudo-hikari.webhook.office.com/webhookb2/7c1e9a52-3f0d/IncomingWebhook/5e2b8d/1a9f';

  kintone.events.on('app.record.create.submit.success', async (event) => {
    const r = event.record;
    const card = {
      title: '入所申込がありました',
      text: `児童氏名: ${r.児童氏名.value}<br>保護者氏名: ${r.保護者氏名.value}<br>緊急連絡先: ${r.緊急連絡先.value}`,
    };
    await kintone.proxy(TEAMS, 'POST', { 'Content-Type': 'application/json' }, card); // expect: pii-guard/no-unprotected-pii-transmission
    return event;
  });
})();
