/**
 * Runs ESLint's Node API with the plugin (the built-in recommended setup, or the user's flat config) and
 * gathers, per file, the findings with their full model, the suppressions and the files that do not parse.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../index.js';
import { analysesOf, collectReportedAnalyses, reportedAnalysis } from '../analysis/engine.js';
import type { PiiGuardSettings } from '../config/types.js';
import type { FileReport, LintRun, ReportedFinding } from '../report/model.js';
import { fingerprintFindings } from '../report/fingerprint.js';
import { isExpired, parseSuppressionReason } from '../report/suppression-reason.js';

export const LINTED_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];
/** Google Apps Script sources as stored by clasp: JavaScript (V8), one global scope per project. */
export const APPS_SCRIPT_FILES = ['**/*.gs'];
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/coverage/**', '**/*.min.js', '**/.git/**'];

export type { FileReport, LintRun, ReportedFinding, Suppression } from '../report/model.js';

/** Single-file components: checked when their parser is installed next to PII Guard. */
const COMPONENT_PARSERS = [
  { extension: '.vue', parser: 'vue-eslint-parser', files: ['**/*.vue'] },
  { extension: '.svelte', parser: 'svelte-eslint-parser', files: ['**/*.svelte'] },
] as const;

async function optionalParser(name: string): Promise<Linter.Parser | null> {
  try {
    const mod = (await import(name)) as { default?: Linter.Parser } & Linter.Parser;
    return mod.default ?? mod;
  } catch {
    return null;
  }
}

export interface LintOptions {
  cwd: string;
  paths: string[];
  settings: PiiGuardSettings;
  strict: boolean;
  eslintConfig?: string;
  /** Skip files larger than this many bytes (0: no limit). */
  maxFileSize?: number;
}

type ConfigArray = Linter.Config[];

