import Fastify from 'fastify';
import nodemailer from 'nodemailer';
import { registerUser } from './users.js';

const app = Fastify();
const mailer = nodemailer.createTransport({ host: 'smtp.acme.co.jp', port: 465, secure: true });

app.post<{ Body: { email: string; fullName: string; company?: string } }>('/register', async (req, reply) => {
  const { email, fullName, company } = req.body;
  const user = await registerUser({ email, fullName, company });

  // To the person themself: their address and their own name are what the message needs.
  await mailer.sendMail({
    from: 'no-reply@acme.co.jp',
    to: email,
    subject: 'ご登録ありがとうございます',
    text: `${fullName} 様\n\nご登録ありがとうございます。`,
  });

  // To staff: the new user's personal data leaves in a plain e-mail.
  await mailer.sendMail({ // expect: pii-guard/no-unprotected-pii-transmission
    from: 'no-reply@acme.co.jp',
    to: 'admin@acme.co.jp',
    subject: 'New registration',
    text: `${fullName} <${email}> from ${company ?? '-'} just registered (user ${user.id}).`,
  });

  return reply.code(201).send({ id: user.id });
});

export default app;
