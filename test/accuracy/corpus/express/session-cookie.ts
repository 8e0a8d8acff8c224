import express from 'express';
import crypto from 'node:crypto';
import { sessions } from '../session-store.js';
import { authenticate } from '../auth.js';

const app = express();
app.use(express.json());

const ONE_DAY = 24 * 60 * 60 * 1000;

app.post('/auth/session', async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).end();

  const sessionId = crypto.randomBytes(32).toString('base64url');
  await sessions.set(sessionId, { userId: user.id, createdAt: Date.now() }, { ttlMs: ONE_DAY });

  res.cookie('sid', sessionId, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    maxAge: ONE_DAY,
    path: '/',
  });
  res.cookie('theme', req.body.theme === 'dark' ? 'dark' : 'light', { maxAge: 365 * ONE_DAY });
  return res.status(204).end();
});

export default app;
