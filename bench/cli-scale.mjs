#!/usr/bin/env node
/**
 * CLI scale benchmark: times the `pii-guard` command on a 2,000-file tree the way CI runs it (a fresh
 * process per run, files on disk) with ESLint's options for large repositories, and checks that they
 * change nothing but the time:
 *   1. --concurrency off      one thread (the default)
 *   2. --concurrency 2        two worker threads
 *   3. --cache, cold          an empty cache (the first CI run)
 *   4. --cache, warm          the same cache again, no file changed (a re-run)
 * It measures; it never gates: exit code 0 unless the script itself fails.
 *
 *   npm run bench:cli [-- --files 2000] [-- --rounds 3] [-- --workers 2] [-- --keep] [-- --json]
 *
 * See bench/README.md ("CLI scale") for the corpus and how to read the table.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { libraryFiles, spread } from './lib/library-files.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'rules/bin/pii-guard.js');
const SAMPLES = path.join(ROOT, 'samples');

/** Copies of the sample apps mixed into the corpus: application code with findings, not only libraries. */
const SAMPLE_COPIES = 5;
/** Directory names the CLI skips by default; renamed in the corpus so that library code is linted. */
const SKIPPED_DIRS = new Set(['dist', 'build', 'coverage', 'node_modules']);

const { values: opts } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '1' },
    workers: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  process.stdout.write(
    'Usage: node bench/cli-scale.mjs [--files N] [--rounds N] [--workers N] [--keep] [--json]\n' +
      '  --files N    corpus size (default 2000): library code from node_modules plus copies of samples/\n' +
      '  --rounds N   timed runs per configuration, the median is reported (default 1)\n' +
      '  --workers N  threads for the multithreaded run (default 2)\n' +
      '  --keep       keep the corpus directory and print where it is\n' +
      '  --json       print machine-readable results on stdout\n',
  );
  process.exit(0);
}
const FILES = Number(opts.files);
const ROUNDS = Number(opts.rounds);
const WORKERS = Number(opts.workers);
for (const [name, n] of [['files', FILES], ['rounds', ROUNDS], ['workers', WORKERS]]) {
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench failed: --${name} must be a positive whole number\n`);
    process.exit(1);
  }
}
if (!existsSync(path.join(ROOT, 'rules/dist/cli/main.js'))) {
  process.stderr.write('PII Guard not built: run npm run build\n');
  process.exit(1);
}

const log = (s) => process.stderr.write(`${s}\n`);

// ---------------------------------------------------------------------------------------------- corpus

/**
 * Library files from the packages the lockfile installs (bench/lib/library-files.mjs, as bench/speed.mjs),
 * under lib/<package>/. Lines are counted with split('\n') (a trailing newline counts one more), which
 * decides the minified cut-off: kept so that the corpus stays the one bench/README.md describes.
 */
function libraryCorpus() {
  const { files } = libraryFiles(ROOT, { countLines: (text) => text.split('\n').length });
  return files
    .map((f) => ({ name: `lib/${f.pkg}/${f.rel.split('/').map((s) => (SKIPPED_DIRS.has(s) ? `_${s}` : s)).join('/')}`, text: f.text, lines: f.lines }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

function sampleFiles() {
  const out = [];
  const walk = (abs, rel) => {
    for (const d of readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const childAbs = path.join(abs, d.name);
      const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
      if (d.isDirectory()) {
        if (!SKIPPED_DIRS.has(d.name)) walk(childAbs, childRel);
      } else if (/\.(?:js|jsx|mjs|cjs|ts|tsx|mts|cts|gs)$/.test(d.name)) {
        const text = readFileSync(childAbs, 'utf8');
        out.push({ rel: childRel, text, lines: text.split('\n').length });
      }
    }
  };
  walk(SAMPLES, '');
  return out;
}

function buildCorpus() {
  const samples = sampleFiles();
  const library = libraryCorpus();
  let copies = SAMPLE_COPIES;
  while (library.length + copies * samples.length < FILES) copies++;
  const apps = [];
  for (let c = 0; c < copies && apps.length < FILES; c++) {
    for (const s of samples) apps.push({ name: `apps/copy${c}/${s.rel}`, text: s.text, lines: s.lines });
  }
  const chosen = [...apps.slice(0, FILES), ...spread(library, Math.max(0, FILES - apps.length))];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pii-guard-cli-scale-'));
  const hash = createHash('sha256');
  for (const f of chosen) {
    const file = path.join(dir, 'corpus', f.name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, f.text);
    hash.update(f.name).update('\0').update(f.text).update('\0');
  }
  return {
    dir,
    files: chosen.length,
    appFiles: Math.min(apps.length, chosen.length),
    lines: chosen.reduce((n, f) => n + f.lines, 0),
    bytes: chosen.reduce((n, f) => n + Buffer.byteLength(f.text), 0),
    sha256: hash.digest('hex').slice(0, 16),
  };
}

// ---------------------------------------------------------------------------------------------- runs

function runCli(dir, args, out) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, 'corpus', '-f', 'json', '-o', out, '-q', ...args], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`pii-guard ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const findings = report.files.flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.column} ${x.ruleId} ${x.fingerprint}`)).sort();
  return {
    ms,
    filesLinted: report.filesLinted,
    findings: findings.length,
    identity: createHash('sha256').update(findings.join('\n')).digest('hex').slice(0, 16),
    notes: r.stderr.trim(),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

log(`Building a ${FILES}-file corpus…`);
const corpus = buildCorpus();
log(`Corpus: ${corpus.files} files (${corpus.appFiles} from samples/ copies), ${corpus.lines.toLocaleString('en')} lines, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, sha256 ${corpus.sha256}`);

const cacheFile = path.join(corpus.dir, '.pii-guard-cache');
const configs = [
  { name: 'concurrency off', args: ['--concurrency', 'off'] },
  { name: `${WORKERS} workers`, args: ['--concurrency', String(WORKERS)] },
  { name: 'cache, cold', args: ['--cache', '--cache-location', cacheFile], before: () => rmSync(cacheFile, { force: true }) },
  { name: 'cache, warm', args: ['--cache', '--cache-location', cacheFile] },
];
const results = configs.map((c) => ({ ...c, times: [], runs: [] }));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, c] of results.entries()) {
      c.before?.();
      log(`round ${round + 1}/${ROUNDS}: ${c.name}…`);
      const r = runCli(corpus.dir, c.args, path.join(corpus.dir, `out-${i}.json`));
      c.times.push(r.ms);
      c.runs.push(r);
    }
  }
} finally {
  if (opts.keep) log(`Corpus kept in ${corpus.dir}`);
  else rmSync(corpus.dir, { recursive: true, force: true });
}

const base = median(results[0].times);
const reference = results[0].runs[0].identity;
const rows = results.map((c) => {
  const ms = median(c.times);
  const last = c.runs[c.runs.length - 1];
  return {
    name: c.name,
    seconds: ms / 1000,
    ratio: ms / base,
    filesLinted: last.filesLinted,
    findings: last.findings,
    same: c.runs.every((r) => r.identity === reference),
    notes: [...new Set(c.runs.map((r) => r.notes).filter(Boolean))],
  };
});

if (opts.json) {
  process.stdout.write(
    `${JSON.stringify({ machine: { node: process.version, cpu: os.cpus()[0]?.model ?? '?', cores: os.availableParallelism() }, corpus: { ...corpus, dir: undefined }, rounds: ROUNDS, rows }, null, 2)}\n`,
  );
} else {
  const out = [];
  out.push(`node ${process.version}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? '?'}), ${ROUNDS} round${ROUNDS === 1 ? '' : 's'} (median)`);
  out.push(`corpus: ${corpus.files} files, ${corpus.lines.toLocaleString('en')} lines, sha256 ${corpus.sha256}`);
  out.push('');
  out.push(`${'configuration'.padEnd(18)}${'wall s'.padStart(8)}${'vs off'.padStart(9)}${'speed-up'.padStart(10)}${'files'.padStart(7)}${'findings'.padStart(10)}  same findings`);
  for (const r of rows) {
    out.push(
      `${r.name.padEnd(18)}${r.seconds.toFixed(1).padStart(8)}${`${r.ratio.toFixed(2)}×`.padStart(9)}${`${(1 / r.ratio).toFixed(2)}×`.padStart(10)}${String(r.filesLinted).padStart(7)}${String(r.findings).padStart(10)}  ${r.same ? 'yes' : 'NO'}`,
    );
  }
  const notes = rows.flatMap((r) => r.notes.map((n) => `${r.name}: ${n}`));
  if (notes.length > 0) out.push('', ...notes);
  process.stdout.write(`${out.join('\n')}\n`);
}
