const nodemailer = require('nodemailer');
const { unparse } = require('papaparse');
const { getNewSignups } = require('./signups');

const transporter = nodemailer.createTransport({ host: 'smtp.office365.com', port: 587 });

async function mailWeeklySignups() {
  const signups = await getNewSignups({ days: 7 });
  const csv = unparse(signups.map((s) => ({ name: s.fullName, email: s.email, phone: s.phone })));

  await transporter.sendMail({ // expect: pii-guard/no-unprotected-pii-transmission
    from: 'reports@acme.co.jp',
    to: 'marketing@acme.co.jp',
    subject: `Weekly signups (${signups.length})`,
    text: 'See attachment.',
    attachments: [{ filename: 'signups.csv', content: csv }],
  });
}

module.exports = { mailWeeklySignups };
