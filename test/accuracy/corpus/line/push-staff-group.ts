import { messagingApi } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN ?? '' });
const STAFF_GROUP_ID = 'C4af4980629c7f5a1e03b2d8e9f4c7a10';

interface Reservation {
  id: string;
  customerName: string;
  customerTel: string;
  menu: string;
  startsAt: string;
}

export async function notifyStaff(r: Reservation): Promise<void> {
  await client.pushMessage({ // expect: pii-guard/no-unprotected-pii-transmission
    to: STAFF_GROUP_ID,
    messages: [{ type: 'text', text: `新規予約 #${r.id}\n${r.customerName} 様 (${r.customerTel})\n${r.menu} ${r.startsAt}` }],
  });
}
