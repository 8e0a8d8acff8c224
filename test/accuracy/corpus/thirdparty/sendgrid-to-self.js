const sgMail = require('@sendgrid/mail');

sgMail.setApiKey(process.env.SENDGRID_API_KEY);

async function sendWelcome(user) {
  await sgMail.send({
    to: user.email,
    from: { email: 'hello@acme.co.jp', name: 'Acme' },
    templateId: 'd-0123456789abcdef0123456789abcdef',
    dynamicTemplateData: { firstName: user.firstName },
  });
}

module.exports = { sendWelcome };
