// Apps Script: thank-you mail to the person who sent the contact form, signed with the shop's address.
const SIGNATURE = [
  '――――――――――――',
  '手づくり雑貨 こもれび',
  '〒180-0004 東京都武蔵野市吉祥寺本町2-14-3',
  'TEL 0422-21-7730 (10:00〜18:00)',
  'info@komorebi-zakka.jp',
].join('\n');

function onContact(e) {
  const v = e.namedValues;
  MailApp.sendEmail({
    to: v['メールアドレス'][0],
    subject: 'お問い合わせありがとうございます',
    body: `${v['お名前'][0]} 様\n\n以下の内容で承りました。\n\n${v['お問い合わせ内容'][0]}\n\n${SIGNATURE}`,
    name: '手づくり雑貨 こもれび',
    replyTo: 'info@komorebi-zakka.jp',
  });
}
