import { useEffect } from 'react';
import { AnalyticsBrowser } from '@segment/analytics-next';
import { useCurrentUser } from '../hooks/useCurrentUser';

export const analytics = AnalyticsBrowser.load({ writeKey: process.env.NEXT_PUBLIC_SEGMENT_KEY! });

export function AnalyticsIdentity() {
  const user = useCurrentUser();

  useEffect(() => {
    if (!user) return;
    analytics.identify(user.id, { // expect: pii-guard/no-unprotected-pii-transmission
      email: user.email,
      name: `${user.firstName} ${user.lastName}`,
      plan: user.plan,
      createdAt: user.createdAt,
    });
  }, [user]);

  return null;
}
