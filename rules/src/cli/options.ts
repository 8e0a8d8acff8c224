/** Command-line options of `pii-guard`. */
import { parseArgs } from 'node:util';
import type { Locale } from '../findings/model.js';
import type { Confidence } from '../vocabulary/types.js';
import { DEFAULT_BASELINE_FILE } from '../report/baseline.js';
import { isCalendarDay } from '../report/suppression-reason.js';
import type { ReportFormat } from '../formatters/index.js';
import { APPS_SCRIPT_EXTENSION, SCRIPT_EXTENSIONS, type Concurrency } from './eslint-config.js';
import { DEFAULT_CACHE_LOCATION } from './lint.js';

/** Formats `--format` always accepts; the reviewer formats (sarif, markdown, html) come from formatters/index.ts. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json'];
export type OutputFormat = 'text' | 'json' | ReportFormat;

export interface CliOptions {
  paths: string[];
  format: OutputFormat;
  /** Write the report in `format` to this file; stdout then gets the text report. */
  output?: string;
  locale?: Locale;
  /** An ESLint flat config file to use instead of the built-in recommended setup. */
  eslintConfig?: string;
  /** A `pii-guard.config.json` (default: the nearest one from the working directory up). */
  piiConfig?: string;
  minConfidence?: Confidence;
  /** Files larger than this many bytes are skipped (generated or bundled code); 0 checks everything. */
  maxFileSize: number;
  strict: boolean;
  quiet: boolean;
  /** List eslint-disable suppressions of PII Guard rules with their reasons. */
  listSuppressions: boolean;
  /** Compare with this baseline: only findings not in it are reported and fail the run. */
  baseline?: string;
  /** Record the current findings in this baseline file. */
  writeBaseline?: string;
  concurrency: Concurrency;
  cache: boolean;
  cacheLocation?: string;
  /** The day suppressions' `until` dates are judged by (YYYY-MM-DD). */
  today?: string;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

/** Hand-written source is rarely over 2 MB; parsing cost grows faster than size past that. */
export const DEFAULT_MAX_FILE_MB = 2;

export function usage(formats: readonly string[] = OUTPUT_FORMATS): string {
  return `Usage: pii-guard [paths...] [options]

Finds personal data that is logged, exported or sent without encryption or masking
in JavaScript and TypeScript (${[...SCRIPT_EXTENSIONS, APPS_SCRIPT_EXTENSION].map((e) => `.${e}`).join(' ')}).

Output:
  -f, --format <${formats.join('|')}>
                              Report format (default: text)
  -o, --output <file>         Write the report to this file; the text report still goes to stdout
      --locale <en|ja>        Language of messages (default: settings, then en)
  -q, --quiet                 Print findings only: no summary, no progress bar
      --list-suppressions     List eslint-disable suppressions with reason, author and expiry

Configuration:
  -c, --config <file>         Use this ESLint flat config instead of the built-in one
      --pii-config <file>     Use this pii-guard.config.json (default: nearest one found)
      --min-confidence <high|medium|low>
                              Report findings at or above this confidence (default: medium)
      --strict                Use the strict configuration (low-confidence findings too)
      --max-file-size <MB>    Skip files larger than this, e.g. generated bundles (default: 2; 0: no limit)
      --today <YYYY-MM-DD>    Judge suppressions' "until" dates by this day (default: PII_GUARD_TODAY or today)

Baseline:
      --write-baseline [file] Record the current findings (default file: ${DEFAULT_BASELINE_FILE}) and exit 0
      --baseline <file>       Report and fail only on findings that are not in the baseline

Speed:
      --concurrency <n|auto|off>
                              Lint in n worker threads, or as many as pay off (default: off)
      --cache                 Keep results of unchanged files between runs (content-based)
      --cache-location <path> Cache file or directory (default: ${DEFAULT_CACHE_LOCATION})

  -h, --help                  Show this help
  -v, --version               Show the version

Exit codes: 0 no findings, 1 findings, 2 usage or configuration error.
With --baseline, 1 means findings that are not in the baseline; --write-baseline exits 0.`;
}

export const USAGE = usage();

/** `--write-baseline` takes an optional file: the next argument when it names a .json file. */
function normaliseArgs(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--write-baseline') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('-') && /\.json$/i.test(next)) {
        out.push(`--write-baseline=${next}`);
        i++;
      } else {
        out.push(`--write-baseline=${DEFAULT_BASELINE_FILE}`);
      }
    } else {
      out.push(a);
    }
  }
  return out;
}

export function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value === 'off') return 'off';
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency must be a positive whole number, "auto" or "off", not "${value}"`);
  return n === 1 ? 'off' : n;
}

export function parseOptions(argv: readonly string[], formats: readonly OutputFormat[] = OUTPUT_FORMATS): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: normaliseArgs(argv),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        locale: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'pii-config': { type: 'string' },
        'min-confidence': { type: 'string' },
        'max-file-size': { type: 'string' },
        strict: { type: 'boolean' },
        'list-suppressions': { type: 'boolean' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        concurrency: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        today: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const format = v.format ?? 'text';
  if (!(formats as readonly string[]).includes(format)) {
    const list = formats.map((f) => `"${f}"`);
    throw new UsageError(`--format must be ${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}, not "${format}"`);
  }
  if (v.locale !== undefined && v.locale !== 'en' && v.locale !== 'ja') throw new UsageError(`--locale must be "en" or "ja", not "${v.locale}"`);
  const mc = v['min-confidence'];
  if (mc !== undefined && mc !== 'high' && mc !== 'medium' && mc !== 'low') {
    throw new UsageError(`--min-confidence must be "high", "medium" or "low", not "${mc}"`);
  }
  const maxMb = v['max-file-size'] === undefined ? DEFAULT_MAX_FILE_MB : Number(v['max-file-size']);
  if (!Number.isFinite(maxMb) || maxMb < 0) throw new UsageError(`--max-file-size must be a number of megabytes (0: no limit), not "${v['max-file-size']}"`);
  if (v.baseline !== undefined && v['write-baseline'] !== undefined) {
    throw new UsageError('--baseline and --write-baseline cannot be combined: --write-baseline records all current findings anew');
  }
  if (v.output === '') throw new UsageError('--output needs a file name');
  if (v.today !== undefined && !isCalendarDay(v.today)) throw new UsageError(`--today must be a calendar day as YYYY-MM-DD, not "${v.today}"`);
  if (v['cache-location'] !== undefined && !v.cache) throw new UsageError('--cache-location needs --cache');
  return {
    paths: parsed.positionals.length > 0 ? parsed.positionals : ['.'],
    maxFileSize: Math.round(maxMb * 1024 * 1024),
    format: format as OutputFormat,
    output: v.output,
    locale: v.locale as Locale | undefined,
    eslintConfig: v.config,
    piiConfig: v['pii-config'],
    minConfidence: mc as Confidence | undefined,
    strict: v.strict ?? false,
    quiet: v.quiet ?? false,
    listSuppressions: v['list-suppressions'] ?? false,
    baseline: v.baseline,
    writeBaseline: v['write-baseline'],
    concurrency: parseConcurrency(v.concurrency),
    cache: v.cache ?? false,
    cacheLocation: v['cache-location'],
    today: v.today,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}
