import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({ service: 'SES', auth: { user: process.env.SES_USER, pass: process.env.SES_PASS } });

export interface Reservation {
  id: string;
  guestName: string;
  guestEmail: string;
  date: string;
  partySize: number;
}

export async function sendConfirmation(r: Reservation): Promise<void> {
  await transport.sendMail({
    from: '"Trattoria Acme" <reservations@trattoria-acme.jp>',
    to: r.guestEmail,
    subject: 'ご予約確認',
    text: `${r.guestName} 様\n${r.date} に ${r.partySize} 名様でご予約を承りました。(予約番号 ${r.id})`,
  });
}
