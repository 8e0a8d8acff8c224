// Types for expect-markers.mjs, so TypeScript tests can import the plain-JS module under `strict`.

export interface ExpectMarker {
  /** 1-based line of the comment. */
  line: number;
  /** Full rule name, e.g. `pii-guard/no-pii-in-logs`. */
  rule: string;
}

export interface ScoredItem {
  line: number;
  rule: string;
  file?: string;
}

export interface ScoreResult<E extends ScoredItem, A extends ScoredItem> {
  tp: number;
  fp: number;
  fn: number;
  /** Actual findings that matched an expected one. */
  matched: A[];
  /** Actual findings with no expected counterpart, sorted by file, line, rule. */
  falsePositives: A[];
  /** Expected findings with no actual counterpart, sorted by file, line, rule. */
  falseNegatives: E[];
}

export function parseExpectMarkers(text: string): ExpectMarker[];
export function score<E extends ScoredItem, A extends ScoredItem>(expected: E[], actual: A[]): ScoreResult<E, A>;
export function precision(s: { tp: number; fp: number }): number | null;
export function recall(s: { tp: number; fn: number }): number | null;
