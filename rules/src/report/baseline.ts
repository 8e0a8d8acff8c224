/**
 * Baselines: the findings a project has accepted for now, recorded by fingerprint, so that a scan reports
 * (and fails on) new findings only. The file is stable JSON (sorted, no timestamps) meant to be committed
 * and reviewed; path, line, kinds and message are there for the humans reading it, matching uses the
 * fingerprint alone (it survives line shifts and reformatting of unrelated code).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { LintRun, ReportedFinding } from './model.js';

export const BASELINE_VERSION = 1;
export const DEFAULT_BASELINE_FILE = 'pii-guard-baseline.json';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** Where the finding was when the baseline was written (not used for matching). */
  path: string;
  line: number;
  kinds: string[];
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: string;
  findings: BaselineEntry[];
}

/** The baseline file cannot be used: missing, not JSON, or not a PII Guard baseline. */
export class BaselineError extends Error {}

function entry(path: string, f: ReportedFinding): BaselineEntry {
  return {
    fingerprint: f.fingerprint,
    ruleId: f.ruleId,
    path,
    line: f.line,
    kinds: [...new Set(f.data.map((d) => d.kind))].sort(),
    message: f.message.en,
  };
}

export function createBaseline(run: LintRun, tool = 'pii-guard'): Baseline {
  const findings = run.files.flatMap((file) => file.findings.map((f) => entry(file.filePath, f)));
  findings.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: BASELINE_VERSION, tool, findings };
}

/** JSON with a fixed key order and a final newline: the same findings always give the same bytes. */
export function serializeBaseline(baseline: Baseline): string {
  const ordered = {
    version: baseline.version,
    tool: baseline.tool,
    findings: baseline.findings.map((e) => ({ fingerprint: e.fingerprint, ruleId: e.ruleId, path: e.path, line: e.line, kinds: e.kinds, message: e.message })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function writeBaseline(path: string, run: LintRun, tool?: string): Baseline {
  const baseline = createBaseline(run, tool);
  writeFileSync(path, serializeBaseline(baseline));
  return baseline;
}

export function parseBaseline(text: string, path: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BaselineError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  const v = value as Partial<Baseline> | null;
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new BaselineError(`${path} is not a PII Guard baseline (expected an object with "version" and "findings")`);
  if (v.version !== BASELINE_VERSION) {
    throw new BaselineError(`${path} has baseline version ${JSON.stringify(v.version)}; this pii-guard reads version ${BASELINE_VERSION} (write it again with --write-baseline)`);
  }
  if (!Array.isArray(v.findings)) throw new BaselineError(`${path} is not a PII Guard baseline: "findings" must be an array`);
  v.findings.forEach((e, i) => {
    const x = e as Partial<BaselineEntry> | null;
    if (!x || typeof x !== 'object' || typeof x.fingerprint !== 'string' || !/^[0-9a-f]{16,64}$/.test(x.fingerprint)) {
      throw new BaselineError(`${path}: findings[${i}] has no valid "fingerprint"`);
    }
  });
  return { version: BASELINE_VERSION, tool: typeof v.tool === 'string' ? v.tool : 'pii-guard', findings: v.findings as BaselineEntry[] };
}

/** Reads `path`; messages name it as `shown` (the path as the user wrote it). */
export function readBaseline(path: string, shown: string = path): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(code === 'ENOENT' ? `${shown} does not exist (create it with --write-baseline)` : `Cannot read ${shown}: ${(e as Error).message}`);
  }
  return parseBaseline(text, shown);
}

/**
 * Marks each finding `new` or `unchanged` and counts the baselined findings that are gone. A fingerprint
 * recorded n times accepts n findings (identical findings in a file are numbered, so this is rare).
 */
export function applyBaseline(run: LintRun, baseline: Baseline, path: string): LintRun {
  const remaining = new Map<string, number>();
  for (const e of baseline.findings) remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + 1);
  let unchanged = 0;
  let fresh = 0;
  const known = new Set(remaining.keys());
  const files = run.files.map((file) => ({
    ...file,
    // Suppressed findings neither fail nor count; their state tells reports whether the baseline knew them.
    suppressions: file.suppressions.map((s) =>
      s.finding ? { ...s, finding: { ...s.finding, baselineState: known.has(s.finding.fingerprint) ? ('unchanged' as const) : ('new' as const) } } : s,
    ),
    findings: file.findings.map((f): ReportedFinding => {
      const left = remaining.get(f.fingerprint) ?? 0;
      if (left > 0) {
        remaining.set(f.fingerprint, left - 1);
        unchanged++;
        return { ...f, baselineState: 'unchanged' };
      }
      fresh++;
      return { ...f, baselineState: 'new' };
    }),
  }));
  const absent = [...remaining.values()].reduce((n, k) => n + k, 0);
  return { ...run, files, baseline: { path, unchanged, new: fresh, absent } };
}
