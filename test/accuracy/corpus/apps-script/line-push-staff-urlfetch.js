// Apps Script: pushes each new takeout order to the shop's staff LINE group via the Messaging API.
const STAFF_GROUP = 'C8d1f3a9b27e4c60f5a1d9e3b7c24f816';

function pushOrderToStaff(e) {
  const v = e.namedValues;
  const text = `テイクアウト注文\n${v['お名前'][0]} 様\nTEL ${v['電話番号'][0]}\n受取 ${v['受取時間'][0]}\n${v['ご注文内容'][0]}`;
  UrlFetchApp.fetch('https://api.line.me/v2/bot/message/push', { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + PropertiesService.getScriptProperties().getProperty('LINE_TOKEN') },
    payload: JSON.stringify({ to: STAFF_GROUP, messages: [{ type: 'text', text }] }),
  });
}
