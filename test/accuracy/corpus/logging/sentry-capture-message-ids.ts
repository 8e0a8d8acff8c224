import * as Sentry from '@sentry/node';

export async function reconcile(batchId: string, mismatches: number, customerIds: string[]): Promise<void> {
  if (mismatches > 0) {
    Sentry.captureMessage(`Reconciliation batch ${batchId}: ${mismatches} mismatches`, {
      level: 'warning',
      tags: { batchId },
      extra: { customerIds: customerIds.slice(0, 50) },
    });
  }
}
