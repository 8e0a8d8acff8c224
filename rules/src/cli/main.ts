/** `pii-guard [paths...]`: zero-configuration scan with the recommended rules through ESLint's Node API. */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ConfigError } from '../config/validate.js';
import type { PiiGuardSettings } from '../config/types.js';
import { REPORT_FORMATS, formatReport, type ReportFormat } from '../formatters/index.js';
import { formatJson } from '../formatters/json.js';
import { formatText } from '../formatters/text.js';
import { BaselineError, applyBaseline, readBaseline, writeBaseline } from '../report/baseline.js';
import type { LintRun } from '../report/model.js';
import { findConfigFile, loadConfigFile } from './config-file.js';
import { lint } from './lint.js';
import { OUTPUT_FORMATS, UsageError, parseOptions, usage, type CliOptions, type OutputFormat } from './options.js';
import { ProgressBar } from './progress.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };

const FORMATS: readonly OutputFormat[] = [...OUTPUT_FORMATS, ...REPORT_FORMATS];

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal: a progress bar is drawn there (never in CI logs or pipes). */
  isTTY?: boolean;
  /** Width of that terminal. */
  columns?: number;
  /** Colours in the text report (default: stdout is a terminal and NO_COLOR is not set). */
  color?: boolean;
}

/** Runs the CLI; resolves to the exit code (0 clean, 1 findings, 2 usage or configuration error). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const help = usage(FORMATS);
  let options: CliOptions;
  try {
    options = parseOptions(argv, FORMATS);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`pii-guard: ${e.message}\n\n${help}\n`);
      return 2;
    }
    throw e;
  }
  if (options.help) {
    io.stdout(`${help}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  let settings: PiiGuardSettings = {};
  const bar = io.isTTY && !options.quiet ? new ProgressBar(io.stderr, { columns: io.columns }) : null;
  try {
    const file = options.piiConfig ?? findConfigFile(io.cwd);
    if (file) settings = loadConfigFile(file);
    if (options.locale) settings = { ...settings, locale: options.locale };
    if (options.minConfidence) settings = { ...settings, minConfidence: options.minConfidence };
    // Read before the scan: a broken baseline should stop the run at once.
    const baseline = options.baseline ? readBaseline(resolve(io.cwd, options.baseline), options.baseline) : null;
    const notes: string[] = [];
    let run = await lint({
      cwd: io.cwd,
      paths: options.paths,
      settings,
      strict: options.strict,
      eslintConfig: options.eslintConfig,
      maxFileSize: options.maxFileSize,
      concurrency: options.concurrency,
      cache: options.cache,
      cacheLocation: options.cacheLocation,
      ...(options.today ? { today: options.today } : {}),
      ...(bar ? { onProgress: (done: number, total: number) => bar.update(done, total) } : {}),
      // The `/* eslint-env */` deprecation is about the project's ESLint setup, not about personal data.
      onWarning: (message, type) => {
        if (type !== 'ESLintEnvWarning') notes.push(message);
      },
    });
    bar?.clear();
    if (!options.quiet) for (const n of notes) io.stderr(`pii-guard: note: ESLint says: ${n}\n`);
    const locale = settings.locale ?? 'en';

    if (options.writeBaseline) {
      const path = resolve(io.cwd, options.writeBaseline);
      let written;
      try {
        written = writeBaseline(path, run, pkg.name);
      } catch (e) {
        io.stderr(`pii-guard: cannot write the baseline to ${options.writeBaseline}: ${(e as Error).message}\n`);
        return 2;
      }
      const n = written.findings.length;
      io.stdout(
        locale === 'ja'
          ? `${options.writeBaseline} に${n}件の検出を記録しました(${run.filesLinted}ファイルを検査)。\n`
          : `Wrote ${n} finding${n === 1 ? '' : 's'} to ${options.writeBaseline} (${run.filesLinted} files checked).\n`,
      );
      return 0;
    }
    if (baseline) run = applyBaseline(run, baseline, options.baseline!);

    const text = (color: boolean): string => formatText(run, { locale, quiet: options.quiet, listSuppressions: options.listSuppressions, color });
    const rendered = (format: OutputFormat, color: boolean): string => {
      if (format === 'text') return text(color);
      if (format === 'json') return formatJson(run, { name: pkg.name, version: pkg.version });
      return formatReport(format as ReportFormat, run, { locale, tool: { name: pkg.name, version: pkg.version }, cwd: io.cwd });
    };
    if (options.output) {
      const target = resolve(io.cwd, options.output);
      try {
        writeFileSync(target, withNewline(rendered(options.format, false)));
      } catch (e) {
        io.stderr(`pii-guard: cannot write the report to ${options.output}: ${(e as Error).message}\n`);
        return 2;
      }
      io.stdout(`${text(io.color ?? defaultColor())}\n`);
      if (!options.quiet) io.stdout(locale === 'ja' ? `レポートを ${options.output} に出力しました(${options.format})。\n` : `Report written to ${options.output} (${options.format}).\n`);
    } else {
      io.stdout(withNewline(rendered(options.format, io.color ?? defaultColor())));
    }
    return failing(run) ? 1 : 0;
  } catch (e) {
    bar?.clear();
    const err = e as Error;
    if (err instanceof BaselineError) {
      io.stderr(`pii-guard: cannot use the baseline: ${err.message}\n`);
      return 2;
    }
    if (err instanceof ConfigError || isConfigProblem(err)) {
      io.stderr(`pii-guard: ${err.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** Findings fail the run; with a baseline, only the new ones. */
export function failing(run: LintRun): boolean {
  return run.files.some((f) => f.findings.some((x) => x.baselineState !== 'unchanged'));
}

const withNewline = (s: string): string => (s.endsWith('\n') ? s : `${s}\n`);

const defaultColor = (): boolean => !!process.stdout.isTTY && !process.env.NO_COLOR;

/** ESLint wraps errors thrown while a rule loads its options ("Error while loading rule ..."). */
function isConfigProblem(err: Error): boolean {
  return /Invalid PII Guard configuration|Configuration for rule|Could not find config file|Cannot find module|ERR_MODULE_NOT_FOUND|Error while loading rule/.test(err.message);
}
