import { messagingApi } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });
const RECEPTION_GROUP = 'C9e2b7d4a1f08c3e6b5d2a9f7c1e4b380';

interface Monshin {
  kanjaShimei: string;
  seinengappi: string;
  hokenshoKigou: string;
  hokenshoBangou: string;
  shoujou: string;
}

export async function sendToReception(m: Monshin): Promise<void> {
  const row = (label: string, value: string) => ({
    type: 'box' as const,
    layout: 'horizontal' as const,
    contents: [{ type: 'text' as const, text: label, flex: 2 }, { type: 'text' as const, text: value, flex: 5 }],
  });
  await client.pushMessage({ // expect: pii-guard/no-unprotected-pii-transmission
    to: RECEPTION_GROUP,
    messages: [{
      type: 'flex',
      altText: 'Web問診が届きました',
      contents: {
        type: 'bubble',
        body: {
          type: 'box',
          layout: 'vertical',
          contents: [row('氏名', m.kanjaShimei), row('生年月日', m.seinengappi), row('保険証', `${m.hokenshoKigou}・${m.hokenshoBangou}`), row('症状', m.shoujou)],
        },
      },
    }],
  });
}
