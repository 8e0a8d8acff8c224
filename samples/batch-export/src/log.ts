/**
 * Job log (CloudWatch, kept 1 year for the audit trail): run ids, counts and customer ids only.
 */
import pino from 'pino';

export const log = pino({
  name: 'customer-export',
  level: process.env.LOG_LEVEL ?? 'info',
  base: { job: 'customer-export', host: process.env.HOSTNAME },
});

/** PCI DSS 3.4.1: never show more than the last four digits. */
export function maskCardNumber(cardNumber: string): string {
  const digits = cardNumber.replace(/\D/g, '');
  return `**** **** **** ${digits.slice(-4)}`;
}
