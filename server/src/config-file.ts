/**
 * `pii-guard.config.json`, the project's shared configuration, read the way the CLI reads it: JSON only
 * (the server never runs workspace code, so an untrusted workspace is safe), validated by the engine.
 * Found from the document's folder upwards, stopping at the workspace folder; re-read when it changes.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validateSettings, type PiiGuardSettings } from 'eslint-plugin-pii-guard/engine';
import { isInside } from './files.js';

export const CONFIG_FILE_NAME = 'pii-guard.config.json';

export type LoadedConfig =
  | { path: string; settings: PiiGuardSettings; error?: undefined }
  | { path: string; settings?: undefined; error: string };

const cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfig }>();

/** The nearest config file from `dir` up to `stopAt` (inclusive; the file system root when null). */
export function findConfigFile(dir: string, stopAt: string | null): string | null {
  let current = resolve(dir);
  for (;;) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    if (stopAt !== null && (resolve(stopAt) === current || !isInside(stopAt, current))) return null;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Reads and validates a config file; never throws (a broken file is reported by the caller). */
export function loadConfigFile(path: string): LoadedConfig {
  let info;
  try {
    info = statSync(path);
  } catch (e) {
    return { path, error: `Cannot read ${path}: ${(e as Error).message}` };
  }
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit.loaded;
  const loaded = read(path);
  cache.set(path, { mtimeMs: info.mtimeMs, size: info.size, loaded });
  return loaded;
}

/** Drops cached contents (a watched-file event said the file changed). */
export function forgetConfigFile(path?: string): void {
  if (path) cache.delete(path);
  else cache.clear();
}

function read(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { path, error: `Cannot read ${path}: ${(e as Error).message}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { path, error: `${path} is not valid JSON: ${(e as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { path, error: `Invalid PII Guard configuration in ${path}: the file must hold a JSON object.` };
  }
  const { $schema: _schema, ...rest } = value as Record<string, unknown>;
  try {
    return { path, settings: validateSettings(rest, path) };
  } catch (e) {
    return { path, error: (e as Error).message };
  }
}
