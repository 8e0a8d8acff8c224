export class ValidationError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(email: string): string {
  if (!EMAIL_RE.test(email)) {
    throw new ValidationError(`"${email}" is not a valid e-mail address`, 'email'); // expect: pii-guard/no-pii-in-logs
  }
  return email.toLowerCase();
}

export function validateAge(age: number): number {
  if (!Number.isInteger(age) || age < 0) throw new ValidationError('age must be a non-negative integer', 'age');
  return age;
}
