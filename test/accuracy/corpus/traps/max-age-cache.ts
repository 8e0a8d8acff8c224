import type { Response } from 'express';

const maxAge = 60 * 60 * 24 * 7;
const cacheAge = { assets: 31536000, html: 0 };

export function setCacheHeaders(res: Response, kind: keyof typeof cacheAge): void {
  res.set('Cache-Control', `public, max-age=${cacheAge[kind]}`);
  res.cookie('cache_bust', String(Date.now()), { maxAge: maxAge * 1000, httpOnly: true });
  console.log(`cache ${kind}: maxAge=${cacheAge[kind]} pageAge=${maxAge}`);
}
