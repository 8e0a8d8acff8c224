/**
 * Payloads that are personal data as a whole, even when no field name says so: what a user submitted
 * (a sign-up form, a booking form), or a business record read from the organisation's own store.
 * Logging or forwarding the whole payload is a minimisation finding.
 */
export interface PayloadSource {
  /** Receiver chains as written (`req`, `ctx.request`, `kintone.app.record.get`). */
  receivers: readonly string[];
  properties: readonly string[];
}

export const PAYLOAD_SOURCES: readonly PayloadSource[] = [
  // Express, Koa, Fastify, Next.js, NestJS `@Req()`
  { receivers: ['req', 'request', 'ctx.request', 'context.request'], properties: ['body'] },
  // Google Apps Script form submissions: onFormSubmit(e)
  { receivers: ['e', 'event', 'evt'], properties: ['namedValues'] },
  // kintone: the record of an event, or of the record being shown
  { receivers: ['event', 'e', 'evt', 'kintone.app.record.get', 'kintone.mobile.app.record.get', 'resp', 'response'], properties: ['record'] },
  // kintone.api(...) responses: the records of the organisation's customer apps
  { receivers: ['resp', 'response', 'res', 'result'], properties: ['records'] },
];

const INDEX = new Map<string, Set<string>>();
for (const s of PAYLOAD_SOURCES) for (const r of s.receivers) for (const p of s.properties) {
  const set = INDEX.get(p) ?? new Set<string>();
  set.add(r);
  INDEX.set(p, set);
}

export function isPayload(receiver: readonly string[], property: string): boolean {
  return INDEX.get(property)?.has(receiver.join('.')) ?? false;
}

/** Parameter decorators that inject the submitted payload (NestJS `@Body()`). */
export const PAYLOAD_DECORATORS: ReadonlySet<string> = new Set(['Body']);
