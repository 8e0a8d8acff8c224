// Apps Script: daily call list for the sales team, posted to Chatwork.
const COL = { NAME: '顧客名', TEL: '電話番号', STATUS: 'ステータス' };

function rowsAsObjects(sheet) {
  const [header, ...values] = sheet.getDataRange().getValues();
  return values.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

function postCallList() {
  const rows = rowsAsObjects(SpreadsheetApp.getActive().getSheetByName('見込み客'));
  const todo = rows.filter((row) => row[COL.STATUS] === '要架電');
  const body = todo.map((row) => `${row[COL.NAME]} ${row[COL.TEL]}`).join('\n');
  UrlFetchApp.fetch('https://api.chatwork.com/v2/rooms/310224455/messages', { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'post',
    headers: { 'X-ChatWorkToken': PropertiesService.getScriptProperties().getProperty('CW_TOKEN') },
    payload: { body: `[info][title]本日の架電リスト (${todo.length}件)[/title]${body}[/info]` },
  });
}
