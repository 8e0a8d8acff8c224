import { WebClient, type KnownBlock } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

interface Order {
  orderNo: string;
  kokyaku: { okyakusamaMei: string; denwa: string; juusho: string };
  total: number;
}

export async function postLargeOrder(o: Order): Promise<void> {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `高額注文 ${o.orderNo}` } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*お客様名*\n${o.kokyaku.okyakusamaMei}` },
        { type: 'mrkdwn', text: `*電話番号*\n${o.kokyaku.denwa}` },
        { type: 'mrkdwn', text: `*住所*\n${o.kokyaku.juusho}` },
        { type: 'mrkdwn', text: `*金額*\n¥${o.total.toLocaleString()}` },
      ],
    },
  ];
  await slack.chat.postMessage({ channel: 'C07SALES', text: `高額注文 ${o.orderNo}`, blocks }); // expect: pii-guard/no-unprotected-pii-transmission
}
