import { createHmac } from 'node:crypto';

const LOG_KEY = process.env.LOG_PSEUDONYM_KEY ?? '';

function ref(value: string): string {
  return createHmac('sha256', LOG_KEY).update(value).digest('base64url').slice(0, 12);
}

export function logDuplicateSignup(email: string, existingUserId: string): void {
  console.warn('duplicate signup attempt', { emailRef: ref(email), existingUserId });
}
