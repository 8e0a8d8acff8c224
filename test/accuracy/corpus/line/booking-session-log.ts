import { messagingApi, type WebhookEvent } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

interface Session {
  step: 'name' | 'tel' | 'done';
  name?: string;
  tel?: string;
}
const sessions = new Map<string, Session>();

export async function handle(event: WebhookEvent): Promise<void> {
  if (event.type !== 'message' || event.message.type !== 'text' || !event.source.userId) return;
  const s = sessions.get(event.source.userId) ?? { step: 'name' };
  if (s.step === 'name') Object.assign(s, { name: event.message.text, step: 'tel' });
  else if (s.step === 'tel') Object.assign(s, { tel: event.message.text, step: 'done' });
  sessions.set(event.source.userId, s);
  if (s.step === 'done') {
    console.log('予約受付', { name: s.name, tel: s.tel }); // expect: pii-guard/no-pii-in-logs
    await client.replyMessage({
      replyToken: event.replyToken,
      messages: [{ type: 'text', text: `${s.name}様、ご予約を承りました。確認のお電話を ${s.tel} に差し上げます。` }],
    });
  }
}
