import pino from 'pino';

const logger = pino();

export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  if (!domain) return '***';
  return `${local.slice(0, 1)}***@${domain}`;
}

export function logBounce(recipientEmail: string, reason: string): void {
  logger.warn({ recipient: maskEmail(recipientEmail), reason }, 'mail bounced');
}
