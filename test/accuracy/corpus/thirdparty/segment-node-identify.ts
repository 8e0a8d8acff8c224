import { Analytics } from '@segment/analytics-node';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });

export interface Account {
  id: string;
  fullName: string;
  email: string;
  phone?: string;
  company: string;
  plan: string;
}

export function syncTraits(account: Account): void {
  analytics.identify({ // expect: pii-guard/no-unprotected-pii-transmission
    userId: account.id,
    traits: { name: account.fullName, email: account.email, phone: account.phone, company: account.company, plan: account.plan },
  });
}

export function trackSeatAdded(account: Account, seats: number): void {
  analytics.track({ userId: account.id, event: 'Seat Added', properties: { seats, plan: account.plan } });
}
