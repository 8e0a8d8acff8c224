import { Router } from 'express';
import { z } from 'zod';
import { requireAuth, type AuthedRequest } from '../lib/http.js';
import * as users from '../services/user.service.js';

const SignUpBody = z.object({
  email: z.string().email().max(254),
  password: z.string().min(10).max(128),
  name: z.string().min(1).max(100),
  marketingOptIn: z.boolean().default(false),
});

const LoginBody = z.object({
  email: z.string().email(),
  password: z.string().min(1),
  rememberMe: z.boolean().optional(),
});

const ResetRequestBody = z.object({ email: z.string().email() });

const ResetConfirmBody = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/),
  password: z.string().min(10).max(128),
});

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

export const usersRouter = Router();

usersRouter.post('/signup', async (req, res) => {
  const body = SignUpBody.parse(req.body);
  const user = await users.signUp(body);
  res.status(201).json({ id: user.id, email: user.email, name: user.name });
});

usersRouter.post('/login', async (req, res) => {
  const { email, password, rememberMe } = LoginBody.parse(req.body);
  const session = await users.logIn(email, password);
  if (rememberMe) {
    // Pre-fills the login form next time (read by the front end, so not httpOnly).
    res.cookie('remembered_email', email, { maxAge: THIRTY_DAYS_MS, httpOnly: false, sameSite: 'lax', secure: true }); // expect: pii-guard/no-unprotected-pii-export
  }
  res.json(session);
});

usersRouter.post('/password-reset', async (req, res) => {
  const { email } = ResetRequestBody.parse(req.body);
  await users.requestPasswordReset(email);
  // Same answer whether or not the address has an account.
  res.status(202).json({ ok: true });
});

usersRouter.post('/password-reset/confirm', async (req, res) => {
  const { token, password } = ResetConfirmBody.parse(req.body);
  await users.resetPassword(token, password);
  res.status(204).end();
});

usersRouter.get('/me', requireAuth, async (req, res) => {
  const { auth } = req as AuthedRequest;
  res.json(await users.getProfile(auth.userId));
});
