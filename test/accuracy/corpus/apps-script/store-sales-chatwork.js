// Apps Script: closing-time sales per store to the area managers' Chatwork room.
function postStoreSales() {
  const rows = SpreadsheetApp.getActive().getSheetByName('日次売上').getDataRange().getValues().slice(1);
  const lines = rows.map(
    ([店舗名, 売上, 客数, 前年比]) => `${店舗名}: ¥${Number(売上).toLocaleString()} (${客数}名, 前年比 ${前年比}%)`,
  );
  UrlFetchApp.fetch('https://api.chatwork.com/v2/rooms/188776655/messages', {
    method: 'post',
    headers: { 'X-ChatWorkToken': PropertiesService.getScriptProperties().getProperty('CW_TOKEN') },
    payload: { body: `[info][title]本日の店舗別売上[/title]${lines.join('\n')}[/info]` },
  });
}
