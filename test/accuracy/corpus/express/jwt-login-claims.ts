import express from 'express';
import jwt from 'jsonwebtoken';
import { verifyCredentials } from './auth.js';

const JWT_SECRET = process.env.JWT_SECRET as string;
export const auth = express.Router();

auth.post('/token', async (req, res) => {
  const user = await verifyCredentials(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid_grant' });

  // Claims hold references only; profile data is fetched from /me.
  const accessToken = jwt.sign({ sub: user.id, role: user.role, tenant: user.tenantId }, JWT_SECRET, {
    expiresIn: '15m',
    audience: 'acme-api',
  });
  res.json({ access_token: accessToken, token_type: 'Bearer', expires_in: 900 });
});
