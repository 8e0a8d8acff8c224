// Apps Script: creates the 申込一覧 sheet with its header row and formatting.
const HEADERS = ['受付日時', '氏名', 'フリガナ', '生年月日', '電話番号', 'メールアドレス', '住所'];

function setupSheet() {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName('申込一覧') || ss.insertSheet('申込一覧');
  sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]).setFontWeight('bold').setBackground('#e8f0fe');
  sheet.setFrozenRows(1);
  sheet.getRange('E:E').setNumberFormat('@');
  Logger.log('ヘッダーを設定しました: ' + HEADERS.join(', '));
}
