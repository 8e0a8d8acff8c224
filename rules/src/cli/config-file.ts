/** `pii-guard.config.json`: the standalone configuration for projects that do not configure ESLint. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, validateSettings } from '../config/validate.js';
import type { PiiGuardSettings } from '../config/types.js';

export const CONFIG_FILE_NAME = 'pii-guard.config.json';

/** The nearest config file from `dir` upwards, or null. */
export function findConfigFile(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

export function loadConfigFile(path: string): PiiGuardSettings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`Cannot read ${path}: ${(e as Error).message}`, path, '');
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigError(`${path} is not valid JSON: ${(e as Error).message}`, path, '');
  }
  const { $schema: _schema, ...rest } = (value ?? {}) as Record<string, unknown>;
  return validateSettings(rest, path);
}
