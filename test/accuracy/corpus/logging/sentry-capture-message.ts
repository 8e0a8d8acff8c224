import * as Sentry from '@sentry/node';

export async function chargeSubscription(customer: { id: string; email: string }, amount: number, charge: () => Promise<boolean>) {
  const ok = await charge();
  if (!ok) {
    Sentry.captureMessage(`Payment of ${amount} failed for ${customer.email}`, 'warning'); // expect: pii-guard/no-pii-in-logs
  }
  return ok;
}
