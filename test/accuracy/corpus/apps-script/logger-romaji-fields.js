// Apps Script: member registration from the 入会 sheet; romaji column keys as the old VBA used them.
function registerMember(m) {
  const sheet = SpreadsheetApp.getActive().getSheetByName('会員');
  const kaiinBangou = 'K' + String(sheet.getLastRow()).padStart(6, '0');
  Logger.log('登録: %s %s %s %s', kaiinBangou, m.shimei, m.jyusho, m.tanjoubi); // expect: pii-guard/no-pii-in-logs
  Logger.log('登録完了: ' + kaiinBangou);
  return kaiinBangou;
}
