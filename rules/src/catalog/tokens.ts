/**
 * Signed tokens: a JWS/JWT payload is only Base64url-encoded, readable by whoever holds the token
 * (browser storage, logs, referrers, third parties it is forwarded to). Encrypted tokens (JWE,
 * `new EncryptJWT`) are sanitizers, not sinks.
 */
import type { ArgSpec, SinkSpec } from './types.js';

/** `sign(payload, secret, options, callback)` */
const PAYLOAD_FIRST: ArgSpec[] = [
  { index: 0, role: 'data' },
  { index: 'rest', from: 1, role: 'none' },
];

export const tokens: readonly SinkSpec[] = [
  {
    id: 'jsonwebtoken.sign',
    family: 'tokens',
    kind: 'send',
    api: 'jwt.sign',
    module: ['jsonwebtoken'],
    paths: ['sign'],
    args: PAYLOAD_FIRST,
  },
  {
    id: 'jose.SignJWT',
    family: 'tokens',
    kind: 'send',
    api: 'new SignJWT',
    module: ['jose'],
    paths: ['{SignJWT,UnsecuredJWT,CompactSign,FlattenedSign,GeneralSign}'],
    construct: true,
    args: PAYLOAD_FIRST,
  },
  {
    id: 'nestjs.JwtService.sign',
    family: 'tokens',
    kind: 'send',
    api: 'JwtService.sign',
    module: ['@nestjs/jwt'],
    paths: ['JwtService.new().{sign,signAsync}'],
    args: PAYLOAD_FIRST,
  },
  {
    id: 'jwt-simple.encode',
    family: 'tokens',
    kind: 'send',
    api: 'jwt.encode',
    module: ['jwt-simple'],
    paths: ['encode'],
    args: PAYLOAD_FIRST,
  },
  {
    id: 'fast-jwt.createSigner',
    family: 'tokens',
    kind: 'send',
    api: 'createSigner()',
    module: ['fast-jwt'],
    paths: ['createSigner()'],
    args: PAYLOAD_FIRST,
  },
  {
    id: 'hono.jwt.sign',
    family: 'tokens',
    kind: 'send',
    api: 'sign (hono/jwt)',
    module: ['hono/jwt'],
    paths: ['sign', 'Jwt.sign'],
    args: PAYLOAD_FIRST,
  },
];
