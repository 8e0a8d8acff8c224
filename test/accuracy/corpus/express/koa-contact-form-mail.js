import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import nodemailer from 'nodemailer';

const app = new Koa();
const router = new Router();

const transporter = nodemailer.createTransport({
  host: 'smtp.sendgrid.net',
  port: 587,
  auth: { user: 'apikey', pass: process.env.SENDGRID_API_KEY },
});

router.post('/contact', async (ctx) => {
  const { name, email, phone, message } = ctx.request.body;

  await transporter.sendMail({ // expect: pii-guard/no-unprotected-pii-transmission
    from: 'web@acme-shop.co.jp',
    to: 'sales-team@acme-shop.co.jp',
    subject: 'New contact form submission',
    text: `Name: ${name}\nEmail: ${email}\nPhone: ${phone}\n\n${message}`,
  });

  ctx.status = 204;
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3000);
