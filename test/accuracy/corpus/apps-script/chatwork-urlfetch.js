// Apps Script: Chatwork notice for each 資料請求 (brochure request) row.
const CW_ROOM_ID = '298765432';

function notifyChatwork(row) {
  const token = PropertiesService.getScriptProperties().getProperty('CHATWORK_TOKEN');
  const [receivedAt, shimei, yubin, jusho, tel] = row;
  const message = `[info][title]資料請求 ${receivedAt}[/title]${shimei} 様\n〒${yubin} ${jusho}\nTEL ${tel}[/info]`;
  UrlFetchApp.fetch(`https://api.chatwork.com/v2/rooms/${CW_ROOM_ID}/messages`, { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'post',
    headers: { 'X-ChatWorkToken': token },
    payload: { body: message },
  });
}

function notifyAll() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('資料請求');
  const rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, 5).getValues();
  rows.forEach(notifyChatwork);
  Logger.log(`${rows.length}件を通知しました`);
}
