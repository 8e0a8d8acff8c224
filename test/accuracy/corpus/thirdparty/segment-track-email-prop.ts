import { AnalyticsBrowser } from '@segment/analytics-next';

const analytics = AnalyticsBrowser.load({ writeKey: 'wk_acme_prod' });

export function trackNewsletterSignup(email: string, source: string): void {
  analytics.track('Newsletter Subscribed', { email, source }); // expect: pii-guard/no-unprotected-pii-transmission
}
