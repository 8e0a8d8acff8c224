/**
 * メール送信。MailApp の1日の送信上限(無料アカウント100通)に注意。
 */

const SIGNATURE = [
  '',
  '――――――――――――――――',
  STUDIO.name,
  'TEL ' + STUDIO.tel + '(受付 10:00〜19:00)',
  STUDIO.url,
  '※このメールは送信専用です。ご不明点はお電話でお問い合わせください。',
].join('\n');

/** お申し込みいただいたご本人への予約確認メール。 */
function sendConfirmationMail_(customer, booking) {
  const subject = `【${STUDIO.name}】ご予約ありがとうございます(${booking.date} ${booking.time})`;
  const body = [
    `${customer.name} 様`,
    '',
    `このたびは${STUDIO.name}をご予約いただき、ありがとうございます。`,
    '以下の内容でご予約を承りました。',
    '',
    `店舗　　:${booking.store}`,
    `日時　　:${booking.date} ${booking.time}`,
    `コース　:${booking.course}`,
    `人数　　:${booking.people}名`,
    `会員番号:${booking.memberNo}`,
    '',
    'エプロンとハンドタオルをお持ちください。',
    'キャンセルは前日18時までにお電話でご連絡ください。',
    SIGNATURE,
  ].join('\n');
  MailApp.sendEmail(customer.email, subject, body, { name: STUDIO.name, replyTo: STUDIO.adminEmail });
}

/** 入力に不備があったとき、ご本人に再入力をお願いする。 */
function sendInputErrorMail_(customer, errors) {
  const body = [
    `${customer.name || 'お客'} 様`,
    '',
    'ご予約フォームの入力内容に不備がありました。お手数ですが、もう一度お申し込みください。',
    '',
    ...errors.map((msg) => '・' + msg),
    SIGNATURE,
  ].join('\n');
  MailApp.sendEmail(customer.email, `【${STUDIO.name}】ご予約を受け付けできませんでした`, body, { name: STUDIO.name });
}

/** 店舗の予約受付アドレスへの通知。 */
function notifyAdmin_(customer, booking) {
  const body = [
    '予約フォームから新しい予約がありました。',
    '',
    `お客様名:${customer.name}(${customer.kana})`,
    `電話番号:${customer.tel}`,
    `日時　　:${booking.date} ${booking.time} / ${booking.course} / ${booking.people}名`,
    `店舗　　:${booking.store}`,
    `ご要望　:${booking.note || 'なし'}`,
    `会員番号:${booking.memberNo}`,
  ].join('\n');
  MailApp.sendEmail({ // expect: pii-guard/no-unprotected-pii-transmission
    to: STUDIO.adminEmail,
    subject: `[予約] ${booking.date} ${booking.time} ${booking.store}`,
    body: body,
  });
}
