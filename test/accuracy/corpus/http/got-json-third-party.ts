import got from 'got';

interface Referral {
  referrerId: string;
  friendName: string;
  friendEmail: string;
}

export async function registerReferral(referral: Referral): Promise<void> {
  await got.post('https://api.referralhero.com/v1/subscribers', { // expect: pii-guard/no-unprotected-pii-transmission
    json: { name: referral.friendName, email: referral.friendEmail, referrer: referral.referrerId },
    headers: { Authorization: `Token ${process.env.REFERRALHERO_KEY}` },
    retry: { limit: 2 },
  }).json();
}
