/**
 * Product analytics (Segment) and the Google tag. Both are third parties: send event names and
 * non-personal properties. The Segment user id is our opaque account id.
 */
import { AnalyticsBrowser } from '@segment/analytics-next';
import type { Plan, User } from '../types';

export const analytics = AnalyticsBrowser.load({ writeKey: import.meta.env.VITE_SEGMENT_WRITE_KEY ?? '' });

export function trackPageView(path: string): void {
  void analytics.page(undefined, path);
}

export function trackSignUp(plan: Plan): void {
  void analytics.track('Signed Up', { plan });
  gtag('event', 'sign_up', { method: 'email' });
}

/** The ads team wants the address on the lead event so Google Ads can match the conversion. */
export function trackLead(email: string): void {
  gtag('event', 'generate_lead', { currency: 'JPY', value: 0, email }); // expect: pii-guard/no-unprotected-pii-transmission
}

/** Ties the anonymous visitor to the account in Segment, with traits for the CRM audience sync. */
export function identifyUser(user: User): void {
  void analytics.identify(user.id, { // expect: pii-guard/no-unprotected-pii-transmission
    email: user.email,
    name: user.name,
    plan: user.plan,
  });
}

/** Newer screens use this one: the account id and non-personal traits only. */
export function identifyAccount(user: Pick<User, 'id' | 'plan' | 'createdAt'>): void {
  void analytics.identify(user.id, { plan: user.plan, createdAt: user.createdAt });
}

export function resetAnalytics(): void {
  void analytics.reset();
}
