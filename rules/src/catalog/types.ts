/**
 * The sink and sanitizer catalog: where personal data leaves (log / export / send) and what protects it.
 * Every entry is data; the analysis reads it and never names an API itself.
 *
 * ## Access paths
 * A callee is resolved to a root (an imported module, a global, or an unresolved receiver name) and a list
 * of segments: a property name, `()` for a call result, `new()` for a construction, `[]` for an element of a
 * collection a library gives (`wss.clients.forEach((c) => c.send(x))` → `clients [] send`), `=>` for the
 * argument a listener registered with a call receives (`app.command('/x', ({ say }) => ...)` → `command => say`).
 *   import pino from 'pino'; const log = pino(); log.child({}).info(x)
 *     → module `pino`, segments `() child () info`
 *   import * as fs from 'node:fs'; fs.promises.writeFile(p, x)  → module `fs`, segments `promises writeFile`
 *   window.localStorage.setItem(k, v)                            → global `localStorage`, segments `setItem`
 * A leading `default` segment is dropped (ESM default and CommonJS `require` give the same path), `node:`
 * prefixes are stripped, and `window.` / `globalThis.` / `self.` are stripped from globals.
 *
 * A pattern is the same segments joined by `.`, where a segment may be `name`, `{a,b,c}` (any of these
 * names), `*` (any one name, never `[]` or `=>`), `()`, `new()`, `[]` (also written `clients[]`) or `=>`. The call itself is implicit: pattern `writeFile` matches the
 * call `fs.writeFile(...)`; pattern `PutObjectCommand` with `construct: true` matches `new PutObjectCommand(...)`.
 */

import type { LocalizedText } from '../vocabulary/types.js';

export type SinkKind = 'log' | 'export' | 'send';

export type SinkFamily =
  | 'loggers'
  | 'errors'
  | 'files'
  | 'dumps'
  | 'downloads'
  | 'browser-storage'
  | 'cookies'
  | 'clipboard'
  | 'object-storage'
  | 'http'
  | 'realtime'
  | 'beacon'
  | 'email'
  | 'analytics'
  | 'monitoring'
  | 'tokens'
  | 'messaging';

/** What an argument (or a property of an object argument) carries. */
export type ArgRole =
  /** personal data written/sent as content */
  | 'data'
  /** a URL or path: data in it is in a URL/query string (CWE-598); also tells the destination */
  | 'url'
  /** query-string parameters (`params` of axios): data here is in the URL */
  | 'query'
  /** an options object whose `properties` say what each key carries */
  | 'options'
  /** the recipient of a message: the data subject's own address is what the provider needs */
  | 'recipient'
  /** a file path or object key: only tells the destination, never reported as data */
  | 'destination'
  /**
   * a storage key or cookie name: never reported itself, but a constant key names the value stored under it
   * (`setItem('remembered-email', value)` stores an e-mail address whatever `value` is called)
   */
  | 'key'
  /** ignored */
  | 'none';

export interface ArgSpec {
  /** Argument index; `rest` means this and every later argument (use with `from`). */
  index: number | 'rest';
  /** With `index: 'rest'`: the first index covered. */
  from?: number;
  role: ArgRole;
  /**
   * For `options` (or object `data`): what each property carries; keys may be dotted paths into nested
   * object literals (`params.Body` of `new Upload({ params: { Body } })`). Unlisted properties are ignored
   * for `options`.
   */
  properties?: Record<string, ArgRole>;
  /**
   * The argument is a function whose return value is the data (morgan `token(name, fn)`), or whose
   * parameters receive it.
   */
  callbackReturn?: boolean;
}

/** A condition on literal arguments for the call to be a sink (postMessage to `'*'`). */
export interface ArgCondition {
  index: number;
  /** The argument must be this string literal. */
  equals?: string;
  /** The argument must be a string literal matching this regular expression source. */
  matches?: string;
  /** The argument must be (or must not be) an object literal, or a constant bound to one. */
  isObject?: boolean;
}

/** A vendor behind an SDK or a known host: third party, and abroad when `country` is not `JP`. */
export interface Vendor {
  name: string;
  /** ISO 3166 alpha-2 of where the data goes, when known (`US`). */
  country?: string;
}

