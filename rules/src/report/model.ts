/**
 * The report model: what one scan found, file by file, as every reviewer-facing output consumes it
 * (CLI text/json, SARIF, Markdown, HTML, the ESLint formatters and the editor's export).
 * Plain data, so it serialises to JSON as is.
 */
import type { Finding } from '../findings/model.js';

export interface ReportedFinding extends Finding {
  /** `pii-guard/<rule>` */
  ruleId: string;
  /** The message as ESLint rendered it (in the configured locale). */
  text: string;
  /** 1-based line and column, as ESLint reports them. */
  line: number;
  column: number;
  eslintSeverity: 1 | 2;
  /**
   * Stable identity of the finding (rule, file, sink call, data), independent of its line and of the
   * formatting of unrelated code: baselines and SARIF `partialFingerprints` use it.
   */
  fingerprint: string;
  /** Set when the scan ran against a baseline: `new` findings fail the run, `unchanged` ones do not. */
  baselineState?: 'new' | 'unchanged';
}

/** An `eslint-disable` comment that silenced a PII Guard finding. */
export interface Suppression {
  ruleId: string;
  line: number;
  column: number;
  /** The message of the suppressed finding. */
  text: string;
  /** Everything after `--` in the directive; empty when none was given. */
  justification: string;
  /** The justification without its `until` and author markers; empty = not accountable (reported). */
  reason: string;
  /** Who suppressed it, from the comment (`@name`, `by name`) or version control, when known. */
  author?: string;
  /** `until YYYY-MM-DD` in the justification: after that day the finding is reported again. */
  until?: string;
  /** `until` has passed: the finding is back (reported by pii-guard/require-suppression-reason). */
  expired: boolean;
  /** The full model of the suppressed finding, when the engine could read it. */
  finding?: ReportedFinding;
}

export interface FileReport {
  /** Relative to the scan's working directory, with `/` separators. */
  filePath: string;
  /** Not checked because it is larger than the size limit. */
  skipped?: { size: number; limit: number };
  findings: ReportedFinding[];
  suppressions: Suppression[];
  parseError?: { message: string; line: number; column: number };
}

export interface BaselineSummary {
  /** The baseline file, as given. */
  path: string;
  /** Findings of this run recorded in the baseline (not reported, do not fail the run). */
  unchanged: number;
  /** Findings of this run not in the baseline (reported, fail the run). */
  new: number;
  /** Baselined findings that no longer occur (fixed or removed). */
  absent: number;
}

export interface LintRun {
  files: FileReport[];
  filesLinted: number;
  /** Component files whose `<script>` blocks need a parser that is not installed (`.vue` → vue-eslint-parser). */
  notChecked: Array<{ extension: string; count: number; parser: string }>;
  /** Present when the run was compared with a baseline. */
  baseline?: BaselineSummary;
}

/** The findings that count: those not recorded in a baseline. */
export function activeFindings(file: FileReport): ReportedFinding[] {
  return file.findings.filter((f) => f.baselineState !== 'unchanged');
}
