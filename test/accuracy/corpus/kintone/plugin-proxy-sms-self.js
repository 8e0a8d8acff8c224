// kintone plug-in (予約リマインド): SMS reminder to the customer themself about their own booking.
((PLUGIN_ID) => {
  'use strict';
  const SMS_API = 'https://api.sms-link.jp/v1/messages';

  kintone.events.on('app.record.detail.process.proceed', async (event) => {
    if (event.action.value !== 'リマインド送信') return event;
    const r = event.record;
    await kintone.plugin.app.proxy(PLUGIN_ID, SMS_API, 'POST', { 'Content-Type': 'application/json' }, {
      to: r.携帯番号.value,
      text: `${r.お客様名.value}様 明日${r.予約時刻.value}のご予約をお待ちしております。サロン花`,
    });
    console.log(`reminder sent for record ${event.recordId}`);
    return event;
  });
})(kintone.$PLUGIN_ID);
