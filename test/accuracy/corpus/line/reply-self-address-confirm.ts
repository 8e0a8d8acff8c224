import { messagingApi, type PostbackEvent } from '@line/bot-sdk';
import { getOrder } from './orders.js';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

// Asks the buyer to confirm their own delivery address before shipping.
export async function confirmAddress(event: PostbackEvent): Promise<void> {
  const orderId = new URLSearchParams(event.postback.data).get('order') ?? '';
  const o = await getOrder(orderId);
  await client.replyMessage({
    replyToken: event.replyToken,
    messages: [{
      type: 'template',
      altText: 'お届け先の確認',
      template: {
        type: 'confirm',
        text: `${o.shimei}様\nお届け先: 〒${o.yuubinBangou} ${o.juusho}\nこちらでよろしいですか？`,
        actions: [
          { type: 'postback', label: 'はい', data: `confirm=${orderId}` },
          { type: 'uri', label: '変更する', uri: 'https://liff.line.me/2001234567-AbCdEfGh/address' },
        ],
      },
    }],
  });
}
