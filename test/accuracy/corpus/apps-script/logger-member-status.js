// Apps Script: yearly renewal; logs membership numbers and statuses (references, not contents).
function markExpired() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('会員');
  const values = sheet.getDataRange().getValues();
  const today = new Date();
  const expired = [];
  values.slice(1).forEach(([kaiinBangou, , , yuukouKigen], i) => {
    if (new Date(yuukouKigen) < today) {
      sheet.getRange(i + 2, 6).setValue('期限切れ');
      expired.push(kaiinBangou);
    }
  });
  Logger.log(`期限切れ ${expired.length}件: ${expired.join(', ')}`);
}
