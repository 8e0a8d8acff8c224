import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

interface ShippingDelay {
  orderId: string;
  customerId: string;
  商品名: string;
  型式: string;
  daysLate: number;
}

export async function postDelays(delays: ShippingDelay[]): Promise<void> {
  const text = delays
    .map((d) => `注文 ${d.orderId} (顧客ID ${d.customerId}) ${d.商品名} ${d.型式}: ${d.daysLate}日遅延`)
    .join('\n');
  await slack.chat.postMessage({ channel: 'C08LOGISTICS', text: `出荷遅延 ${delays.length}件\n${text}` });
}
