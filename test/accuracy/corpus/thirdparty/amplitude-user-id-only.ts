import * as amplitude from '@amplitude/analytics-browser';

export function onLogin(user: { id: string; plan: string; email: string }): void {
  amplitude.setUserId(user.id);
  const identify = new amplitude.Identify().set('plan', user.plan).setOnce('first_login', new Date().toISOString());
  amplitude.identify(identify);
  amplitude.track('Login', { plan: user.plan });
}
