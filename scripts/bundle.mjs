#!/usr/bin/env node
/**
 * Bundles the VS Code extension into dist/: the client (dist/extension.cjs, `vscode` left external) and
 * the language server with everything it runs (dist/server.cjs: ESLint, typescript-eslint's parser,
 * TypeScript, eslint-plugin-pii-guard, vscode-languageserver). The VSIX is packed with
 * `--no-dependencies`, so nothing may be left to node_modules at run time.
 *
 *   node scripts/bundle.mjs            bundle (after `tsc -b`: the plugin is bundled from rules/dist)
 *   node scripts/bundle.mjs --minify   smaller files, unreadable stack traces
 *
 * Not minified by default: a crash stack in the output channel stays readable, start-up time is the same
 * (~0.7 s, mostly TypeScript), and the VSIX only shrinks from 2.8 to 1.8 MB. Source maps are written next to
 * the bundles for debugging and left out of the VSIX.
 *   node scripts/bundle.mjs --outdir <dir>   somewhere else than dist/ (tests)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');

/** The server entry: its TypeScript source, or tsc's output when only that exists. */
export function serverEntry() {
  for (const candidate of ['server/src/server.ts', 'server/dist/server.js']) {
    const path = join(ROOT, candidate);
    if (existsSync(path)) return path;
  }
  throw new Error('No language server entry: expected server/src/server.ts (or server/dist/server.js after tsc -b).');
}

// ESM sources become CommonJS here, where `import.meta` does not exist. `import.meta.url` is the bundle's
// own file URL (defined in the banner); see ownSourceEdits for the uses that need the source's URL.
const IMPORT_META = {
  'import.meta.url': '__piiGuardImportMetaUrl',
  'import.meta.dirname': '__dirname',
  'import.meta.filename': '__filename',
};
const BANNER = "const __piiGuardImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";

/**
 * `createRequire(import.meta.url)('../package.json')` reads a file relative to the source, which is gone once
 * bundled; as a plain `require` of the literal, esbuild inlines the JSON from where the source was.
 * (The CLI's options module for ESLint's worker threads, cli/eslint-options.js, is loaded by URL only and
 * never enters the bundle: the server lints in one thread.)
 */
const ownSourceEdits = {
  name: 'own-source-edits',
  setup(build) {
    build.onLoad({ filter: /\.(js|ts)$/ }, (args) => {
      const rel = relative(ROOT, args.path).split('\\').join('/');
      if (rel.startsWith('..') || rel.includes('node_modules')) return undefined;
      let source = readFileSync(args.path, 'utf8');
      const original = source;
      source = source.replace(/createRequire\(import\.meta\.url\)\((['"][^'"]+\.json['"])\)/g, 'require($1)');
      if (source === original) return undefined;
      return { contents: source, loader: args.path.endsWith('.ts') ? 'ts' : 'js', resolveDir: dirname(args.path) };
    });
  },
};

const COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  // Sources are kept out of the maps: they stay small and the VSIX leaves them out anyway.
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  define: IMPORT_META,
  banner: { js: BANNER },
  logOverride: {
    // TypeScript and ESLint `require()` optional modules by computed name inside try/catch (plugins,
    // source-map-support); unresolved at run time they take their fallback, which is what we want.
    'unsupported-require-call': 'silent',
    'unsupported-dynamic-import': 'silent',
  },
};

export function clientBuildOptions(overrides = {}, outdir = DIST) {
  return {
    ...COMMON,
    entryPoints: [join(ROOT, 'client/src/extension.ts')],
    outfile: join(outdir, 'extension.cjs'),
    external: ['vscode'],
    ...overrides,
  };
}

export function serverBuildOptions(overrides = {}, outdir = DIST) {
  return {
    ...COMMON,
    entryPoints: overrides.entryPoints ?? [serverEntry()],
    outfile: join(outdir, 'server.cjs'),
    // Optional: ESLint loads jiti only for eslint.config.ts files, which the server never reads.
    external: ['jiti', 'jiti/*'],
    plugins: [ownSourceEdits],
    ...overrides,
  };
}

export async function bundle({ minify = false, outdir = DIST } = {}) {
  const started = Date.now();
  const results = await Promise.all([
    esbuild.build(clientBuildOptions({ minify, metafile: true }, outdir)),
    esbuild.build(serverBuildOptions({ minify, metafile: true }, outdir)),
  ]);
  for (const result of results) {
    for (const out of Object.keys(result.metafile.outputs)) {
      if (out.endsWith('.map')) continue;
      const size = statSync(resolve(ROOT, out)).size;
      console.log(`${out}  ${(size / 1024).toFixed(0)} KB`);
    }
  }
  console.log(`bundled in ${Date.now() - started} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--outdir');
  const outdir = at === -1 ? DIST : resolve(process.argv[at + 1] ?? DIST);
  bundle({ minify: process.argv.includes('--minify'), outdir }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
