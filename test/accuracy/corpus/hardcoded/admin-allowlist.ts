import type { Request, Response, NextFunction } from 'express';

// Accounts allowed into /admin. Personal addresses were used because SSO was not ready.
const ADMIN_EMAILS = new Set([
  'kenta.ogawa.dev@gmail.com', // expect: pii-guard/no-hardcoded-pii
  'r.fujita@icloud.com', // expect: pii-guard/no-hardcoded-pii
  'admin@acme.co.jp',
]);

export function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  const email = (req as Request & { user?: { email: string } }).user?.email;
  if (!email || !ADMIN_EMAILS.has(email)) {
    res.status(403).json({ error: 'FORBIDDEN' });
    return;
  }
  next();
}
