import LogRocket from 'logrocket';

LogRocket.init('acme/web-app');

export function identifySession(user: { id: string; fullName: string; email: string; subscriptionType: string }): void {
  LogRocket.identify(user.id, { // expect: pii-guard/no-unprotected-pii-transmission
    name: user.fullName,
    email: user.email,
    subscriptionType: user.subscriptionType,
  });
}
