/**
 * Request payloads: what a user submitted (a sign-up form, a profile update) is personal data as a whole,
 * even when no field name says so. Logging or forwarding the whole payload is a minimisation finding.
 */

/** Receivers that are an incoming request (Express, Koa, Fastify, Next.js, NestJS `@Req()`). */
export const REQUEST_RECEIVERS: ReadonlySet<string> = new Set(['req', 'request', 'ctx.request', 'context.request']);

/** Properties of a request that hold what the user submitted. */
export const REQUEST_PAYLOAD_PROPERTIES: ReadonlySet<string> = new Set(['body']);

/** Parameter decorators that inject the submitted payload (NestJS `@Body()`). */
export const PAYLOAD_DECORATORS: ReadonlySet<string> = new Set(['Body']);
