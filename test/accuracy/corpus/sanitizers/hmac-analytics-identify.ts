import { createHmac } from 'node:crypto';
import { Analytics } from '@segment/analytics-node';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });
const PSEUDONYM_SECRET = process.env.ANALYTICS_PSEUDONYM_SECRET ?? '';

export function trackPurchase(customer: { email: string; id: string }, total: number): void {
  const anonymousId = createHmac('sha256', PSEUDONYM_SECRET).update(customer.email.toLowerCase()).digest('hex');
  analytics.track({ anonymousId, event: 'Purchase', properties: { total, currency: 'JPY' } });
}
