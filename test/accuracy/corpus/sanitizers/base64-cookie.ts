import type { Response } from 'express';

// Base64 is an encoding, not protection: anyone can decode the cookie.
export function setProfileCookie(res: Response, profile: { email: string; fullName: string }): void {
  const encoded = Buffer.from(JSON.stringify(profile)).toString('base64');
  res.cookie('profile', encoded, { httpOnly: true, secure: true, sameSite: 'lax' }); // expect: pii-guard/no-unprotected-pii-export
}
