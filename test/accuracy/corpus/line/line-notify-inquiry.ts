import axios from 'axios';

interface Inquiry {
  name: string;
  email: string;
  body: string;
}

export async function notifyInquiry(inq: Inquiry): Promise<void> {
  const message = `\nお問い合わせ\n${inq.name} <${inq.email}>\n${inq.body}`;
  await axios.post( // expect: pii-guard/no-unprotected-pii-transmission
    'https://notify-api.line.me/api/notify',
    new URLSearchParams({ message }),
    { headers: { Authorization: `Bearer ${process.env.LINE_NOTIFY_TOKEN}` } },
  );
}
