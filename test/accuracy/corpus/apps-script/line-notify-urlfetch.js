// Apps Script: LINE Notify alert to the clinic's staff group when a web reservation arrives.
const NOTIFY_URL = 'https://notify-api.line.me/api/notify';

function notifyReservation(e) {
  const v = e.namedValues;
  const token = PropertiesService.getScriptProperties().getProperty('LINE_NOTIFY_TOKEN');
  const message =
    `\n新規予約\n患者様氏名: ${v['患者様氏名'][0]}\n生年月日: ${v['生年月日'][0]}` +
    `\n症状: ${v['症状'][0]}\n希望日: ${v['希望日'][0]}`;
  UrlFetchApp.fetch(NOTIFY_URL, { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'post',
    headers: { Authorization: 'Bearer ' + token },
    payload: { message },
  });
}
