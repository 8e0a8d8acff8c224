// Apps Script: copies event registrations into the catering vendor's spreadsheet (shared with the vendor).
const VENDOR_SHEET_ID = '1x9Vd3NqP0aTmK7cR2bW5yE8uJ4hG6fL1sZ0oQ3iA';

function copyToVendor(e) {
  const v = e.namedValues;
  const vendorSheet = SpreadsheetApp.openById(VENDOR_SHEET_ID).getSheetByName('参加者');
  vendorSheet.appendRow([ // expect: pii-guard/no-unprotected-pii-export
    v['氏名'][0],
    v['フリガナ'][0],
    v['携帯電話番号'][0],
    v['アレルギー'][0],
  ]);
  Logger.log('copied row ' + e.range.getRow());
}
