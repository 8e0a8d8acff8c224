/**
 * Runs ESLint's Node API with the plugin (the built-in recommended setup, or the user's flat config) and
 * builds the report model: per file, the findings with their full model, the suppressions and the files
 * that do not parse (see report/from-eslint.ts). Optionally multithreaded and cached by ESLint.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { collectReportedAnalyses } from '../analysis/engine.js';
import type { PiiGuardSettings } from '../config/types.js';
import type { LintRun } from '../report/model.js';
import { displayPath, reportFromEslintResults } from '../report/from-eslint.js';
import { currentDay } from '../report/suppression-reason.js';
import {
  APPS_SCRIPT_EXTENSION,
  COMPONENT_PARSERS,
  DEFAULT_IGNORES,
  SCRIPT_EXTENSIONS,
  buildConfig,
  eslintOptions,
  interceptWarnings,
  optionalParser,
  optionsModuleUrl,
  type Concurrency,
  type ConfigParams,
  type OptionsParams,
} from './eslint-config.js';
import { watchProgress } from './progress-probe.js';

export { APPS_SCRIPT_FILES, DEFAULT_IGNORES, LINTED_FILES, builtInConfig } from './eslint-config.js';
export type { Concurrency } from './eslint-config.js';
export type { FileReport, LintRun, ReportedFinding, Suppression } from '../report/model.js';

export interface LintOptions {
  cwd: string;
  paths: string[];
  settings: PiiGuardSettings;
  strict: boolean;
  eslintConfig?: string;
  /** Skip files larger than this many bytes (0: no limit). */
  maxFileSize?: number;
  /** Called as files are linted (in any thread); `total` is an estimate from walking the paths. */
  onProgress?: (done: number, total: number) => void;
  /** ESLint's worker threads: a number, `auto`, or `off` (default). */
  concurrency?: Concurrency;
  /** Keep ESLint's cache of results (content strategy) between runs. */
  cache?: boolean;
  /** The cache file or directory (default: `.pii-guard-cache` in cwd). */
  cacheLocation?: string;
  /** Ask `git blame` who wrote suppression comments that name no author (default: true). */
  blame?: boolean;
  /** `YYYY-MM-DD` deciding whether suppressions have expired (default: PII_GUARD_TODAY or today). */
  today?: string;
  /** ESLint's warnings (`type` as ESLint names it, e.g. ESLintPoorConcurrencyWarning), instead of process warnings. */
  onWarning?: (message: string, type: string) => void;
}

export const DEFAULT_CACHE_LOCATION = '.pii-guard-cache';

export async function lint(options: LintOptions): Promise<LintRun> {
  const scan = await scanPaths(options.cwd, options.paths, options.maxFileSize ?? 0);
  const notChecked: LintRun['notChecked'] = [];
  const components: string[] = [];
  for (const c of COMPONENT_PARSERS) {
    const count = scan.components.get(c.extension) ?? 0;
    if (count === 0 || options.eslintConfig) continue;
    if (await optionalParser(c.parser)) components.push(c.extension);
    else notChecked.push({ extension: c.extension, count, parser: c.parser });
  }
  const configParams: ConfigParams = {
    cwd: options.cwd,
    settings: options.settings,
    strict: options.strict,
    ...(options.eslintConfig ? { eslintConfig: options.eslintConfig } : {}),
    components,
    ignored: scan.oversized.map((f) => relative(options.cwd, f.path)),
    day: options.today ?? currentDay(),
  };
  const concurrency = options.concurrency ?? 'off';
  const params: OptionsParams = {
    ...configParams,
    concurrency,
    cache: options.cache ?? false,
    ...(options.cache ? { cacheLocation: resolve(options.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION) } : {}),
  };
  const { base, full } = await buildConfig(configParams);

  const restoreWarnings = interceptEslintWarnings(options.onWarning);
  let eslint: ESLint;
  try {
    // Worker threads build the config from the options module; in one thread the objects are passed as is
    // (this also works where the code is bundled and has no module file to point workers at).
    eslint = concurrency === 'off' ? new ESLint(eslintOptions(params, full)) : await ESLint.fromOptionsModule(optionsModuleUrl(params));
  } finally {
    restoreWarnings();
  }

  // The rule reads the day from the environment, in this thread and in ESLint's workers alike.
  const savedDay = process.env.PII_GUARD_TODAY;
  if (options.today) process.env.PII_GUARD_TODAY = options.today;

  let done = 0;
  const total = scan.lintable + components.reduce((n, ext) => n + (scan.components.get(ext) ?? 0), 0);
  const progress = options.onProgress;
  const stopWatching = progress ? watchProgress(() => progress(++done, Math.max(total, done))) : () => {};
  collectReportedAnalyses(true);
  try {
    let results: ESLint.LintResult[];
    try {
      results = await eslint.lintFiles(options.paths);
    } finally {
      stopWatching();
    }
    progress?.(results.length, results.length);
    const run = await reportFromEslintResults(results, {
      cwd: options.cwd,
      config: base,
      blame: options.blame ?? true,
      ...(options.today ? { today: options.today } : {}),
    });
    for (const f of scan.oversized) {
      run.files.push({ filePath: displayPath(options.cwd, f.path), findings: [], suppressions: [], skipped: { size: f.size, limit: options.maxFileSize! } });
    }
    run.files.sort((a, b) => a.filePath.localeCompare(b.filePath));
    run.notChecked = notChecked;
    return run;
  } finally {
    collectReportedAnalyses(false);
    if (options.today) {
      if (savedDay === undefined) delete process.env.PII_GUARD_TODAY;
      else process.env.PII_GUARD_TODAY = savedDay;
    }
  }
}

/**
 * ESLint's warnings (poor concurrency, an empty config, eslint-env comments) go through
 * process.emitWarning, which Node prints as raw process warnings: hand them to the caller instead. ESLint
 * captures emitWarning when the instance is made (worker threads' warnings are emitted by the main
 * thread), so the wrapper is installed around construction only.
 */
function interceptEslintWarnings(onWarning: LintOptions['onWarning']): () => void {
  return interceptWarnings((message, type) => {
    if (!type?.startsWith('ESLint')) return false;
    onWarning?.(message, type);
    return true;
  });
}

const LINTED_EXTENSION = new RegExp(`\\.(${[...SCRIPT_EXTENSIONS, APPS_SCRIPT_EXTENSION].join('|')})$`);
// The folders DEFAULT_IGNORES leaves out (its `**/<name>/**` entries) are not walked for the estimate.
const SKIPPED_DIRS = new Set(DEFAULT_IGNORES.flatMap((g) => /^\*\*\/([^*/]+)\/\*\*$/.exec(g)?.slice(1) ?? []));

/**
 * One walk over the paths: lintable files larger than the limit (generated or bundled code), how many
 * files there are to lint (for progress), and how many single-file components.
 */
async function scanPaths(
  cwd: string,
  paths: readonly string[],
  limit: number,
): Promise<{ oversized: Array<{ path: string; size: number }>; components: Map<string, number>; lintable: number }> {
  const out: Array<{ path: string; size: number }> = [];
  const components = new Map<string, number>();
  let lintable = 0;
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
      if (LINTED_EXTENSION.test(path)) {
        if (limit > 0 && info.size > limit) out.push({ path, size: info.size });
        else if (!path.endsWith('.min.js')) lintable++;
      }
      const ext = extname(path);
      if (COMPONENT_PARSERS.some((c) => c.extension === ext)) components.set(ext, (components.get(ext) ?? 0) + 1);
    }
  };
  for (const p of paths) await visit(resolve(cwd, p));
  return { oversized: out, components, lintable };
}
