/**
 * スタッフ向けのチャット通知(Slack の #予約 チャンネル)。
 */

/** 新規予約をその場で #予約 に流す。 */
function postNewBookingToSlack_(customer, booking) {
  const text = [
    `:calendar: 新規予約 ${booking.date} ${booking.time}(${booking.store})`,
    `${customer.name} 様 ${customer.tel} / ${booking.course} ${booking.people}名`,
  ].join('\n');
  const res = UrlFetchApp.fetch(SLACK_WEBHOOK_BASE + prop_('SLACK_WEBHOOK_PATH'), { // expect: pii-guard/no-unprotected-pii-transmission
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text: text }),
    muteHttpExceptions: true,
  });
  if (res.getResponseCode() !== 200) console.warn('Slack 通知に失敗: HTTP ' + res.getResponseCode());
}

/** 毎朝8時(時間主導型トリガー)。店舗ごとの今日の予約件数だけを流す。 */
function postDailySummary() {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.BOOKINGS);
  const [header, ...rows] = sheet.getDataRange().getValues();
  const dateIdx = header.indexOf(COL.DATE);
  const storeIdx = header.indexOf(COL.STORE);
  const peopleIdx = header.indexOf(COL.PEOPLE);
  const today = Utilities.formatDate(new Date(), 'Asia/Tokyo', 'yyyy/MM/dd');
  const lines = STORES.map((store) => {
    const todays = rows.filter((r) => r[storeIdx] === store.店舗名 && formatDate_(r[dateIdx]) === today);
    const people = todays.reduce((sum, r) => sum + Number(r[peopleIdx]), 0);
    const groups = todays.filter((r) => Number(r[peopleIdx]) >= MAX_PEOPLE).length;
    return `${store.店舗名}: ${todays.length}件 ${people}名(うち3名グループ ${groups}件)`;
  });
  UrlFetchApp.fetch(SLACK_WEBHOOK_BASE + prop_('SLACK_WEBHOOK_PATH'), {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ text: `:sunrise: 本日の予約\n${lines.join('\n')}` }),
  });
  Logger.log('本日の予約サマリーを送信: %s店舗', lines.length);
}

function formatDate_(value) {
  return value instanceof Date ? Utilities.formatDate(value, 'Asia/Tokyo', 'yyyy/MM/dd') : String(value);
}
