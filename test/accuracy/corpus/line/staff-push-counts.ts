import { messagingApi } from '@line/bot-sdk';
import { countBookings } from './bookings.js';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });
const STAFF_GROUP_ID = 'C4af4980629c7f5a1e03b2d8e9f4c7a10';

export async function morningSummary(date: string): Promise<void> {
  const { bookings, guests, cancellations } = await countBookings(date);
  await client.pushMessage({
    to: STAFF_GROUP_ID,
    messages: [{ type: 'text', text: `${date} の予約: ${bookings}件 / ${guests}名 (キャンセル ${cancellations}件)` }],
  });
}