/** The built-in flat config: every JS/TS file parsed by typescript-eslint's parser, PII Guard's rules. */
export function builtInConfig(settings: PiiGuardSettings, strict: boolean): ConfigArray {
  const preset = strict ? plugin.configs.strict : plugin.configs.recommended;
  return [
    { ignores: DEFAULT_IGNORES },
    {
      files: LINTED_FILES,
      languageOptions: {
        parser: tsParser as Linter.Parser,
        parserOptions: { ecmaFeatures: { jsx: true } },
        sourceType: 'module',
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    {
      files: APPS_SCRIPT_FILES,
      languageOptions: { sourceType: 'script', ecmaVersion: 'latest' },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    { files: [...LINTED_FILES, ...APPS_SCRIPT_FILES], ...(preset as Linter.Config) },
    { settings: { piiGuard: settings } },
  ];
}

async function userConfig(path: string, settings: PiiGuardSettings): Promise<ConfigArray> {
  const mod = (await import(pathToFileURL(path).href)) as { default: Linter.Config | Linter.Config[] };
  const base = Array.isArray(mod.default) ? mod.default : [mod.default];
  return Object.keys(settings).length > 0 ? [...base, { settings: { piiGuard: settings } }] : base;
}

const isOurs = (ruleId: string | null): ruleId is string => !!ruleId && ruleId.startsWith('pii-guard/');

export async function lint(options: LintOptions): Promise<LintRun> {
  const config = options.eslintConfig
    ? await userConfig(resolve(options.cwd, options.eslintConfig), options.settings)
    : builtInConfig(options.settings, options.strict);
  const scan = await scanPaths(options.cwd, options.paths, options.maxFileSize ?? 0);
  const oversized = scan.oversized;
  const notChecked: LintRun['notChecked'] = [];
  const extra: ConfigArray = [];
  for (const c of COMPONENT_PARSERS) {
    const count = scan.components.get(c.extension) ?? 0;
    if (count === 0 || options.eslintConfig) continue;
    const parser = await optionalParser(c.parser);
    if (!parser) {
      notChecked.push({ extension: c.extension, count, parser: c.parser });
      continue;
    }
    const preset = options.strict ? plugin.configs.strict : plugin.configs.recommended;
    extra.push(
      { files: [...c.files], languageOptions: { parser, parserOptions: { parser: tsParser, extraFileExtensions: [c.extension], sourceType: 'module' } } },
      { files: [...c.files], ...(preset as Linter.Config) },
    );
  }
  if (oversized.length > 0) extra.push({ ignores: oversized.map((f) => relative(options.cwd, f.path)) });
  const eslint = new ESLint({
    cwd: options.cwd,
    overrideConfigFile: true,
    overrideConfig: [...config, ...extra],
    errorOnUnmatchedPattern: false,
  });
  collectReportedAnalyses(true);
  let results: ESLint.LintResult[];
  try {
    results = await eslint.lintFiles(options.paths);
  } catch (e) {
    collectReportedAnalyses(false);
    throw e;
  }
  const linter = new Linter({ configType: 'flat', cwd: options.cwd });
  const files: FileReport[] = [];
  for (const r of results) {
    const ours = r.messages.filter((m) => isOurs(m.ruleId));
    const suppressed = r.suppressedMessages.filter((m) => isOurs(m.ruleId));
    const fatal = r.messages.find((m) => m.fatal);
    if (ours.length === 0 && suppressed.length === 0 && !fatal) continue;
    const report: FileReport = {
      filePath: displayPath(options.cwd, r.filePath),
      findings: [],
      suppressions: suppressed.map((m) => {
        const justification = m.suppressions?.map((s) => s.justification).filter(Boolean).join('; ') ?? '';
        const parsed = parseSuppressionReason(justification);
        return {
          ruleId: m.ruleId!,
          line: m.line,
          column: m.column,
          text: m.message,
          justification,
          reason: parsed.reason,
          ...(parsed.author ? { author: parsed.author } : {}),
          ...(parsed.until ? { until: parsed.until } : {}),
          expired: isExpired(parsed.until),
        };
      }),
    };
    if (fatal) report.parseError = { message: fatal.message, line: fatal.line, column: fatal.column };
    if (ours.length > 0) report.findings = await enrich(linter, config, r.filePath, report.filePath, r.source, ours);
    files.push(report);
  }
  collectReportedAnalyses(false);
  for (const f of oversized) {
    files.push({ filePath: displayPath(options.cwd, f.path), findings: [], suppressions: [], skipped: { size: f.size, limit: options.maxFileSize! } });
  }
  files.sort((a, b) => a.filePath.localeCompare(b.filePath));
  return { files, filesLinted: results.length, notChecked };
}

/** Paths in reports: relative to the scan's directory, `/`-separated on every platform. */
function displayPath(cwd: string, path: string): string {
  return (relative(cwd, path) || path).split(sep).join('/');
}

const LINTED_EXTENSION = /\.(js|jsx|mjs|cjs|ts|tsx|mts|cts|gs)$/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage']);

/**
 * One walk over the paths: lintable files larger than the limit (generated or bundled code), and how many
 * single-file components there are.
 */
async function scanPaths(
  cwd: string,
  paths: readonly string[],
  limit: number,
): Promise<{ oversized: Array<{ path: string; size: number }>; components: Map<string, number> }> {
  const out: Array<{ path: string; size: number }> = [];
  const components = new Map<string, number>();
  const visit = async (path: string): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      return; // not a path (a glob): ESLint resolves it
    }
    if (info.isDirectory()) {
      for (const entry of await readdir(path, { withFileTypes: true })) {
        if (entry.isDirectory() && SKIPPED_DIRS.has(entry.name)) continue;
        await visit(join(path, entry.name));
      }
    } else if (info.isFile()) {
      if (limit > 0 && LINTED_EXTENSION.test(path) && info.size > limit) out.push({ path, size: info.size });
      const ext = extname(path);
      if (COMPONENT_PARSERS.some((c) => c.extension === ext)) components.set(ext, (components.get(ext) ?? 0) + 1);
    }
  };
  for (const p of paths) await visit(resolve(cwd, p));
  return { oversized: out, components };
}

/** Re-run the file through a Linter to read the engine's full findings (requirements, flow, data items). */
async function enrich(
  linter: Linter,
  config: ConfigArray,
  filePath: string,
  shownPath: string,
  source: string | undefined,
  messages: Linter.LintMessage[],
): Promise<ReportedFinding[]> {
  const text = source ?? (await readFile(filePath, 'utf8'));
  let analyses = [reportedAnalysis(filePath)].filter((a) => a !== undefined);
  if (analyses.length === 0) {
    // Linted elsewhere (a cache hit, another thread): lint it again here to read the model.
    linter.verify(text, config, filePath);
    analyses = analysesOf(linter.getSourceCode() as never);
  }
  const findings = analyses.flatMap((a) => a.allFindings());
  const enriched = messages.map((m) => {
    const rule = m.ruleId!.slice('pii-guard/'.length);
    const f = findings.find((x) => x.rule === rule && x.range.start.line === m.line && x.range.start.column + 1 === m.column);
    if (!f) throw new Error(`Internal error: no finding behind ${m.ruleId} at ${filePath}:${m.line}:${m.column}`);
    return { ...f, ruleId: m.ruleId!, text: m.message, line: m.line, column: m.column, eslintSeverity: m.severity };
  });
  const prints = fingerprintFindings(shownPath, text, enriched);
  return enriched.map((f, i) => ({ ...f, fingerprint: prints[i]! }));
}
