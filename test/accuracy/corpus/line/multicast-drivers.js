const line = require('@line/bot-sdk');

const client = new line.Client({ channelAccessToken: process.env.CHANNEL_ACCESS_TOKEN });

async function assignDelivery(order, drivers) {
  const text = [
    `配達依頼 ${order.orderNo}`,
    `お届け先: ${order.okurisaki.shimei} 様`,
    `住所: 〒${order.okurisaki.yubinBango} ${order.okurisaki.jusho}`,
    `電話: ${order.okurisaki.denwa}`,
  ].join('\n');
  await client.multicast(drivers.map((d) => d.lineUserId), [{ type: 'text', text }]); // expect: pii-guard/no-unprotected-pii-transmission
}

module.exports = { assignDelivery };
