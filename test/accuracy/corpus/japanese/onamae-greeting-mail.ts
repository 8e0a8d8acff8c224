import sgMail from '@sendgrid/mail';

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? '');

interface Okyakusama {
  onamae: string;
  meruAdoresu: string;
  chuumonBangou: string;
}

export async function chuumonKakunin(o: Okyakusama): Promise<void> {
  await sgMail.send({
    to: o.meruAdoresu,
    from: 'shop@acme.co.jp',
    subject: 'ご注文ありがとうございます',
    text: `${o.onamae} 様\n\nご注文 (注文番号 ${o.chuumonBangou}) を承りました。`,
  });
}
