/**
 * Application logger. Log lines are shipped to the log platform and kept for 90 days, and on-call
 * engineers and the support vendor can read them: log references (ids, counts), not customer values.
 * When a value really helps debugging, pass it through one of the mask helpers below first.
 */
import pino from 'pino';

export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'acme-shop-api', env: process.env.NODE_ENV ?? 'development' },
  // Request headers carry bearer tokens and session cookies.
  redact: ['req.headers.authorization', 'req.headers.cookie'],
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** Keeps the first character and the domain: enough to tell two reports apart, not to write to anyone. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** Keeps the last four digits only. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 4 ? '****' : `***-${digits.slice(-4)}`;
}
