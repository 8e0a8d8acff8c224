import pino from 'pino';

// The logger drops these fields before anything is written.
const logger = pino({
  level: 'info',
  redact: ['email', 'phone', 'password', 'card.number'],
});

export function logSignup(input: { userId: string; email: string; phone: string; password: string }): void {
  logger.info({ userId: input.userId, email: input.email, phone: input.phone }, 'signup received');
}

export function logPayment(userId: string, card: { number: string; brand: string }): void {
  logger.info({ userId, card }, 'payment authorised');
}
