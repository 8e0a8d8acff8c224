/**
 * ESLint's lint results → the report model (LintRun): files sorted, parse errors, suppressions with their
 * parsed reasons, and every PII Guard message enriched with the engine's full finding and its fingerprint.
 *
 * Works both in-process after `pii-guard` linted (the engine kept the analyses) and from an ESLint formatter
 * in a plain `eslint` run, where linting happened in other threads or came from the cache: then only the
 * files with PII Guard messages are linted again, with the given config or the user's own ESLint config.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { ESLint, Linter } from 'eslint';
import { analysesOf, collectReportedAnalyses, reportedAnalysis, type FileAnalysis } from '../analysis/engine.js';
import { messageModels, SUPPRESSION_RULE_ID, unexplainedMessages, type Message } from './message-models.js';
import type { FileReport, LintRun, ReportedFinding, Suppression } from './model.js';
import { currentDay, isExpired, parseSuppressionReason } from './suppression-reason.js';

export interface FromEslintOptions {
  /** Report paths are relative to this directory. */
  cwd: string;
  /**
   * The flat config the files were linted with, to lint again where the analysis is not at hand (other
   * threads, cache hits). Without it, the user's own ESLint configuration found from `cwd` is used.
   */
  config?: Linter.Config[];
  /** Ask `git blame` who wrote a suppression comment that names no author (one line per suppression). */
  blame?: boolean;
  /** `YYYY-MM-DD` that decides whether an `until` date has passed (default: PII_GUARD_TODAY or today). */
  today?: string;
}

const isOurs = (ruleId: string | null | undefined): ruleId is string => !!ruleId && ruleId.startsWith('pii-guard/');

/** Paths in reports: relative to the scan's directory, `/`-separated on every platform. */
export function displayPath(cwd: string, path: string): string {
  return (relative(cwd, path) || path).split(sep).join('/');
}

export async function reportFromEslintResults(results: ESLint.LintResult[], options: FromEslintOptions): Promise<LintRun> {
  const day = options.today ?? currentDay();
  const relinter = new Relinter(options);
  const blame = options.blame ? new Blame() : null;
  const sorted = [...results].sort((a, b) => displayPath(options.cwd, a.filePath).localeCompare(displayPath(options.cwd, b.filePath)));
  const files: FileReport[] = [];
  try {
    for (const r of sorted) {
      const fatal = r.messages.find((m) => m.fatal);
      const suppressed: Linter.SuppressedLintMessage[] = [];
      const ours: Linter.LintMessage[] = r.messages.filter((m) => !m.fatal && isOurs(m.ruleId));
      for (const m of r.suppressedMessages ?? []) {
        if (!isOurs(m.ruleId)) continue;
        // A suppression cannot silence the report about itself (a blanket directive without a reason, or
        // whose `until` has passed): such a report stays a finding.
        if (m.ruleId === SUPPRESSION_RULE_ID && suppressesItself(m, day)) ours.push(m);
        else suppressed.push(m);
      }
      ours.sort((a, b) => a.line - b.line || a.column - b.column);
      if (ours.length === 0 && suppressed.length === 0 && !fatal) continue;
      const shownPath = displayPath(options.cwd, r.filePath);
      const report: FileReport = { filePath: shownPath, findings: [], suppressions: [] };
      if (fatal) report.parseError = { message: fatal.message, line: fatal.line, column: fatal.column };
      if (ours.length > 0 || suppressed.length > 0) {
        // The engine's offsets are into the text ESLint parsed, without a byte order mark.
        const text = (r.source ?? (await readFile(r.filePath, 'utf8'))).replace(/^\uFEFF/, '');
        const messages = [...ours, ...suppressed];
        const analyses = await relinter.analyses(r.filePath, text, messages);
        const enriched = enrich(r.filePath, shownPath, text, analyses, messages);
        report.findings = enriched.slice(0, ours.length);
        const suppressedModels = enriched.slice(ours.length);
        report.suppressions = suppressed.map((m, i) => suppression(m, suppressedModels[i], text, r.filePath, day, blame));
      }
      files.push(report);
    }
  } finally {
    relinter.done();
  }
  return { files, filesLinted: results.length, notChecked: [] };
}

// ---- suppressions -----------------------------------------------------------------------------------------

function justificationOf(m: Linter.SuppressedLintMessage): string {
  return (m.suppressions ?? []).map((s) => s.justification.trim()).filter(Boolean).join('; ');
}

function suppressesItself(m: Linter.SuppressedLintMessage, day: string): boolean {
  const parsed = parseSuppressionReason(justificationOf(m));
  if (/^(missingReason|invalidUntil)/.test(m.messageId ?? '')) return parsed.reason === '' || parsed.invalidUntil !== undefined;
  if (/^expired/.test(m.messageId ?? '')) return isExpired(parsed.until, day);
  return false;
}

