import { createHash } from 'node:crypto';
import pino from 'pino';

const logger = pino();

export function logOtpRequest(phone: string): void {
  const phoneHash = createHash('sha256').update(phone).digest('hex');
  logger.info({ phoneHash }, 'otp requested'); // expect: pii-guard/no-pii-in-logs
}
