import pino from 'pino';

const logger = pino();

export function recordSignupSource(email: string, source: 'web' | 'app'): void {
  const domain = email.split('@')[1]?.toLowerCase() ?? 'unknown';
  const hasEmail = email.length > 0;
  logger.info({ domain, source, hasEmail }, 'signup source');
}
