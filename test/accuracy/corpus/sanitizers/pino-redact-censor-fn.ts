import pino from 'pino';

const logger = pino({
  redact: {
    paths: ['user.email', 'user.phone', 'user.address', 'user.birthDate'],
    censor: (value) => (typeof value === 'string' ? `[${value.length} chars]` : '[redacted]'),
  },
});

export function logProfileUpdate(user: { id: string; email: string; phone: string; address: string; birthDate: string }): void {
  logger.info({ user }, 'profile updated');
}
