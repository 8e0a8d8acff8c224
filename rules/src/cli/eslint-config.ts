/**
 * The flat config `pii-guard` lints with: the built-in recommended (or strict) setup, or the user's own
 * ESLint config, plus component parsers found next to PII Guard and the progress probe.
 * Built from plain, cloneable parameters so that ESLint's worker threads can build the same config.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { ESLint, Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../index.js';
import type { PiiGuardSettings } from '../config/types.js';
import { progressPlugin } from './progress-probe.js';

/** JavaScript and TypeScript, parsed by typescript-eslint's parser. */
export const SCRIPT_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'] as const;
/** Google Apps Script sources as stored by clasp: JavaScript (V8), one global scope per project. */
export const APPS_SCRIPT_EXTENSION = 'gs';
export const LINTED_FILES = [`**/*.{${SCRIPT_EXTENSIONS.join(',')}}`];
export const APPS_SCRIPT_FILES = [`**/*.${APPS_SCRIPT_EXTENSION}`];
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/coverage/**', '**/*.min.js', '**/.git/**'];

export type ConfigArray = Linter.Config[];
export type Concurrency = number | 'auto' | 'off';

const presetOf = (strict: boolean): Linter.Config => (strict ? plugin.configs.strict : plugin.configs.recommended) as Linter.Config;

/** Single-file components: checked when their parser is installed next to PII Guard. */
export const COMPONENT_PARSERS = [
  { extension: '.vue', parser: 'vue-eslint-parser', files: ['**/*.vue'] },
  { extension: '.svelte', parser: 'svelte-eslint-parser', files: ['**/*.svelte'] },
] as const;

export async function optionalParser(name: string): Promise<Linter.Parser | null> {
  try {
    const mod = (await import(name)) as { default?: Linter.Parser } & Linter.Parser;
    return mod.default ?? mod;
  } catch {
    return null;
  }
}

/** Everything that decides the config; JSON only (it travels to worker threads in a URL). */
export interface ConfigParams {
  cwd: string;
  settings: PiiGuardSettings;
  strict: boolean;
  /** The user's ESLint flat config file (relative to cwd or absolute) instead of the built-in one. */
  eslintConfig?: string;
  /** Component extensions (`.vue`) whose parser is installed and that occur in the scanned paths. */
  components: string[];
  /** Files (relative to cwd) left out as larger than the size limit. */
  ignored: string[];
  /** The day suppressions' expiry is judged by (part of the config so cached results are per day). */
  day: string;
}

/** The built-in flat config: every JS/TS file parsed by typescript-eslint's parser, PII Guard's rules. */
export function builtInConfig(settings: PiiGuardSettings, strict: boolean): ConfigArray {
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
    { files: [...LINTED_FILES, ...APPS_SCRIPT_FILES], ...presetOf(strict) },
    { settings: { piiGuard: settings } },
  ];
}

async function userConfig(path: string, settings: PiiGuardSettings): Promise<ConfigArray> {
  const mod = (await import(pathToFileURL(path).href)) as { default: Linter.Config | Linter.Config[] };
  const base = Array.isArray(mod.default) ? mod.default : [mod.default];
  return Object.keys(settings).length > 0 ? [...base, { settings: { piiGuard: settings } }] : base;
}

/** The config the files are linted with (`lint` keeps `base` to read the full findings again). */
export async function buildConfig(p: ConfigParams): Promise<{ base: ConfigArray; full: ConfigArray }> {
  const base = p.eslintConfig ? await userConfig(resolve(p.cwd, p.eslintConfig), p.settings) : builtInConfig(p.settings, p.strict);
  const extra: ConfigArray = [];
  const preset = presetOf(p.strict);
  for (const c of COMPONENT_PARSERS) {
    if (!p.components.includes(c.extension)) continue;
    const parser = await optionalParser(c.parser);
    if (!parser) continue;
    extra.push(
      { files: [...c.files], languageOptions: { parser, parserOptions: { parser: tsParser, extraFileExtensions: [c.extension], sourceType: 'module' } } },
      { files: [...c.files], ...preset },
    );
  }
  if (p.ignored.length > 0) extra.push({ ignores: p.ignored });
  const full = [...base, ...extra, { plugins: { 'pii-guard-cli': progressPlugin }, rules: { 'pii-guard-cli/progress': ['error', { day: p.day }] } } as Linter.Config];
  return { base: [...base, ...extra], full };
}

/** Everything ESLint needs besides the config; JSON only. */
export interface OptionsParams extends ConfigParams {
  concurrency: Concurrency;
  cache: boolean;
  cacheLocation?: string;
}

const PARAM = 'p';

/**
 * The URL of the options module (eslint-options.js) with the parameters in its query: worker threads
 * import it and build the same config. Only used with concurrency: the module has a top-level await,
 * which bundles for CommonJS (the language server) cannot hold, so nothing imports it statically.
 */
export function optionsModuleUrl(params: OptionsParams): URL {
  const url = new URL('./eslint-options.js', import.meta.url);
  url.searchParams.set(PARAM, Buffer.from(JSON.stringify(params)).toString('base64url'));
  return url;
}

/** The parameters in an options module URL, or null. */
export function paramsFromUrl(url: string): OptionsParams | null {
  const encoded = new URL(url).searchParams.get(PARAM);
  return encoded ? (JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as OptionsParams) : null;
}

export function eslintOptions(params: OptionsParams, config: ESLint.Options['overrideConfig']): ESLint.Options {
  return {
    cwd: params.cwd,
    overrideConfigFile: true,
    overrideConfig: config,
    errorOnUnmatchedPattern: false,
    concurrency: params.concurrency,
    cache: params.cache,
    ...(params.cacheLocation ? { cacheLocation: params.cacheLocation } : {}),
    cacheStrategy: 'content',
  };
}

/**
 * Offers process warnings to `take` (with the `type` emitWarning was given); those it takes are not
 * emitted. Returns the function that puts emitWarning back.
 */
export function interceptWarnings(take: (message: string, type: string | undefined) => boolean): () => void {
  const original = process.emitWarning;
  process.emitWarning = function (warning: string | Error, ...rest: unknown[]): void {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (take(typeof warning === 'string' ? warning : warning.message, type)) return;
    (original as (...a: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  return () => {
    process.emitWarning = original;
  };
}
