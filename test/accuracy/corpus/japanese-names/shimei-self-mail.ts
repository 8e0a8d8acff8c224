import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({ host: 'smtp.kouza-online.jp', port: 587, secure: false, requireTLS: true });

interface Jukousha {
  shimei: string;
  meruAdoresu: string;
  kouzaMei: string;
  kaijouJuusho: string;
}

// Enrolment confirmation to the student themself.
export async function sendJukouhyou(j: Jukousha): Promise<void> {
  await transport.sendMail({
    from: 'no-reply@kouza-online.jp',
    to: j.meruAdoresu,
    subject: `【受講票】${j.kouzaMei}`,
    text: `${j.shimei} 様\n\n${j.kouzaMei} の受講票をお送りします。\n会場: ${j.kaijouJuusho}`,
  });
}
