// kintone customisation (受注): fills the delivery fields from the customer app of the same kintone.
(() => {
  'use strict';
  const CUSTOMER_APP = 31;

  kintone.events.on('app.record.create.change.顧客番号', async (event) => {
    const no = event.record.顧客番号.value;
    if (!/^C\d{6}$/.test(no)) return event;
    const resp = await kintone.api(kintone.api.url('/k/v1/records.json', true), 'GET', {
      app: CUSTOMER_APP,
      query: `顧客番号 = "${no}" limit 1`,
    });
    const c = resp.records[0];
    if (!c) return event;
    const { record } = kintone.app.record.get();
    record.届け先氏名.value = c.顧客名.value;
    record.届け先住所.value = c.住所.value;
    kintone.app.record.set({ record });
    console.log(`顧客 ${no} を反映しました`);
    return event;
  });
})();
