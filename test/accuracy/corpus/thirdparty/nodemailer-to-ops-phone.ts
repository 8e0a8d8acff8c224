import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({ host: 'smtp.gmail.com', port: 465, secure: true, auth: { user: process.env.GMAIL_USER, pass: process.env.GMAIL_APP_PASSWORD } });

export async function alertCallback(request: { name: string; phone: string; preferredTime: string }): Promise<void> {
  await transport.sendMail({ // expect: pii-guard/no-unprotected-pii-transmission
    from: process.env.GMAIL_USER,
    to: 'callcenter@acme.co.jp',
    subject: '折り返し電話のご依頼',
    html: `<p>${request.name} 様 (${request.phone}) から ${request.preferredTime} に折り返し希望</p>`,
  });
}
