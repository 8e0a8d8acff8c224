// Apps Script: morning summary of today's bookings for the staff Slack channel (counts only).
const SLACK_WEBHOOK = 'https://hooks.slack.com/services/T01ACME/B03DAILY/p9Xw2QkLm4Rt7Vb1Nz8s';

function postDailySummary() {
  const tz = 'Asia/Tokyo';
  const today = Utilities.formatDate(new Date(), tz, 'yyyy/MM/dd');
  const rows = SpreadsheetApp.getActive().getSheetByName('予約').getDataRange().getValues().slice(1);
  const todays = rows.filter((r) => Utilities.formatDate(new Date(r[1]), tz, 'yyyy/MM/dd') === today);
  const guests = todays.reduce((sum, r) => sum + Number(r[5]), 0);
  const text = `本日 ${today} のご予約: ${todays.length}件 / ${guests}名`;
  Logger.log(text);
  UrlFetchApp.fetch(SLACK_WEBHOOK, { method: 'post', contentType: 'application/json', payload: JSON.stringify({ text }) });
}
