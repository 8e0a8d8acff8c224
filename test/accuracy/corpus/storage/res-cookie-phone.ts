import type { Request, Response } from 'express';

export function saveCallbackPreference(req: Request, res: Response): void {
  const { phone, preferredTime } = req.body as { phone: string; preferredTime: string };
  res.cookie('callback_phone', phone, { httpOnly: true, secure: true, maxAge: 7 * 86400_000 }); // expect: pii-guard/no-unprotected-pii-export
  res.cookie('callback_time', preferredTime, { httpOnly: true, secure: true, maxAge: 7 * 86400_000 });
  res.status(204).end();
}
