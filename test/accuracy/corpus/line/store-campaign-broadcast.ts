import { messagingApi } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

interface Campaign {
  店舗名: string;
  商品名: string;
  価格: number;
  期間: string;
}

export async function announce(c: Campaign): Promise<void> {
  await client.broadcast({
    messages: [
      { type: 'text', text: `【${c.店舗名}】${c.期間} 限定！${c.商品名} が ${c.価格.toLocaleString()}円` },
      { type: 'sticker', packageId: '446', stickerId: '1988' },
    ],
  });
  console.log(`broadcast: ${c.店舗名} / ${c.商品名}`);
}
