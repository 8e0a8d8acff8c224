import { datadogRum } from '@datadog/browser-rum';

datadogRum.init({
  applicationId: 'f1e2d3c4-0000-4000-8000-abcdefabcdef',
  clientToken: 'pub0123456789abcdef',
  site: 'datadoghq.com',
  service: 'acme-web',
  sessionSampleRate: 100,
  defaultPrivacyLevel: 'mask-user-input',
});

export function onSignedIn(user: { id: string; fullName: string; email: string; plan: string }): void {
  datadogRum.setUser({ id: user.id, name: user.fullName, email: user.email, plan: user.plan }); // expect: pii-guard/no-unprotected-pii-transmission
}
