// Apps Script: newest applicant on top of the sheet shared with the recruiting agency.
const AGENCY_SHEET = '1QkR7vW2xN5pB8dT0mY3cJ6hL9sF4gA1zE7uK2oP';

function addApplicantForAgency(applicant) {
  const sheet = SpreadsheetApp.openById(AGENCY_SHEET).getSheetByName('応募者');
  sheet.insertRowBefore(2);
  sheet.getRange(2, 1, 1, 5).setValues([ // expect: pii-guard/no-unprotected-pii-export
    [applicant.shimei, applicant.furigana, applicant.seinengappi, applicant.keitai, applicant.saishuGakureki],
  ]);
  sheet.getRange(2, 6).setValue(new Date());
}
