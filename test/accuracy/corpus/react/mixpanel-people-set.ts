import mixpanel from 'mixpanel-browser';

mixpanel.init(process.env.NEXT_PUBLIC_MIXPANEL_TOKEN ?? '', { track_pageview: true, persistence: 'localStorage' });

export interface SessionUser {
  id: string;
  fullName: string;
  email: string;
  plan: 'free' | 'pro';
}

export function identifyUser(user: SessionUser): void {
  mixpanel.identify(user.id);
  mixpanel.people.set({ $email: user.email, $name: user.fullName, plan: user.plan }); // expect: pii-guard/no-unprotected-pii-transmission
}

export function trackUpgrade(user: SessionUser, from: string): void {
  mixpanel.track('Plan Upgraded', { from, to: user.plan });
}
