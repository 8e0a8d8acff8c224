import { IncomingWebhook } from '@slack/webhook';

const webhook = new IncomingWebhook('https://hooks.slack.com/services/T0ACME/B0SOUMU/k4Lm8Nq2Rs6Tv0Wx');

interface RoomBooking {
  施設名: string;
  開始: string;
  終了: string;
  人数: number;
  bookingId: string;
}

export async function postRoomBooking(b: RoomBooking): Promise<void> {
  await webhook.send({ text: `会議室予約 ${b.bookingId}: ${b.施設名} ${b.開始}〜${b.終了} (${b.人数}名)` });
}
