import * as Sentry from '@sentry/node';

export async function processRefund(refund: { id: string; amount: number; customer: { name: string; phone: string; bankAccountNumber: string } }) {
  Sentry.setContext('refund', { id: refund.id, amount: refund.amount });
  Sentry.setContext('customer', { // expect: pii-guard/no-unprotected-pii-transmission
    name: refund.customer.name,
    phone: refund.customer.phone,
    bankAccountNumber: refund.customer.bankAccountNumber,
  });
  // ... refund logic that may throw
}
