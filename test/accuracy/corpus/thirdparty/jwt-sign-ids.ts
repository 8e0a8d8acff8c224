import jwt, { type SignOptions } from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';

const options: SignOptions = { algorithm: 'HS256', expiresIn: '10m', issuer: 'acme-auth' };

export function serviceToken(serviceName: string, scopes: string[]): string {
  return jwt.sign({ sub: `svc:${serviceName}`, scope: scopes.join(' '), jti: randomUUID() }, process.env.SERVICE_SECRET!, options);
}

export function emailVerificationToken(userId: string): string {
  return jwt.sign({ sub: userId, purpose: 'verify-email' }, process.env.SERVICE_SECRET!, { expiresIn: '1d' });
}
