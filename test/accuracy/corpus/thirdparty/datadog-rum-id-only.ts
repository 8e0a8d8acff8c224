import { datadogRum } from '@datadog/browser-rum';

export function onSignedIn(user: { id: string; plan: string; email: string }): void {
  datadogRum.setUser({ id: user.id, plan: user.plan });
  datadogRum.addAction('signed_in', { plan: user.plan });
}

export function onSignedOut(): void {
  datadogRum.clearUser();
}
