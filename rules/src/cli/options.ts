/** Command-line options of `pii-guard`. */
import { parseArgs } from 'node:util';
import type { Locale } from '../findings/model.js';
import type { Confidence } from '../vocabulary/types.js';

export type OutputFormat = 'text' | 'json';

export interface CliOptions {
  paths: string[];
  format: OutputFormat;
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
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

/** Hand-written source is rarely over 2 MB; parsing cost grows faster than size past that. */
export const DEFAULT_MAX_FILE_MB = 2;

export const USAGE = `Usage: pii-guard [paths...] [options]

Finds personal data that is logged, exported or sent without encryption or masking
in JavaScript and TypeScript (.js .jsx .mjs .cjs .ts .tsx .mts .cts).

Options:
  -f, --format <text|json>    Output format (default: text)
      --locale <en|ja>        Language of messages (default: settings, then en)
  -c, --config <file>         Use this ESLint flat config instead of the built-in one
      --pii-config <file>     Use this pii-guard.config.json (default: nearest one found)
      --min-confidence <high|medium|low>
                              Report findings at or above this confidence (default: medium)
      --max-file-size <MB>    Skip files larger than this, e.g. generated bundles (default: 2; 0: no limit)
      --strict                Use the strict configuration (low-confidence findings too)
      --list-suppressions     List eslint-disable suppressions and their reasons
  -q, --quiet                 Print findings only, no summary
  -h, --help                  Show this help
  -v, --version               Show the version

Exit codes: 0 no findings, 1 findings, 2 usage or configuration error.`;

export function parseOptions(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        locale: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'pii-config': { type: 'string' },
        'min-confidence': { type: 'string' },
        'max-file-size': { type: 'string' },
        strict: { type: 'boolean' },
        'list-suppressions': { type: 'boolean' },
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
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  if (v.locale !== undefined && v.locale !== 'en' && v.locale !== 'ja') throw new UsageError(`--locale must be "en" or "ja", not "${v.locale}"`);
  const mc = v['min-confidence'];
  if (mc !== undefined && mc !== 'high' && mc !== 'medium' && mc !== 'low') {
    throw new UsageError(`--min-confidence must be "high", "medium" or "low", not "${mc}"`);
  }
  const maxMb = v['max-file-size'] === undefined ? DEFAULT_MAX_FILE_MB : Number(v['max-file-size']);
  if (!Number.isFinite(maxMb) || maxMb < 0) throw new UsageError(`--max-file-size must be a number of megabytes (0: no limit), not "${v['max-file-size']}"`);
  return {
    paths: parsed.positionals.length > 0 ? parsed.positionals : ['.'],
    maxFileSize: Math.round(maxMb * 1024 * 1024),
    format,
    locale: v.locale as Locale | undefined,
    eslintConfig: v.config,
    piiConfig: v['pii-config'],
    minConfidence: mc as Confidence | undefined,
    strict: v.strict ?? false,
    quiet: v.quiet ?? false,
    listSuppressions: v['list-suppressions'] ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}
