import * as amplitude from '@amplitude/analytics-browser';

export function onProfileSaved(user: { id: string; email: string; birthDate: string; gender: string }): void {
  amplitude.identify(new amplitude.Identify().set('email', user.email).set('gender', user.gender)); // expect: pii-guard/no-unprotected-pii-transmission
}
