import jwt from 'jsonwebtoken';

// "Magic link" that carries the credentials to auto-login the legacy portal.
export function legacyPortalLink(loginId: string, password: string): string {
  const token = jwt.sign({ loginId, password }, process.env.PORTAL_SECRET as string, { expiresIn: '5m' }); // expect: pii-guard/no-unprotected-pii-transmission
  return `https://portal.acme.co.jp/sso?t=${token}`;
}
