/**
 * Lints one document's text in process with a warm ESLint `Linter` and exactly the CLI's built-in config
 * (`builtInConfig(settings, strict)`), so the editor shows what `pii-guard` and the ESLint rules report.
 * Each PII Guard message is enriched with the engine's full finding (data items, flow, requirements),
 * matched the way the CLI matches them: same rule, same start position.
 */
import { createHash } from 'node:crypto';
import { Linter, type SourceCode } from 'eslint';
import ignore, { type Ignore } from 'ignore';
import { analysesOf, type Finding } from 'eslint-plugin-pii-guard/engine';
import { builtInConfig, messageModels } from 'eslint-plugin-pii-guard/report';
import type { LintTarget } from './files.js';
import type { EffectiveSettings } from './settings.js';

export interface LintedMessage {
  ruleId: string;
  /** As ESLint rendered it, in the configured language. */
  message: string;
  eslintSeverity: 1 | 2;
  /** ESLint's 1-based line and column. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /**
   * The engine's finding behind the message: the flow finding, or for an expired suppression the finding it
   * brings back (absent for rules that report no data flow).
   */
  finding?: Finding;
  /** Requirements and data kinds of a message without a flow finding (an unaccountable suppression). */
  about?: { requirements: string[]; kinds: string[] };
  fingerprint: string;
}

export type LintOutcome =
  | { kind: 'checked'; messages: LintedMessage[]; sourceCode: SourceCode; bom: number }
  | { kind: 'not-parsed'; message: string; line: number; column: number }
  /** Ignored by the built-in config (node_modules, dist...) or `piiGuard.ignores`. */
  | { kind: 'ignored' }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'binary' }
  | { kind: 'failed'; error: string };

type ConfigArray = Linter.Config[];

const PARSE_ONLY_CACHE_KEY = '\u0000parse-only';

export class DocumentLinter {
  /** One warm Linter per working directory (the workspace folder): config patterns match relative to it. */
  private readonly linters = new Map<string, Linter>();
  private readonly configs = new Map<string, ConfigArray>();
  private readonly ignores = new Map<string, Ignore>();

  lint(text: string, target: LintTarget, cwd: string, settings: EffectiveSettings): LintOutcome {
    const limit = settings.editor.maxFileSizeMB * 1024 * 1024;
    if (limit > 0 && text.length > limit / 4) {
      // Only count bytes when it can matter: UTF-8 takes at most 4 bytes per UTF-16 unit.
      const size = Buffer.byteLength(text, 'utf8');
      if (size > limit) return { kind: 'too-large', size, limit };
    }
    if (text.includes('\u0000')) return { kind: 'binary' };
    if (this.isIgnored(target.displayPath, settings.editor.ignores)) return { kind: 'ignored' };
    const linter = this.linterFor(cwd);
    const config = this.configFor(settings);
    let messages: Linter.LintMessage[];
    try {
      messages = linter.verify(text, config, { filename: target.filename });
    } catch (e) {
      return { kind: 'failed', error: (e as Error).message };
    }
    const fatal = messages.find((m) => m.fatal);
    if (fatal) return { kind: 'not-parsed', message: fatal.message, line: fatal.line, column: fatal.column };
    if (messages.length === 1 && messages[0]!.ruleId === null && /^No matching configuration/.test(messages[0]!.message)) {
      return { kind: 'ignored' };
    }
    const sourceCode = linter.getSourceCode();
    if (!sourceCode) return { kind: 'failed', error: 'ESLint returned no source code' };
    const ours = messages.filter((m) => m.ruleId?.startsWith('pii-guard/'));
    return { kind: 'checked', messages: enrich(ours, sourceCode, target.displayPath), sourceCode, bom: sourceCode.hasBOM ? 1 : 0 };
  }

  /** Whether a text parses under the document's file name (for checking that a quick fix keeps the code valid). */
  parses(text: string, target: LintTarget, cwd: string): boolean {
    const linter = this.linterFor(cwd);
    let config = this.configs.get(PARSE_ONLY_CACHE_KEY);
    if (!config) {
      // The built-in config without rules: same parser and parser options, nothing else.
      config = builtInConfig({}, false).map((c) => ({ ...c, rules: {} }));
      this.configs.set(PARSE_ONLY_CACHE_KEY, config);
    }
    try {
      return !linter.verify(text, config, { filename: target.filename }).some((m) => m.fatal);
    } catch {
      return false;
    }
  }

  private linterFor(cwd: string): Linter {
    let linter = this.linters.get(cwd);
    if (!linter) {
      linter = new Linter({ configType: 'flat', cwd });
      this.linters.set(cwd, linter);
    }
    return linter;
  }

  private configFor(settings: EffectiveSettings): ConfigArray {
    const key = JSON.stringify([settings.engine, settings.strict]);
    let config = this.configs.get(key);
    if (!config) {
      if (this.configs.size > 32) this.configs.clear();
      config = builtInConfig(settings.engine, settings.strict);
      this.configs.set(key, config);
    }
    return config;
  }

  private isIgnored(displayPath: string, patterns: readonly string[]): boolean {
    if (patterns.length === 0 || displayPath.startsWith('..')) return false;
    const key = JSON.stringify(patterns);
    let ig = this.ignores.get(key);
    if (!ig) {
      ig = ignore().add([...patterns]);
      this.ignores.set(key, ig);
    }
    try {
      return ig.ignores(displayPath);
    } catch {
      return false; // a path `ignore` refuses (absolute, `..`): not ours to skip
    }
  }
}

/**
 * Attaches the engine's model to each message and fingerprints it, with the CLI's recipe (same matching,
 * same display path), so that the editor, the reports and baselines agree on every finding's identity.
 */
function enrich(messages: Linter.LintMessage[], sourceCode: SourceCode, displayPath: string): LintedMessage[] {
  const models = messageModels(displayPath, sourceCode.text, analysesOf(sourceCode as never), messages);
  const seen = new Map<string, number>();
  return messages.map((m, i) => {
    const model = models[i];
    const report = model?.suppressionReport;
    // An expired suppression is its finding again; a missing reason cites the accountability requirements
    // and the kinds of data it hides.
    const finding = model && (!report || report.messageId === 'expired') ? model.finding : undefined;
    const about = report && report.messageId !== 'expired'
      ? { requirements: report.finding.requirements, kinds: [...new Set(report.finding.data.map((d) => d.kind))] }
      : undefined;
    return {
      ruleId: m.ruleId!,
      message: m.message,
      eslintSeverity: m.severity === 2 ? 2 : 1,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      finding,
      ...(about ? { about } : {}),
      fingerprint: model?.fingerprint ?? messageFingerprint(m, sourceCode, displayPath, seen),
    };
  });
}

/** A message the engine does not explain (never expected) still gets a stable identity: what it says, where. */
function messageFingerprint(m: Linter.LintMessage, sourceCode: SourceCode, displayPath: string, seen: Map<string, number>): string {
  const lineText = (sourceCode.lines[m.line - 1] ?? '').replace(/\s+/g, '');
  const id = [m.ruleId, displayPath, m.message, lineText].join('\u0000');
  const n = seen.get(id) ?? 0;
  seen.set(id, n + 1);
  return createHash('sha256').update(`${id}\u0000${n}`).digest('hex').slice(0, 32);
}
