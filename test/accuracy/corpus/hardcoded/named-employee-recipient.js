const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({ host: 'smtp.acme.co.jp', port: 587 });

// Kept sending to Suzuki-san's private address after she changed teams.
const ESCALATION_TO = 'm.suzuki.1990@outlook.jp'; // expect: pii-guard/no-hardcoded-pii

async function escalate(ticketId) {
  await transport.sendMail({ from: 'no-reply@acme.co.jp', to: ESCALATION_TO, subject: `Ticket ${ticketId} escalated` });
}

module.exports = { escalate };
