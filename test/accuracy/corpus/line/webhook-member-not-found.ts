import { messagingApi, type MessageEvent } from '@line/bot-sdk';
import { findMemberByTel } from './members.js';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

// Links a LINE account to a membership by the phone number the user types in.
export async function linkMember(event: MessageEvent): Promise<void> {
  if (event.message.type !== 'text') return;
  const denwa = event.message.text.replace(/[-ー－]/g, '');
  const member = await findMemberByTel(denwa);
  if (!member) {
    throw new Error(`会員が見つかりません: ${denwa}`); // expect: pii-guard/no-pii-in-logs
  }
  await client.replyMessage({
    replyToken: event.replyToken,
    messages: [{ type: 'text', text: `${member.shimei}様、LINE連携が完了しました。` }],
  });
}
