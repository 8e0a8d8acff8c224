import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({ host: 'smtp.acme.co.jp', port: 587 });

export const MAIL = {
  from: 'no-reply@acme.co.jp',
  support: 'support@acme.co.jp',
  security: 'security@acme.co.jp',
  billing: 'billing+invoices@acme.co.jp',
};

export async function notifySecurity(subject: string, body: string): Promise<void> {
  await transport.sendMail({ from: MAIL.from, to: MAIL.security, subject, text: body });
}
