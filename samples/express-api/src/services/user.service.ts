/**
 * Accounts: sign-up, login, password reset and the profile.
 */
import { createHash, randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { prisma } from '../lib/db.js';
import { BadRequestError, ConflictError, NotFoundError, UnauthorizedError } from '../lib/http.js';
import { logger, maskEmail } from '../lib/logger.js';
import { sendPasswordResetMail } from '../lib/mailer.js';

const BCRYPT_ROUNDS = 12;
const ACCESS_TOKEN_TTL = '15m';
const REFRESH_TOKEN_TTL = '30d';
const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

function jwtSecret(): string {
  const secret = process.env.JWT_SECRET;
  if (!secret) throw new Error('JWT_SECRET is not set');
  return secret;
}

/** Reset tokens are stored hashed, so a database dump cannot be used to take over accounts. */
function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  marketingOptIn: boolean;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export async function signUp(input: SignUpInput) {
  const email = normalizeEmail(input.email);
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new ConflictError(`Email ${email} is already registered`); // expect: pii-guard/no-pii-in-logs

  const passwordHash = await bcrypt.hash(input.password, BCRYPT_ROUNDS);
  const user = await prisma.user.create({
    data: { email, name: input.name.trim(), passwordHash, marketingOptIn: input.marketingOptIn },
  });
  logger.info({ userId: user.id, marketingOptIn: user.marketingOptIn }, 'user signed up');
  return user;
}

export async function logIn(emailInput: string, password: string): Promise<Session> {
  const email = normalizeEmail(emailInput);
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) {
    logger.info({ email: maskEmail(email) }, 'login failed: unknown account');
    throw new UnauthorizedError('Invalid email or password');
  }
  if (!(await bcrypt.compare(password, user.passwordHash))) {
    logger.warn({ userId: user.id, email }, 'login failed: wrong password'); // expect: pii-guard/no-pii-in-logs
    throw new UnauthorizedError('Invalid email or password');
  }

  // The front end shows the name in the header without another round trip.
  const accessToken = jwt.sign( // expect: pii-guard/no-unprotected-pii-transmission
    { sub: user.id, email: user.email, name: user.name, role: user.role },
    jwtSecret(),
    { expiresIn: ACCESS_TOKEN_TTL },
  );
  const refreshToken = jwt.sign({ sub: user.id, typ: 'refresh' }, jwtSecret(), { expiresIn: REFRESH_TOKEN_TTL });

  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  logger.info({ userId: user.id }, 'user logged in');
  return { accessToken, refreshToken, expiresIn: 15 * 60 };
}

export async function requestPasswordReset(emailInput: string): Promise<void> {
  const email = normalizeEmail(emailInput);
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
  if (!user) {
    // Same answer to the caller either way (no account enumeration); keep a trace for abuse monitoring.
    logger.info({ email: maskEmail(email) }, 'password reset requested for unknown account');
    return;
  }

  const token = randomBytes(32).toString('hex');
  await prisma.passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) },
  });
  await sendPasswordResetMail(user, token);
  logger.info({ userId: user.id }, 'password reset mail sent');
}

export async function resetPassword(token: string, newPassword: string): Promise<void> {
  const record = await prisma.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) } });
  if (!record || record.usedAt || record.expiresAt < new Date()) {
    throw new BadRequestError('This reset link is invalid or has expired');
  }
  const passwordHash = await bcrypt.hash(newPassword, BCRYPT_ROUNDS);
  await prisma.$transaction([
    prisma.user.update({ where: { id: record.userId }, data: { passwordHash } }),
    prisma.passwordResetToken.update({ where: { id: record.id }, data: { usedAt: new Date() } }),
  ]);
  logger.info({ userId: record.userId }, 'password reset completed');
}

export async function getProfile(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, phone: true, createdAt: true },
  });
  if (!user) throw new NotFoundError(`User ${userId} not found`);
  return user;
}

/** Support tool: find the account a customer wrote from. */
export async function findByEmail(email: string) {
  const user = await prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
  if (!user) throw new Error(`user ${email} not found`); // expect: pii-guard/no-pii-in-logs
  return user;
}
