// kintone customisation: copies a won deal's customer into the 顧客マスタ app of the same kintone.
(() => {
  'use strict';
  const CUSTOMER_APP = 31;

  kintone.events.on('app.record.detail.process.proceed', async (event) => {
    if (event.nextStatus.value !== '成約') return event;
    const r = event.record;
    await kintone.api('/k/v1/record.json', 'POST', {
      app: CUSTOMER_APP,
      record: {
        顧客名: { value: r.お客様名.value },
        電話番号: { value: r.電話番号.value },
        住所: { value: r.住所.value },
        メールアドレス: { value: r.メールアドレス.value },
      },
    });
    console.log(`顧客マスタに登録しました (案件 ${event.recordId})`);
    return event;
  });
})();
