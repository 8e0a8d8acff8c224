// Apps Script: checks booking rows typed in by hand and lists what is missing.
const REQUIRED = {
  お名前: 'お名前を入力してください',
  電話番号: '電話番号を入力してください',
  メールアドレス: 'メールアドレスを入力してください',
};

function checkRequired() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('予約');
  const [header, ...rows] = sheet.getDataRange().getValues();
  const problems = [];
  rows.forEach((row, i) => {
    Object.keys(REQUIRED).forEach((label) => {
      if (row[header.indexOf(label)] === '') problems.push(`${i + 2}行目: ${REQUIRED[label]}`);
    });
  });
  if (problems.length) {
    SpreadsheetApp.getUi().alert(problems.join('\n'));
    Logger.log(`未入力 ${problems.length}件: ${problems.join(' / ')}`);
  }
}
