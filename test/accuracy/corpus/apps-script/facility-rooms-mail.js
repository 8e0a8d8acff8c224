// Apps Script: community centre; tells the caretaker how many people use each room tomorrow.
function mailTomorrowRooms() {
  const rows = SpreadsheetApp.getActive().getSheetByName('施設予約').getDataRange().getValues().slice(1);
  const tomorrow = new Date(Date.now() + 86400000).toDateString();
  const counts = {};
  rows
    .filter((r) => new Date(r[0]).toDateString() === tomorrow)
    .forEach(([, 施設名, 人数]) => {
      counts[施設名] = (counts[施設名] || 0) + Number(人数);
    });
  const body = Object.entries(counts).map(([施設名, n]) => `${施設名}: ${n}名`).join('\n') || '予約なし';
  MailApp.sendEmail('kanri@kominkan-midori.jp', '明日の施設利用予定', body);
}
