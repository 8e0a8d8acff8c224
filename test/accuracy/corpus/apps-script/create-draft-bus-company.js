// Apps Script: prepares the passenger list e-mail for the bus company (a draft the organiser reviews).
function draftPassengerList() {
  const [, ...rows] = SpreadsheetApp.getActive().getSheetByName('参加者').getDataRange().getValues();
  const list = rows.map(([no, shimei, seinengappi, keitai]) => `${no}. ${shimei} (${seinengappi}) ${keitai}`).join('\n');
  GmailApp.createDraft( // expect: pii-guard/no-unprotected-pii-transmission
    'charter@kanko-bus.co.jp',
    '【社員旅行】乗車名簿の送付',
    `お世話になっております。\n乗車名簿をお送りします。\n\n${list}\n\n総務部`,
  );
}
