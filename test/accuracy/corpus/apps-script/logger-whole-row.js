// Apps Script: validates the 顧客一覧 sheet before the mail merge.
function validateCustomers() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('顧客一覧');
  const [header, ...rows] = sheet.getDataRange().getValues();
  const iMail = header.indexOf('メールアドレス');
  let bad = 0;
  rows.forEach((row, i) => {
    if (!/^[^@\s]+@[^@\s]+$/.test(row[iMail])) {
      bad++;
      Logger.log(`${i + 2}行目が不正: ${JSON.stringify(row)}`); // expect: pii-guard/no-pii-in-logs (whole customer row)
    }
  });
  Logger.log(`検証完了: ${rows.length}件中 ${bad}件が不正`);
}
