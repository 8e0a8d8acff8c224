#!/usr/bin/env node
/**
 * Packs the extension into pii-guard-<version>.vsix, offline, from the bundles in dist/
 * (run `npm run package`, which builds and bundles first).
 *
 *   node scripts/package.mjs [--dist <bundles dir>] [--out <file.vsix>]
 *
 * vsce runs in a staging folder that holds only the shipped files, so it never walks the repository
 * (node_modules, the editor e2e harness with its own node_modules, benchmark corpora): packing stays
 * fast, and what ships is this list, not whatever lies around. `.vscodeignore` gives the same set when
 * vsce is run at the root by hand.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Staged path → source path (relative to the root unless absolute). */
export function shippedFiles(dist = join(ROOT, 'dist')) {
  const files = new Map([
    ['package.json', 'package.json'],
    // The extension's own page, not the repository's README (whose relative links vsce rejects).
    ['README.md', 'client/README.md'],
    ['LICENSE', 'LICENSE'],
    ['dist/extension.cjs', join(dist, 'extension.cjs')],
    ['dist/server.cjs', join(dist, 'server.cjs')],
  ]);
  const add = (folder, pattern) => {
    const dir = join(ROOT, folder);
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      if (pattern.test(name)) files.set(folder ? `${folder}/${name}` : name, folder ? `${folder}/${name}` : name);
    }
  };
  add('', /^package\.nls(\.[\w-]+)?\.json$/);
  add('l10n', /^bundle\.l10n(\.[\w-]+)?\.json$/);
  add('media', /\.(svg|png)$/);
  return files;
}

function arg(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

export function packageVsix({ dist = join(ROOT, 'dist'), out } = {}) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const target = resolve(out ?? join(ROOT, `${manifest.name}-${manifest.version}.vsix`));
  const files = shippedFiles(dist);
  for (const [staged, source] of files) {
    if (!existsSync(resolve(ROOT, source))) {
      throw new Error(`Cannot package: ${source} is missing (for ${staged}). Run \`npm run build\` first.`);
    }
  }

  const staging = mkdtempSync(join(tmpdir(), 'pii-guard-vsix-'));
  try {
    for (const [staged, source] of files) {
      mkdirSync(dirname(join(staging, staged)), { recursive: true });
      copyFileSync(resolve(ROOT, source), join(staging, staged));
    }
    // Everything staged ships; the file only tells vsce so (it is never packed itself).
    writeFileSync(join(staging, '.vscodeignore'), '# Staged by scripts/package.mjs: every file here ships.\n');
    const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
    const started = Date.now();
    // --no-dependencies: everything runs from the bundles. --allow-missing-repository: never prompt.
    const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', target], {
      cwd: staging,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.status !== 0) {
      throw new Error(`vsce package failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
    }
    // vsce's own warnings (a missing field, a large file) are worth seeing; its success line is not.
    for (const line of `${result.stdout}${result.stderr}`.split('\n')) if (/WARNING|warn/i.test(line)) console.warn(line);
    const size = statSync(target).size;
    console.log(`${target}  ${(size / 1024).toFixed(0)} KB, ${files.size} files, packed in ${Date.now() - started} ms`);
    return target;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    packageVsix({ dist: arg('--dist') ? resolve(arg('--dist')) : undefined, out: arg('--out') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
