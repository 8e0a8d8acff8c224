// Apps Script: sends error reports of the booking script to the innkeeper.
const OWNER_MAIL = 'kaede.okami1968@gmail.com'; // expect: pii-guard/no-hardcoded-pii

function reportError(err) {
  MailApp.sendEmail(OWNER_MAIL, '[予約システム] エラー', `${err.name}: ${err.message}\n${err.stack}`);
  console.error(err.name, err.message);
}

function withErrorReport(fn) {
  try {
    fn();
  } catch (err) {
    reportError(err);
  }
}
