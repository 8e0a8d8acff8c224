/**
 * Library code for the benchmark corpora (bench/speed.mjs, bench/cli-scale.mjs): every eligible file of
 * every package the lockfile installs at the top level. Eligible: `.js .mjs .cjs .ts .mts .cts`, not a
 * declaration file, not over 300 KB, not minified (`.min.` or a mean line over 300 characters).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const CODE_EXT = /\.(?:js|mjs|cjs|ts|mts|cts)$/;
const DECLARATION = /\.d\.[mc]?ts$/;
/** Bundles and generated tables say little about real source. */
export const MAX_FILE_BYTES = 300 * 1024;
/** Mean characters per line above which a file counts as minified. */
export const MAX_MEAN_LINE = 300;

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Lines of a text, a trailing newline not starting another. @param {string} text */
export function countLines(text) {
  if (text.length === 0) return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

/**
 * @typedef {{ pkg: string, version: string, rel: string, text: string, lines: number, bytes: number }} LibraryFile
 * @typedef {'declaration' | 'large' | 'minified'} SkipReason
 */

/**
 * The eligible files, package by package (sorted by name) and in directory order within one; callers sort
 * by the name they give the files.
 * @param {string} root repository root (where package-lock.json and node_modules are)
 * @param {{ countLines?: (text: string) => number, onSkip?: (reason: SkipReason) => void }} [options]
 * @returns {{ files: LibraryFile[], packages: number }} packages: how many contributed a file
 */
export function libraryFiles(root, { countLines: lineCount = countLines, onSkip = () => {} } = {}) {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  /** @type {LibraryFile[]} */
  const files = [];
  let packages = 0;
  // Top-level entries only: nested copies (`a/node_modules/b`) are mostly other versions of the same code.
  const entries = Object.entries(lock.packages ?? {})
    .filter(([key, info]) => /^node_modules\/(?:@[^/]+\/)?[^/]+$/.test(key) && !info.link)
    .sort(([a], [b]) => byName(a, b));
  for (const [key, info] of entries) {
    const dir = path.join(root, key);
    if (!existsSync(dir)) continue; // optional dependency for another platform
    const pkg = key.slice('node_modules/'.length);
    const before = files.length;
    /** @param {string} abs @param {string} rel */
    const walk = (abs, rel) => {
      for (const d of readdirSync(abs, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name))) {
        const childAbs = path.join(abs, d.name);
        const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
        if (d.isDirectory()) {
          if (d.name !== 'node_modules') walk(childAbs, childRel);
          continue;
        }
        if (!d.isFile() || !CODE_EXT.test(d.name)) continue;
        if (DECLARATION.test(d.name)) {
          onSkip('declaration');
          continue;
        }
        const bytes = statSync(childAbs).size;
        if (bytes > MAX_FILE_BYTES) {
          onSkip('large');
          continue;
        }
        const text = readFileSync(childAbs, 'utf8');
        const lines = lineCount(text);
        if (d.name.includes('.min.') || text.length / Math.max(lines, 1) > MAX_MEAN_LINE) {
          onSkip('minified');
          continue;
        }
        files.push({ pkg, version: info.version ?? '?', rel: childRel, text, lines, bytes });
      }
    };
    walk(dir, '');
    if (files.length > before) packages++;
  }
  return { files, packages };
}

/**
 * `cap` items spread evenly over the sorted list, so a small corpus still samples every package.
 * @template T @param {T[]} all @param {number} cap @returns {T[]}
 */
export function spread(all, cap) {
  if (all.length <= cap) return all;
  return Array.from({ length: cap }, (_, i) => all[Math.floor((i * all.length) / cap)]);
}