export interface SinkSpec {
  /** Stable id, unique in the catalog: `pino`, `fs.writeFile`, `axios`. */
  id: string;
  family: SinkFamily;
  kind: SinkKind;
  /** How the API is named in messages: `pino`, `fs.writeFile`, `localStorage.setItem`. */
  api: string;
  /** Any of these modules (npm names or Node built-ins without `node:`). */
  module?: string[];
  /** Or this global (`console`, `fetch`, `localStorage`, `navigator`, `document`, `gtag`). */
  global?: string;
  /** Access patterns from the module or global to the callee (see the file comment). */
  paths: string[];
  /** The sink is `new X(...)` rather than a call. */
  construct?: boolean;
  /** The sink is an assignment to the path (`document.cookie = x`); the right-hand side is the data. */
  assign?: boolean;
  /** Methods returning an object of the same kind, which may appear anywhere in the chain (`child`). */
  chain?: string[];
  /**
   * Receiver names that identify this sink when the receiver cannot be resolved to an import
   * (`this.logger.info`, a `logger` parameter): the name's last word must be one of these (case-insensitive).
   * The callee's final property must still match the last segment of one of `paths`.
   */
  receiverNames?: string[];
  /**
   * Callee names recognised wherever they come from (case-insensitive; `*` at either end is a wildcard):
   * project error classes `*Error`, NestJS `*Exception`.
   */
  names?: string[];
  /** Which arguments carry what; default: every argument is `data`. */
  args?: ArgSpec[];
  /** Extra conditions on literal arguments. */
  when?: ArgCondition[];
  /**
   * A serialiser (`stringify(rows)` of csv-stringify, papaparse `unparse`): its result carries the data on,
   * and it is reported only when that result is not seen reaching another sink or a sanitizer (a file write,
   * an upload, a cipher), so that one take-out gives one finding, where it leaves.
   */
  intermediate?: boolean;
  /**
   * Where the URL is set by another method on the same object (`xhr.open(method, url)` before `xhr.send(body)`).
   */
  urlFrom?: { method: string; index: number };
  /** The data leaves the organisation whatever the arguments say (`postMessage` to any origin). */
  thirdParty?: boolean;
  /**
   * A send to each element of a collection (`wss.clients.forEach((c) => c.send(x))`) that is no broadcast
   * when the element is picked by who it is (`if (c.userId === order.userId)`): the app's own channel to
   * one user, like a reply on their connection.
   */
  targetedByElementTest?: boolean;
  /** The SDK's vendor: makes every flow a third-party (and maybe cross-border) provision. */
  vendor?: Vendor;
  /**
   * For logger factories: the option key whose string-array value names redacted fields (`redact` of pino,
   * `secrets` of signale). Evaluated on the factory call that created the receiver.
   */
  redactOption?: string;
  /** Short description for docs and hovers. */
  description?: LocalizedText;
}

export type SanitizerStrength =
  /** encryption with a managed key: cuts the flow (APPI-R7-ENC candidate) */
  | 'encrypt'
  /** keyed or salted hash, HMAC, tokenisation: cuts the flow, except for My Number */
  | 'keyed-hash'
  /** masking, redaction, truncation: cuts the flow */
  | 'mask'
  /** not enough (digest §6.4): Base64/URL encoding, unsalted fast hash, password ZIP; still reported */
  | 'weak';

export interface SanitizerSpec {
  id: string;
  strength: SanitizerStrength;
  /** How the sanitizer is named in messages: `crypto.createCipheriv`, `Base64`. */
  api: string;
  module?: string[];
  global?: string;
  /** Access patterns to the call whose result is protected (see the file comment). */
  paths?: string[];
  /**
   * Helper names recognised wherever they come from: a callee whose last name matches one of these
   * (case-insensitive; `*` at either end is a wildcard: `mask*`, `*Redact*`).
   */
  names?: string[];
  /** Keeps part of the value (last four digits): not enough for a My Number, which must be fully masked. */
  partial?: boolean;
  /**
   * For encryption: the key's argument index in the first call of the chain (`createCipheriv(alg, key, iv)`
   * → 1). A key written in the code is not key management (TO-KEY, CWE-321): the protection is then weak.
   */
  keyArg?: number;
  /** The sanitizer is `new X(...)` (KMS `new EncryptCommand({ Plaintext })`). */
  construct?: boolean;
  /**
   * Which argument is the protected data (default: all). Whatever flows into the call — its arguments and
   * its receiver chain (`createHash('sha256').update(x)` matched at `update`) — comes out protected.
   */
  dataArg?: number;
  /** Conditions on literal arguments (e.g. `toString('base64')`). */
  when?: ArgCondition[];
  /** The weakness explained, for `weak` entries. */
  note?: LocalizedText;
}

/** What a resolved callee looks like. */
export type AccessRoot =
  | { type: 'module'; module: string }
  | { type: 'global'; name: string }
  | { type: 'unknown'; name: string };

export interface AccessPath {
  root: AccessRoot;
  segments: string[];
}

/** A host whose operator is known: requests to it are provisions to that vendor (and abroad when not JP). */
export interface KnownHost {
  /** Exact host (`hooks.slack.com`) or a suffix pattern (`*.kintone.com`). */
  host: string;
  vendor: Vendor;
  /**
   * The organisation's own system when the configuration says so (a kintone domain, an internal Slack
   * workspace are approved destinations); by default every known host is a third party.
   */
  description?: LocalizedText;
}
