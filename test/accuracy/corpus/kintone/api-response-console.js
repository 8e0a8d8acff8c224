// kintone customisation (案件管理): shows the contacts of the customer company next to a deal.
(() => {
  'use strict';
  const CONTACT_APP = 12;

  kintone.events.on('app.record.detail.show', async (event) => {
    const resp = await kintone.api(kintone.api.url('/k/v1/records.json', true), 'GET', {
      app: CONTACT_APP,
      query: `会社名 = "${event.record.会社名.value}"`,
      fields: ['$id', '担当者名', 'メールアドレス', '電話番号'],
    });
    console.log('contacts', resp.records); // expect: pii-guard/no-pii-in-logs
    const space = kintone.app.record.getSpaceElement('contacts');
    space.textContent = resp.records.map((c) => `${c.担当者名.value} ${c.電話番号.value}`).join(' / ');
    return event;
  });
})();
