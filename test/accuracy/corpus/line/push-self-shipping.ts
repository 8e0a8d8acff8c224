import { messagingApi } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

interface Shipment {
  buyerLineUserId: string;
  buyerName: string;
  trackingNo: string;
  deliveryAddress: string;
}

// Shipping notice pushed to the buyer's own LINE account.
export async function notifyShipped(s: Shipment): Promise<void> {
  await client.pushMessage({
    to: s.buyerLineUserId,
    messages: [{ type: 'text', text: `${s.buyerName}様\nご注文の商品を発送しました。\nお届け先: ${s.deliveryAddress}\n追跡番号: ${s.trackingNo}` }],
  });
  console.log('shipping notice sent', { trackingNo: s.trackingNo });
}
