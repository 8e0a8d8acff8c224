import { messagingApi } from '@line/bot-sdk';

const client = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN ?? '' });

interface Member {
  lineUserId: string;
  namae: string;
  denwaBangou: string;
  referredBy?: string;
}

// Tells the referrer that their friend joined: the friend's phone number goes to another person.
export async function thankReferrer(newMember: Member, referrer: Member): Promise<void> {
  await client.pushMessage({ // expect: pii-guard/no-unprotected-pii-transmission
    to: referrer.lineUserId,
    messages: [
      { type: 'text', text: `ご紹介ありがとうございます！${newMember.namae}様 (${newMember.denwaBangou}) がご入会されました。` },
    ],
  });
}
