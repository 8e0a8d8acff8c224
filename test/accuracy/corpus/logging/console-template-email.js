const { sendVerification } = require('./mailer');

async function requestVerification(user) {
  const code = String(Math.floor(100000 + Math.random() * 900000));
  await sendVerification(user.email, code);
  console.log(`verification code sent to ${user.email}`); // expect: pii-guard/no-pii-in-logs
  return { sentAt: Date.now() };
}

module.exports = { requestVerification };
