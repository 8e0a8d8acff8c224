// Apps Script: absence form of a cram school; forwards each report to the class's teacher mailbox.
const CLASS_MAILBOX = { 中1: 'class-1@juku-hikari.jp', 中2: 'class-2@juku-hikari.jp', 中3: 'class-3@juku-hikari.jp' };

function onAbsence(e) {
  const v = e.namedValues;
  const grade = v['学年'][0];
  MailApp.sendEmail({ // expect: pii-guard/no-unprotected-pii-transmission
    to: CLASS_MAILBOX[grade],
    subject: `欠席連絡 ${v['生徒氏名'][0]}`,
    htmlBody:
      `<p>生徒: ${v['生徒氏名'][0]}</p><p>保護者氏名: ${v['保護者氏名'][0]}</p>` +
      `<p>連絡先: ${v['保護者電話番号'][0]}</p><p>理由: ${v['欠席理由'][0]}</p>`,
  });
}
