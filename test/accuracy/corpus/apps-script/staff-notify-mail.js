// Apps Script: tells the front desk about each new booking (runs as the salon's Google account).
const FRONT_DESK = 'reservations@salon-hana.jp';

function notifyFrontDesk(e) {
  const v = e.namedValues;
  const body = [
    '新しいご予約が入りました。',
    `お名前: ${v['お名前'][0]}`,
    `電話番号: ${v['電話番号'][0]}`,
    `ご希望メニュー: ${v['メニュー'][0]}`,
    `ご希望日時: ${v['ご希望日時'][0]}`,
  ].join('\n');
  MailApp.sendEmail(FRONT_DESK, '【新規予約】' + v['ご希望日時'][0], body); // expect: pii-guard/no-unprotected-pii-transmission
}
