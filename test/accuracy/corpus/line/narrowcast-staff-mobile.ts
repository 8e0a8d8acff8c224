import { messagingApi } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

// Open-house campaign to the followers in the 横浜 audience; the agent's own mobile was pasted in.
export async function openHouseInvite(audienceGroupId: number): Promise<void> {
  await client.narrowcast({
    messages: [{
      type: 'text',
      text: '今週末、横浜市青葉区でオープンハウスを開催します。ご予約は担当 吉田 (携帯 090-6614-2287) まで。', // expect: pii-guard/no-hardcoded-pii
    }],
    recipient: { type: 'audience', audienceGroupId },
  });
}
