/**
 * The built-in catalog: every sink family and the sanitizers, as data. Configuration adds entries on
 * top (config/resolve.ts); nothing here is referenced by name from the analysis.
 */
import { analytics } from './analytics.js';
import { appsScript } from './apps-script.js';
import { browserStorage } from './browser-storage.js';
import { clipboard } from './clipboard.js';
import { cookies } from './cookies.js';
import { downloads } from './downloads.js';
import { dumps } from './dumps.js';
import { email } from './email.js';
import { errors } from './errors.js';
import { files } from './files.js';
import { http } from './http.js';
import { kintone } from './kintone.js';
import { line } from './line.js';
import { loggers } from './loggers.js';
import { messaging } from './messaging.js';
import { monitoring } from './monitoring.js';
import { objectStorage } from './object-storage.js';
import { realtime } from './realtime.js';
import { sanitizers } from './sanitizers.js';
import { tokens } from './tokens.js';
import type { SanitizerSpec, SinkSpec } from './types.js';

export {
  analytics,
  appsScript,
  browserStorage,
  clipboard,
  cookies,
  downloads,
  dumps,
  email,
  errors,
  files,
  http,
  kintone,
  line,
  loggers,
  messaging,
  monitoring,
  objectStorage,
  realtime,
  tokens,
};

/**
 * Every built-in sink. Where two entries match the same call the engine takes the first whose
 * conditions hold; imports and globals are always tried before receiver names and callee names.
 */
export const SINKS: readonly SinkSpec[] = [
  ...loggers,
  ...errors,
  ...files,
  ...dumps,
  ...downloads,
  ...browserStorage,
  ...cookies,
  ...clipboard,
  ...objectStorage,
  ...http,
  ...realtime,
  ...messaging,
  ...email,
  ...analytics,
  ...monitoring,
  ...tokens,
  // Platform files (several families each): globals and SDKs of their own, so their place in the order
  // only matters for the receiver-name fallback, where the generic families above go first.
  ...appsScript,
  ...kintone,
  ...line,
];

export const SANITIZERS: readonly SanitizerSpec[] = sanitizers;

const SINK_BY_ID = new Map(SINKS.map((s) => [s.id, s]));
const SANITIZER_BY_ID = new Map(SANITIZERS.map((s) => [s.id, s]));

export function sinkById(id: string): SinkSpec | undefined {
  return SINK_BY_ID.get(id);
}

export function sanitizerById(id: string): SanitizerSpec | undefined {
  return SANITIZER_BY_ID.get(id);
}
