// Apps Script: builds a 会員名簿 spreadsheet for the auditors and shares it with them.
function exportMeibo(auditorEmail) {
  const src = SpreadsheetApp.getActive().getSheetByName('会員');
  const [header, ...rows] = src.getDataRange().getValues();
  const iName = header.indexOf('氏名');
  const iTel = header.indexOf('電話番号');
  const iAddr = header.indexOf('住所');

  const out = [['氏名', '電話番号', '住所']].concat(rows.map((r) => [r[iName], r[iTel], r[iAddr]]));
  const book = SpreadsheetApp.create('会員名簿_' + Utilities.formatDate(new Date(), 'Asia/Tokyo', 'yyyyMMdd'));
  book.getSheets()[0].getRange(1, 1, out.length, 3).setValues(out); // expect: pii-guard/no-unprotected-pii-export
  book.addEditor(auditorEmail);
  return book.getUrl();
}
