import { messagingApi, type MessageEvent } from '@line/bot-sdk';
import { findBookingByLineUser } from './bookings.js';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

// 「予約確認」: replies to the user with their own booking.
export async function replyBooking(event: MessageEvent): Promise<void> {
  if (event.message.type !== 'text' || event.message.text !== '予約確認' || !event.source.userId) return;
  const b = await findBookingByLineUser(event.source.userId);
  const text = b
    ? `${b.customerName}様のご予約\n日時: ${b.startsAt}\nメニュー: ${b.menu}\nご登録の電話番号: ${b.tel}`
    : 'ご予約は見つかりませんでした。';
  await client.replyMessage({ replyToken: event.replyToken, messages: [{ type: 'text', text }] });
}
