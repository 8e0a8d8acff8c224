import pino from 'pino';

const logger = pino({
  redact: { paths: ['password', 'headers.authorization'], censor: '[REDACTED]' },
});

export function logLogin(email: string, password: string, headers: Record<string, string>): void {
  logger.info({ password, headers }, 'login attempt');
  logger.info({ email }, 'login attempt for account'); // expect: pii-guard/no-pii-in-logs
}
