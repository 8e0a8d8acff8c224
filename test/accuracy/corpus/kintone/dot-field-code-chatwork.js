// kintone customisation (商談管理): tells the sales room in Chatwork when a deal is won.
(() => {
  'use strict';
  const ROOM = '301122334';

  kintone.events.on('app.record.edit.submit.success', (event) => {
    const r = event.record;
    if (r.ステータス.value !== '成約') return event;
    const text =
      `[info][title]成約しました[/title]お客様名: ${r.お客様名.value}\n` +
      `ご連絡先: ${r.電話番号.value}\n金額: ${r.契約金額.value}円\n担当: ${r.担当者名.value}[/info]`;
    const headers = { 'X-ChatWorkToken': 'cw-token', 'Content-Type': 'application/x-www-form-urlencoded' };
    const url = `https://api.chatwork.com/v2/rooms/${ROOM}/messages`;
    return kintone.proxy(url, 'POST', headers, `body=${encodeURIComponent(text)}`).then(() => event); // expect: pii-guard/no-unprotected-pii-transmission
  });
})();
