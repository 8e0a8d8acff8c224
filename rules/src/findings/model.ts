/**
 * The finding model shared by every front end (ESLint rules, language server, CLI and reports).
 * Plain data: no ESLint or LSP types, so it serialises to JSON as is.
 */
import type { SinkFamily, SinkKind, Vendor } from '../catalog/types.js';
import type { Confidence, LocalizedText, Script, Tier } from '../vocabulary/types.js';

export type RuleName =
  | 'no-pii-in-logs'
  | 'no-unprotected-pii-export'
  | 'no-unprotected-pii-transmission'
  | 'no-hardcoded-pii';

export type Locale = 'en' | 'ja';

/** 1-based line, 0-based column, as ESLint reports them. */
export interface Position {
  line: number;
  column: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
}

/** Why a finding exists at its sink (selects the message). */
export type FindingReason =
  /** personal data reaches the sink unprotected */
  | 'unprotected'
  /** a whole record reaches the sink (minimisation) */
  | 'whole-record'
  /** a protection that is not enough was applied (Base64, unsalted hash, password ZIP) */
  | 'weak-protection'
  /** personal data goes over plain text transport or with TLS verification off */
  | 'insecure-transport'
  /** personal data is placed in a URL or query string */
  | 'in-url'
  /** an error message built from personal data (ends in logs and error trackers) */
  | 'error-message'
  /** a personal-data value written into the source code */
  | 'hardcoded';

export interface DataItem {
  kind: string;
  tier: Tier;
  /** The vocabulary term (or value check) that matched. */
  term: string;
  script?: Script;
  /** Source text of the expression the data was read from (`user.email`, `record['氏名'].value`). */
  path: string;
  /** Where the data came from. */
  origin: SourceRange;
  confidence: Confidence;
  /** A whole record rather than one field. */
  wholeRecord?: boolean;
  /** The weak protection applied on the way, if any. */
  weakProtection?: string;
}

/** One step of the path from where the data came from to the sink. */
export interface FlowStep {
  range: SourceRange;
  /** Source text of the step (shortened). */
  text: string;
}

export interface SinkInfo {
  kind: SinkKind;
  family: SinkFamily;
  /** The API as named in the catalog (`pino`, `fs.writeFile`, `axios`). */
  api: string;
  /** Catalog entry id. */
  id: string;
  /** Where the data goes, when known: a host, an SDK vendor, `first-party`. */
  destination?: {
    host?: string;
    vendor?: Vendor;
    firstParty?: boolean;
    insecure?: boolean;
  };
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: RuleName;
  reason: FindingReason;
  sink: SinkInfo;
  data: DataItem[];
  /** Requirement IDs, ordered by framework (take-out rules first). */
  requirements: string[];
  /** The breach-report trigger a leak here would hit (APPI Rules Art. 7, MYN-BREACH). */
  leakTrigger: { ids: string[]; reportableFromOne: boolean };
  confidence: Confidence;
  severity: Severity;
  /** Where to report: the sink's callee (or the literal for hard-coded values). */
  range: SourceRange;
  /** Character offsets of `range` in the file. */
  offsets: [number, number];
  /** From the data's origin to the sink. */
  flow: FlowStep[];
  message: LocalizedText;
}
