import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://abc123@o12345.ingest.sentry.io/678901',
  sendDefaultPii: false,
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.request?.cookies) delete event.request.cookies;
    return event;
  },
});

export function identify(user: { id: string; plan: string } | null): void {
  Sentry.setUser(user ? { id: user.id } : null);
  Sentry.setTag('plan', user?.plan ?? 'anonymous');
}