function suppression(
  m: Linter.SuppressedLintMessage,
  finding: ReportedFinding | undefined,
  text: string,
  filePath: string,
  day: string,
  blame: Blame | null,
): Suppression {
  const justification = justificationOf(m);
  const parsed = parseSuppressionReason(justification);
  let author = parsed.author;
  if (!author && blame) {
    const line = directiveLine(text, m.line, justification);
    if (line) author = blame.author(filePath, line);
  }
  return {
    ruleId: m.ruleId!,
    line: m.line,
    column: m.column,
    text: m.message,
    justification,
    reason: parsed.reason,
    ...(author ? { author } : {}),
    ...(parsed.until ? { until: parsed.until } : {}),
    expired: isExpired(parsed.until, day),
    ...(finding ? { finding } : {}),
  };
}

/** The line of the `eslint-disable…` comment that suppressed a message on `line` (nearest one above or on it). */
export function directiveLine(text: string, line: number, justification: string): number | null {
  const lines = text.split(/\r\n|\r|\n/);
  const probe = justification.split('; ')[0] ?? '';
  for (let n = Math.min(line, lines.length); n >= 1; n--) {
    const l = lines[n - 1]!;
    if (/eslint-disable/.test(l) && (probe === '' || l.includes(probe))) return n;
  }
  return null;
}

/** `git blame` of single lines, only inside a work tree; never fails (no git, untracked file, timeout). */
class Blame {
  private off = false;

  author(filePath: string, line: number): string | undefined {
    if (this.off) return undefined;
    try {
      const out = execFileSync('git', ['blame', '--porcelain', '-L', `${line},${line}`, '--', filePath], {
        cwd: dirname(filePath),
        encoding: 'utf8',
        timeout: 5000,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const name = /^author (.+)$/m.exec(out)?.[1];
      return name && name !== 'Not Committed Yet' ? name : undefined;
    } catch (e) {
      // No git at all: stop asking. A file outside a repository or not committed: just this one.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') this.off = true;
      return undefined;
    }
  }
}

// ---- enrichment -------------------------------------------------------------------------------------------

function enrich(filePath: string, shownPath: string, text: string, analyses: readonly FileAnalysis[], messages: readonly Message[]): ReportedFinding[] {
  const models = messageModels(shownPath, text, analyses, messages);
  return messages.map((m, i) => {
    const model = models[i];
    if (!model) throw new Error(`Internal error: no finding behind ${m.ruleId} at ${filePath}:${m.line}:${m.column}`);
    const base = { ruleId: m.ruleId!, text: m.message, line: m.line, column: m.column, eslintSeverity: m.severity as 1 | 2 };
    return { ...model.finding, ...base, fingerprint: model.fingerprint };
  });
}

/**
 * The analyses behind a file's messages: the ones kept while linting in this process, else from linting the
 * file again (with the given config through a Linter, or with the user's configuration through ESLint).
 */
class Relinter {
  private linter: Linter | null = null;
  private eslint: ESLint | null = null;
  private readonly byRule = new Map<string, ESLint>();
  private collecting = false;

  constructor(private readonly options: FromEslintOptions) {}

  async analyses(filePath: string, text: string, messages: readonly Message[]): Promise<FileAnalysis[]> {
    const kept = reportedAnalysis(filePath);
    if (kept && unexplainedMessages([kept], messages).length === 0) return [kept];
    if (this.options.config) {
      this.linter ??= new Linter({ configType: 'flat', cwd: this.options.cwd });
      this.linter.verify(text, this.options.config, filePath);
      return analysesOf(this.linter.getSourceCode() as never);
    }
    if (!this.collecting) {
      collectReportedAnalyses(true);
      this.collecting = true;
    }
    this.eslint ??= new ESLint({ cwd: this.options.cwd });
    await this.eslint.lintText(text, { filePath });
    const found = [reportedAnalysis(filePath)].filter((a) => a !== undefined);
    // Only the last analysis that reported is kept per file; rules configured with different PII Guard
    // settings make different analyses. Lint once more per rule still unmatched, that rule alone.
    for (const ruleId of new Set(unexplainedMessages(found, messages).map((m) => m.ruleId!))) {
      let alone = this.byRule.get(ruleId);
      if (!alone) {
        alone = new ESLint({ cwd: this.options.cwd, ruleFilter: ({ ruleId: id }) => id === ruleId });
        this.byRule.set(ruleId, alone);
      }
      await alone.lintText(text, { filePath });
      const a = reportedAnalysis(filePath);
      if (a && !found.includes(a)) found.push(a);
    }
    return found;
  }

  done(): void {
    if (this.collecting) collectReportedAnalyses(false);
  }
}
