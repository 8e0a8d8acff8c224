import * as Sentry from '@sentry/node';

const SENSITIVE_KEYS = new Set(['email', 'phone', 'password', 'address', 'authorization', 'cookie']);

function scrub<T>(value: T): T {
  if (!value || typeof value !== 'object') return value;
  for (const key of Object.keys(value as Record<string, unknown>)) {
    if (SENSITIVE_KEYS.has(key.toLowerCase())) (value as Record<string, unknown>)[key] = '[Filtered]';
    else scrub((value as Record<string, unknown>)[key]);
  }
  return value;
}

Sentry.init({
  dsn: process.env.SENTRY_DSN,
  environment: process.env.NODE_ENV,
  sendDefaultPii: false,
  beforeSend(event) {
    if (event.request) scrub(event.request);
    if (event.extra) scrub(event.extra);
    return event;
  },
});
