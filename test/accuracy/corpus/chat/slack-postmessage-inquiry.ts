import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

interface Toiawase {
  id: string;
  氏名: string;
  メールアドレス: string;
  内容: string;
}

export async function postInquiry(t: Toiawase): Promise<void> {
  await slack.chat.postMessage({ // expect: pii-guard/no-unprotected-pii-transmission
    channel: 'C05INQUIRY',
    text: `新規問い合わせ #${t.id}: ${t.氏名} <${t.メールアドレス}>\n${t.内容}`,
  });
}
