// Apps Script: writes a table of contents of the 見積書 folder into the 目次 sheet.
function buildIndex() {
  const folder = DriveApp.getFolderById('1AbCdEfGhIjKlMnOpQrStUvWx');
  const files = folder.getFiles();
  const rows = [];
  while (files.hasNext()) {
    const file = files.next();
    rows.push([file.getName(), file.getSize(), file.getLastUpdated(), file.getUrl()]);
  }
  const シート名 = '目次';
  const sheet = SpreadsheetApp.getActive().getSheetByName(シート名);
  sheet.clearContents();
  sheet.getRange(1, 1, 1, 4).setValues([['ファイル名', 'サイズ', '更新日時', 'URL']]);
  if (rows.length) sheet.getRange(2, 1, rows.length, 4).setValues(rows);
  Logger.log(`${シート名}: ${rows.length}件のファイル名を書き出しました`);
}
