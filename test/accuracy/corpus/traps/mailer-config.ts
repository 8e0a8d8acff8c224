import nodemailer from 'nodemailer';
import pino from 'pino';

const logger = pino();

const mailServer = { host: 'smtp.acme.co.jp', port: 587, secure: false, requireTLS: true };
const emailTemplate = { welcome: 'welcome.hbs', reset: 'reset.hbs' };

export const mailer = nodemailer.createTransport(mailServer);

export async function verifyMailer(): Promise<boolean> {
  const ok = await mailer.verify().catch(() => false);
  logger.info({ mailServer: mailServer.host, port: mailServer.port, templates: Object.keys(emailTemplate), ok }, 'mailer checked');
  return ok;
}
