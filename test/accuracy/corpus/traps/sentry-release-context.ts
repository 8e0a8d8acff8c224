import * as Sentry from '@sentry/browser';

export function tagRelease(build: { version: string; commit: string; environment: string }, featureFlags: string[]): void {
  Sentry.setContext('build', { version: build.version, commit: build.commit });
  Sentry.setTag('environment', build.environment);
  Sentry.setContext('flags', { enabled: featureFlags });
}
