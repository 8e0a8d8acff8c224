import mixpanel from 'mixpanel-browser';

mixpanel.init('0123456789abcdef0123456789abcdef', { persistence: 'localStorage', ip: false });

export function onAuthenticated(userId: string, plan: string): void {
  mixpanel.identify(userId);
  mixpanel.register({ plan });
  mixpanel.people.set({ plan, last_login: new Date().toISOString() });
}

export function trackSearch(query: string, results: number): void {
  mixpanel.track('Search', { queryLength: query.length, results });
}
