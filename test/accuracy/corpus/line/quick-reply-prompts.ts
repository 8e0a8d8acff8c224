import { messagingApi, type MessageEvent } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

const PROMPTS = {
  name: 'お名前（フルネーム）を入力してください',
  tel: '電話番号を入力してください（ハイフンなし）',
  confirm: '以下の内容でよろしいですか？',
} as const;

export async function ask(event: MessageEvent, step: keyof typeof PROMPTS): Promise<void> {
  await client.replyMessage({
    replyToken: event.replyToken,
    messages: [{
      type: 'text',
      text: PROMPTS[step],
      quickReply: { items: [{ type: 'action', action: { type: 'message', label: 'やめる', text: 'キャンセル' } }] },
    }],
  });
  console.log(`prompt sent: ${step}`);
}
