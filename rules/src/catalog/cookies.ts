/**
 * Cookies: stored in the browser in plain text, sent with every request, often readable by scripts
 * (CWE-539, CWE-315). The cookie's name is not data; its value is.
 */
import type { ArgSpec, SinkSpec } from './types.js';

/** `cookie(name, value, options)` */
const NAME_VALUE: ArgSpec[] = [
  { index: 0, role: 'key' },
  { index: 1, role: 'data' },
  { index: 'rest', from: 2, role: 'none' },
];

export const cookies: readonly SinkSpec[] = [
  {
    id: 'document.cookie',
    family: 'cookies',
    kind: 'export',
    api: 'document.cookie',
    global: 'document',
    paths: ['cookie'],
    assign: true,
  },
  {
    id: 'express.res.cookie',
    family: 'cookies',
    kind: 'export',
    api: 'res.cookie',
    module: ['express'],
    paths: ['Response.new().cookie'],
    receiverNames: ['res', 'response'],
    args: NAME_VALUE,
  },
  {
    id: 'fastify.reply.setCookie',
    family: 'cookies',
    kind: 'export',
    api: 'reply.setCookie',
    module: ['fastify', '@fastify/cookie'],
    paths: ['FastifyReply.new().{setCookie,cookie}'],
    receiverNames: ['reply'],
    args: NAME_VALUE,
  },
  {
    id: 'set-cookie-header',
    family: 'cookies',
    kind: 'export',
    api: "setHeader('Set-Cookie')",
    module: ['express', 'http', 'fastify'],
    paths: ['{Response,ServerResponse,FastifyReply}.new().{setHeader,header,set,append}'],
    // `res.setHeader('Set-Cookie', ...)`, `reply.header('set-cookie', ...)`, `headers.append('Set-Cookie', ...)`
    receiverNames: ['res', 'response', 'reply', 'headers'],
    when: [{ index: 0, matches: '^[Ss][Ee][Tt]-[Cc][Oo][Oo][Kk][Ii][Ee]$' }],
    args: NAME_VALUE,
  },
  {
    id: 'Headers.set-cookie',
    family: 'cookies',
    kind: 'export',
    api: "Headers.append('Set-Cookie')",
    global: 'Headers',
    paths: ['new().{append,set}'],
    when: [{ index: 0, matches: '^[Ss][Ee][Tt]-[Cc][Oo][Oo][Kk][Ii][Ee]$' }],
    args: NAME_VALUE,
  },
  {
    id: 'cookie.serialize',
    family: 'cookies',
    kind: 'export',
    api: 'cookie.serialize',
    module: ['cookie'],
    // Builds the Set-Cookie header value.
    paths: ['serialize'],
    args: NAME_VALUE,
  },
  {
    id: 'js-cookie',
    family: 'cookies',
    kind: 'export',
    api: 'Cookies.set',
    module: ['js-cookie'],
    global: 'Cookies',
    paths: ['set'],
    chain: ['withAttributes', 'withConverter'],
    args: NAME_VALUE,
  },
  {
    id: 'universal-cookie',
    family: 'cookies',
    kind: 'export',
    api: 'cookies.set',
    module: ['universal-cookie', 'react-cookie'],
    // `new Cookies().set(name, value)`; react-cookie's `const [cookies, setCookie] = useCookies()`.
    paths: ['new().set', 'Cookies.new().set', 'useCookies()()', 'useCookies().set'],
    args: NAME_VALUE,
  },
  {
    id: 'nookies',
    family: 'cookies',
    kind: 'export',
    api: 'setCookie',
    module: ['nookies'],
    // `setCookie(ctx, name, value, options)`
    paths: ['{setCookie,set}'],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'none' },
      { index: 2, role: 'data' },
      { index: 'rest', from: 3, role: 'none' },
    ],
  },
  {
    id: 'cookies-next',
    family: 'cookies',
    kind: 'export',
    api: 'setCookie',
    module: ['cookies-next', 'cookies-next/client', 'cookies-next/server'],
    paths: ['setCookie'],
    args: NAME_VALUE,
  },
  {
    id: 'next.cookies',
    family: 'cookies',
    kind: 'export',
    api: 'cookies().set',
    module: ['next/headers'],
    // `cookies().set(name, value, options)` or `cookies().set({ name, value })`: every argument, as the
    // name is a constant in practice.
    paths: ['cookies().set'],
  },
  {
    id: 'next.NextResponse.cookies',
    family: 'cookies',
    kind: 'export',
    api: 'NextResponse.cookies.set',
    module: ['next/server'],
    paths: ['NextResponse.{next,json,redirect,rewrite}().cookies.set', 'NextResponse.new().cookies.set'],
  },
  {
    id: 'koa.cookies',
    family: 'cookies',
    kind: 'export',
    api: 'ctx.cookies.set',
    module: ['koa'],
    paths: ['{Context,ParameterizedContext}.new().cookies.set'],
  },
  {
    id: 'cookies.set',
    family: 'cookies',
    kind: 'export',
    api: 'cookies.set',
    // Koa `ctx.cookies.set`, SvelteKit and Astro `cookies.set`, a NextResponse's `response.cookies.set`.
    receiverNames: ['cookies'],
    paths: ['set'],
  },
];
