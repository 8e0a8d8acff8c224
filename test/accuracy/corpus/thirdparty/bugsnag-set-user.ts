import Bugsnag from '@bugsnag/js';

Bugsnag.start({ apiKey: process.env.BUGSNAG_API_KEY ?? '', releaseStage: process.env.NODE_ENV });

export function identifyForErrors(user: { id: string; email: string; fullName: string }): void {
  Bugsnag.setUser(user.id, user.email, user.fullName); // expect: pii-guard/no-unprotected-pii-transmission
}

export function clearErrorIdentity(): void {
  Bugsnag.setUser(undefined, undefined, undefined);
}
