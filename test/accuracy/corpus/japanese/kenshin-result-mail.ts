import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({ host: 'smtp.sangyoui.jp', port: 587 });

interface KenshinKekka {
  shainBangou: string;
  shimei: string;
  kenshinKekka: string;
  saiKensaHitsuyou: boolean;
}

// Sends health-check results to the department manager.
export async function notifyManager(managerEmail: string, kekka: KenshinKekka): Promise<void> {
  await transport.sendMail({ // expect: pii-guard/no-unprotected-pii-transmission
    to: managerEmail,
    subject: '健康診断結果のお知らせ',
    text: `${kekka.shimei}さんの健診結果: ${kekka.kenshinKekka}${kekka.saiKensaHitsuyou ? '(要再検査)' : ''}`,
  });
}
