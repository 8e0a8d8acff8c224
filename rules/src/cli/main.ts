/** `pii-guard [paths...]`: zero-configuration scan with the recommended rules through ESLint's Node API. */
import { createRequire } from 'node:module';
import { ConfigError } from '../config/validate.js';
import type { PiiGuardSettings } from '../config/types.js';
import { formatJson } from '../formatters/json.js';
import { formatText } from '../formatters/text.js';
import { findConfigFile, loadConfigFile } from './config-file.js';
import { lint } from './lint.js';
import { USAGE, UsageError, parseOptions } from './options.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** Runs the CLI; resolves to the exit code (0 clean, 1 findings, 2 usage or configuration error). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`pii-guard: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  let settings: PiiGuardSettings = {};
  try {
    const file = options.piiConfig ?? findConfigFile(io.cwd);
    if (file) settings = loadConfigFile(file);
    if (options.locale) settings = { ...settings, locale: options.locale };
    if (options.minConfidence) settings = { ...settings, minConfidence: options.minConfidence };
    const run = await lint({
      cwd: io.cwd,
      paths: options.paths,
      settings,
      strict: options.strict,
      eslintConfig: options.eslintConfig,
      maxFileSize: options.maxFileSize,
    });
    const locale = settings.locale ?? 'en';
    if (options.format === 'json') io.stdout(`${formatJson(run, { tool: pkg.name, version: pkg.version })}\n`);
    else io.stdout(`${formatText(run, { locale, quiet: options.quiet, listSuppressions: options.listSuppressions })}\n`);
    return run.files.some((f) => f.findings.length > 0) ? 1 : 0;
  } catch (e) {
    const err = e as Error;
    if (err instanceof ConfigError || isConfigProblem(err)) {
      io.stderr(`pii-guard: ${err.message}\n`);
      return 2;
    }
    throw e;
  }
}

/** ESLint wraps errors thrown while a rule loads its options ("Error while loading rule ..."). */
function isConfigProblem(err: Error): boolean {
  return /Invalid PII Guard configuration|Configuration for rule|Could not find config file|Cannot find module|ERR_MODULE_NOT_FOUND|Error while loading rule/.test(err.message);
}
