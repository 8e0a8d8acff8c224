/**
 * The one configuration shape: ESLint `settings.piiGuard`, rule options, `pii-guard.config.json`,
 * and (later) the editor's settings all use it.
 */
import type { ArgRole, SanitizerStrength, SinkFamily, SinkKind } from '../catalog/types.js';
import type { Confidence } from '../vocabulary/types.js';
import type { Locale } from '../findings/model.js';

export interface ExtraSink {
  /** Stable id for messages and policy (default: module + path). */
  id?: string;
  kind: SinkKind;
  family?: SinkFamily;
  /** The module that exports the sink (`@acme/logger`), or */
  module?: string;
  /** a global (`auditTrail`). */
  global?: string;
  /** Access path from the module or global, in the catalog's pattern language (`default.info`, `().send`). */
  path: string;
  /** The sink is a construction (`new Exporter(data)`). */
  construct?: boolean;
  /** Which arguments carry data (default: all). */
  args?: number[];
  /** Roles of properties of an options argument (index 0 unless `args` says otherwise). */
  properties?: Record<string, ArgRole>;
  /** Receiver names that identify it when unresolved (`auditLog`). */
  receiverNames?: string[];
}

export interface ExtraSanitizer {
  id?: string;
  /** Module + path of the helper (`@acme/privacy` + `maskPersonalData`), or */
  module?: string;
  global?: string;
  path?: string;
  /** a helper name wherever it comes from (`maskPII`, `redact*`). */
  name?: string;
  /** Default `mask`. */
  strength?: Exclude<SanitizerStrength, 'weak'>;
}

/** One approved take-out (TO-APR): these data kinds may go to these sinks or destinations. */
export interface ApprovedFlow {
  /** Data kind ids (`email`, `customerId`); omitted = any kind. */
  kinds?: string[];
  /** Sink kinds (`log`, `export`, `send`), families (`email`, `loggers`) or catalog ids (`nodemailer`); omitted = any. */
  sinks?: string[];
  /** Hosts (`mail.example.co.jp`, `*.example.co.jp`) or vendors (`SendGrid`); omitted = any. */
  destinations?: string[];
  /** Why it is approved and by whom: shown in reports. Required. */
  reason: string;
  /** Approval reference (ticket, form number). */
  approval?: string;
}

export interface PiiGuardSettings {
  locale?: Locale;
  /** Report findings at or above this confidence (default `medium`; `strict` uses `low`). */
  minConfidence?: Confidence;
  names?: {
    /** Extra names → data kind id (`kokyakuCode: customerId`). */
    extra?: Record<string, string>;
    /** Names that are never personal data in this project. */
    ignore?: string[];
  };
  sinks?: ExtraSink[];
  sanitizers?: ExtraSanitizer[];
  /** Hosts that are the organisation's own back end (`api.example.co.jp`, `*.example.co.jp`). */
  firstPartyHosts?: string[];
  policy?: {
    approved?: ApprovedFlow[];
  };
}
