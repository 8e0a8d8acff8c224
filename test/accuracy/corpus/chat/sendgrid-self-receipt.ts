import sgMail from '@sendgrid/mail';

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? '');

interface Chuumon {
  chuumonBangou: string;
  kounyuushaShimei: string;
  kounyuushaMail: string;
  okurisakiJuusho: string;
  goukei: number;
}

// Receipt to the buyer themself, with their own delivery address.
export async function sendReceipt(c: Chuumon): Promise<void> {
  await sgMail.send({
    to: c.kounyuushaMail,
    from: 'shop@acme.co.jp',
    subject: `ご注文 ${c.chuumonBangou} の領収書`,
    text: `${c.kounyuushaShimei} 様\n\nお届け先: ${c.okurisakiJuusho}\n合計: ${c.goukei.toLocaleString()}円`,
  });
}
