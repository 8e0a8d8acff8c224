// Apps Script (clasp): form-submit trigger of the 予約受付 spreadsheet of a hair salon.
const SALON = 'サロン花 渋谷店';

function onFormSubmit(e) {
  const v = e.namedValues;
  const name = v['お名前'][0];
  const tel = v['電話番号'][0];
  const email = v['メールアドレス'][0];
  const date = v['ご希望日時'][0];

  Logger.log(`予約受付: ${name} / ${tel} / ${date}`); // expect: pii-guard/no-pii-in-logs

  // Confirmation to the customer themself, with their own booking.
  MailApp.sendEmail({
    to: email,
    subject: `【${SALON}】ご予約を承りました`,
    body: `${name} 様\n\nご予約ありがとうございます。\nご希望日時: ${date}\n\n${SALON}`,
  });
  Logger.log('confirmation sent, row ' + e.range.getRow());
}
