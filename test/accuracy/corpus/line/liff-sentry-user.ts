import liff from '@line/liff';
import * as Sentry from '@sentry/browser';

Sentry.init({ dsn: 'https://3a9f1c2b7d@o4410021.ingest.sentry.io/5567123' });

export async function bootstrap(): Promise<void> {
  await liff.init({ liffId: '2001234567-AbCdEfGh' });
  if (liff.isLoggedIn()) {
    const profile = await liff.getProfile();
    Sentry.setUser({ id: profile.userId, username: profile.displayName }); // expect: pii-guard/no-unprotected-pii-transmission
  }
  Sentry.setTag('liff_os', liff.getOS() ?? 'unknown');
}
