import { messagingApi } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

interface Winner {
  shimei: string;
  ken: string;
}

// Every follower of the account receives this message.
export async function announceWinners(winners: Winner[]): Promise<void> {
  const list = winners.map((w, i) => `${i + 1}. ${w.shimei} 様 (${w.ken})`).join('\n');
  await client.broadcast({ // expect: pii-guard/no-unprotected-pii-transmission
    messages: [{ type: 'text', text: `プレゼントキャンペーン当選者発表\n${list}` }],
  });
}
