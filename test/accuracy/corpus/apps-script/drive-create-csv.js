// Apps Script: monthly CSV of members for the mailing house, saved to a shared Drive folder.
const FOLDER_ID = '0B7mQx2LtAcMeZ1pUfR3vS9d';

function exportMailingList() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('会員名簿');
  const values = sheet.getDataRange().getValues();
  const header = values.shift();
  const col = (label) => header.indexOf(label);
  const lines = values.map((r) =>
    [r[col('郵便番号')], r[col('住所')], r[col('氏名')]].map((s) => `"${String(s).replace(/"/g, '""')}"`).join(','),
  );
  const csv = ['郵便番号,住所,氏名', ...lines].join('\r\n');
  DriveApp.getFolderById(FOLDER_ID).createFile('mailing_list.csv', csv, MimeType.CSV); // expect: pii-guard/no-unprotected-pii-export
  Logger.log(`mailing_list.csv: ${lines.length}件`);
}
