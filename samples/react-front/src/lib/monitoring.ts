/**
 * Error monitoring (Sentry, hosted in the US). Events are grouped per account by opaque id.
 */
import * as Sentry from '@sentry/react';
import type { User } from '../types';

export function initMonitoring(): void {
  Sentry.init({
    dsn: import.meta.env.VITE_SENTRY_DSN,
    environment: import.meta.env.MODE,
    release: import.meta.env.VITE_RELEASE,
    sendDefaultPii: false,
    tracesSampleRate: 0.1,
  });
}

export function setMonitoringUser(user: Pick<User, 'id'>): void {
  Sentry.setUser({ id: user.id });
}

/** Support asked to be able to search Sentry by the customer's address (used on the profile page). */
export function setSupportContext(user: Pick<User, 'id' | 'email'>): void {
  Sentry.setUser({ id: user.id, email: user.email }); // expect: pii-guard/no-unprotected-pii-transmission
}

export function reportSignupFailure(email: string, status: number): void {
  Sentry.captureMessage(`Sign-up failed for ${email} (HTTP ${status})`, 'warning'); // expect: pii-guard/no-pii-in-logs
}

export function clearMonitoringUser(): void {
  Sentry.setUser(null);
}
