#!/usr/bin/env node
/**
 * Speed benchmark: lints a corpus of real library code (the packages the lockfile installs) three ways in
 * one process and reports each as a ratio to the parse-only floor (DESIGN.md "Speed"):
 *   1. parse only        — ESLint + @typescript-eslint/parser, no rules
 *   2. security          — eslint-plugin-security's recommended rules
 *   3. PII Guard         — eslint-plugin-pii-guard's recommended rules (target: ≤ 1.25× parse only)
 * It measures; it never gates: exit code 0 unless the script itself fails.
 *
 *   npm run bench [-- --rounds 5] [-- --files 1200] [-- --quick] [-- --interleave 50] [-- --plugin <dir>] [-- --json]
 *
 * See bench/README.md for the method and how to read the numbers.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { libraryFiles, MAX_FILE_BYTES, spread } from './lib/library-files.mjs';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), '..');

/** Default corpus cap (files). The lockfile holds ~1,700 eligible files; 1,200 keep a run at a few minutes. */
const DEFAULT_FILES = 1200;
const DEFAULT_ROUNDS = 5;
const QUICK = { files: 200, rounds: 2 };
const TARGET_RATIO = 1.25;
/** Above this spread between rounds a run is flagged as noisy. */
const NOISY_SPREAD = 0.1;
const FIRST_FINDINGS = 10;
/** Sample memory every this many files inside a timed pass: often enough to see peaks, too rare to cost. */
const MEMORY_SAMPLE_EVERY = 32;

const NOT_BUILT = 'PII Guard plugin not built: run npm run build';

// ---------------------------------------------------------------------------------------------- options

const OPTIONS = /** @type {const} */ ({
  rounds: { type: 'string' },
  files: { type: 'string' },
  quick: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  plugin: { type: 'string' },
  interleave: { type: 'string' },
  help: { type: 'boolean', default: false },
});

/** @returns {ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values']} */
function readOptions() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (err) {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)} (see --help)\n`);
    process.exit(1);
  }
}
const opts = readOptions();

if (opts.help) {
  process.stdout.write(
    'Usage: node bench/speed.mjs [--rounds N] [--files N] [--quick] [--interleave N] [--plugin P] [--json]\n' +
      `  --rounds N      timed rounds per configuration (default ${DEFAULT_ROUNDS})\n` +
      `  --files N       cap the corpus at N files, spread evenly over the sorted list (default ${DEFAULT_FILES})\n` +
      `  --quick         smoke test: ${QUICK.files} files, ${QUICK.rounds} rounds (explicit --files/--rounds win)\n` +
      '  --interleave N  run every configuration on each chunk of N files before the next chunk, instead of\n' +
      '                  whole-corpus passes: steadier ratios on a machine shared with other work\n' +
      '  --plugin P      load PII Guard from P (a built rules/ folder, or its dist/index.js) instead of\n' +
      '                  eslint-plugin-pii-guard, e.g. to compare a baseline build with the current one\n' +
      '  --json          print machine-readable results on stdout (progress goes to stderr)\n',
  );
  process.exit(0);
}

/** A bad flag: reported in one line, without a stack. */
class UsageError extends Error {}

/** @param {string | undefined} raw @param {number} fallback @param {string} flag */
function positiveInt(raw, fallback, flag) {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive integer, got "${raw}"`);
  return n;
}

// A forced GC before each timed pass keeps one configuration's garbage out of the next one's time, and
// makes "heap used after GC" meaningful. Re-spawning makes `npm run bench` work without NODE_OPTIONS.
if (typeof globalThis.gc !== 'function' && process.env.PII_GUARD_BENCH_RESPAWNED !== '1') {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', SCRIPT, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, PII_GUARD_BENCH_RESPAWNED: '1' } },
  );
  if (child.error === undefined) process.exit(child.status ?? 1);
  process.stderr.write(`could not re-spawn with --expose-gc (${child.error.message}); going on without forced GC\n`);
}

const gc = typeof globalThis.gc === 'function' ? /** @type {() => void} */ (globalThis.gc) : null;
/** Two full collections: the first can leave objects that only die once weak references are cleared. */
const forceGc = gc === null ? null : () => { gc(); gc(); };

/** Progress goes to stderr so that `--json` leaves stdout parseable. @param {string} line */
const progress = (line) => process.stderr.write(`${line}\n`);

// ESLint warns about `/* eslint-env */` comments in library code on every pass; printing that inside a
// timed pass costs time and buries the report. Other warnings are shown once.
const seenWarnings = new Set();
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (w.name === 'ESLintEnvWarning' || seenWarnings.has(w.message)) return;
  seenWarnings.add(w.message);
  progress(`warning: ${w.name}: ${w.message}`);
});

// ---------------------------------------------------------------------------------------------- corpus

/**
 * @typedef {import('./lib/library-files.mjs').LibraryFile & { filename: string }} CorpusFile
 */

/**
 * Every eligible file of every package the lockfile installs at the top level, sorted by path.
 * @returns {{ files: CorpusFile[], packages: number, skipped: { declaration: number, large: number,
 *   minified: number } }}
 */
function collectCorpus() {
  const skipped = { declaration: 0, large: 0, minified: 0 };
  const { files, packages } = libraryFiles(ROOT, { onSkip: (reason) => skipped[reason]++ });
  // A virtual name: ESLint ignores `**/node_modules/**` by default, and rules may look at the path.
  const named = files.map((f) => ({ ...f, filename: `corpus/${f.pkg}/${f.rel}` }));
  named.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
  return { files: named, packages, skipped };
}

/** @param {CorpusFile[]} files */
function describeCorpus(files) {
  /** @type {Map<string, { package: string, version: string, files: number, lines: number, bytes: number }>} */
  const byPkg = new Map();
  const hash = createHash('sha256');
  let lines = 0;
  let bytes = 0;
  let typescript = 0;
  for (const f of files) {
    lines += f.lines;
    bytes += f.bytes;
    if (/\.[mc]?ts$/.test(f.filename)) typescript++;
    hash.update(f.filename).update('\0').update(f.text).update('\0');
    const p = byPkg.get(f.pkg) ?? { package: f.pkg, version: f.version, files: 0, lines: 0, bytes: 0 };
    p.files++;
    p.lines += f.lines;
    p.bytes += f.bytes;
    byPkg.set(f.pkg, p);
  }
  const packages = [...byPkg.values()].sort((a, b) => b.lines - a.lines || (a.package < b.package ? -1 : 1));
  return { files: files.length, lines, bytes, typescriptFiles: typescript, sha256: hash.digest('hex'), packages };
}

// ---------------------------------------------------------------------------------------------- tools

/** @param {string} name */
function versionOf(name) {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

/**
 * ESLint's Linter re-normalises a plain config array on every `verify` call (and so re-validates every
 * rule's options per file), which the ESLint CLI and the language server do not do: they build one
 * FlatConfigArray and reuse it. That cost grows with the number of rules and would bias the ratios, so
 * we build the array once with ESLint's own (internal, unexported) class when we can find it.
 * @returns {null | (new (configs: unknown[], options: { basePath: string }) => { normalizeSync(): void })}
 */
function loadFlatConfigArray() {
  try {
    const require = createRequire(import.meta.url);
    const eslintDir = path.dirname(require.resolve('eslint/package.json'));
    return require(path.join(eslintDir, 'lib', 'config', 'flat-config-array.js')).FlatConfigArray ?? null;
  } catch {
    return null;
  }
}

/** @returns {Promise<{ plugin: any, error: null } | { plugin: null, error: string }>} plugin is untyped JS */
async function loadPiiGuard() {
  let specifier = 'eslint-plugin-pii-guard';
  if (opts.plugin !== undefined) {
    const abs = path.resolve(opts.plugin);
    const entry = existsSync(abs) && statSync(abs).isDirectory() ? path.join(abs, 'dist', 'index.js') : abs;
    specifier = pathToFileURL(entry).href;
  }
  try {
    const mod = await import(specifier);
    const plugin = mod.default ?? mod;
    if (plugin?.configs?.recommended) return { plugin, error: null };
    return { plugin: null, error: `${NOT_BUILT} (the build has no default export with configs.recommended)` };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const missing = /** @type {{ code?: string }} */ (err)?.code === 'ERR_MODULE_NOT_FOUND';
    return { plugin: null, error: missing ? `${NOT_BUILT} (${msg})` : `PII Guard plugin failed to load: ${msg}` };
  }
}

// ---------------------------------------------------------------------------------------------- measuring

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * @typedef {{ id: string, label: string, rulePrefix: string | null, config: unknown, error: string | null,
 *   timesMs: number[], cpuMs: number[], perFileNs: Float64Array, peakRss: number, peakHeap: number, heapAfterGc: number,
 *   messages: { total: number, fatal: number, byRule: Record<string, number>, other: number,
 *     first: Array<{ file: string, line: number, column: number, rule: string, message: string }> },
 *   timedMessageCounts: number[] }} Run
 */

/**
 * One untimed pass that keeps every message: warms the JIT and the plugins' caches, and finds files
 * that crash a rule or do not parse.
 * @param {import('eslint').Linter} linter @param {Run} run @param {CorpusFile[]} files
 * @returns {Set<CorpusFile>} files that did not parse
 */
function warmUp(linter, run, files) {
  const unparsable = new Set();
  for (const f of files) {
    let messages;
    try {
      messages = linter.verify(f.text, /** @type {any} */ (run.config), { filename: f.filename });
    } catch (err) {
      run.error = `crashed on ${f.filename}: ${err instanceof Error ? err.message : String(err)}`;
      return unparsable;
    }
    for (const m of messages) {
      run.messages.total++;
      if (m.fatal) {
        run.messages.fatal++;
        unparsable.add(f);
        continue;
      }
      if (m.ruleId === null || run.rulePrefix === null || !m.ruleId.startsWith(run.rulePrefix)) {
        // Mostly `eslint-disable` comments in library code naming rules this configuration does not load.
        run.messages.other++;
        continue;
      }
      run.messages.byRule[m.ruleId] = (run.messages.byRule[m.ruleId] ?? 0) + 1;
      if (run.messages.first.length < FIRST_FINDINGS) {
        run.messages.first.push({ file: f.filename, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return unparsable;
}

/**
 * Heap still used after a full GC, kept as the largest seen for `run`; null without --expose-gc.
 * @param {Run} run
 */
function recordHeapAfterGc(run) {
  if (forceGc === null) return null;
  forceGc();
  const used = process.memoryUsage().heapUsed;
  run.heapAfterGc = Math.max(run.heapAfterGc, used);
  return used;
}

/**
 * Times one configuration over files[from, to). Only `verify` and a cheap message count run inside the
 * clock, plus a memory sample every few files.
 * @param {import('eslint').Linter} linter @param {Run} run @param {CorpusFile[]} files
 * @param {number} from @param {number} to
 */
function timeSlice(linter, run, files, from, to) {
  const config = /** @type {any} */ (run.config);
  let count = 0;
  let peakRss = 0;
  let peakHeap = 0;
  const perFile = run.perFileNs;
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let last = start;
  for (let i = from; i < to; i++) {
    const f = files[i];
    count += linter.verify(f.text, config, { filename: f.filename }).length;
    const now = process.hrtime.bigint();
    const ns = Number(now - last);
    if (ns < perFile[i]) perFile[i] = ns;
    last = now;
    if (i % MEMORY_SAMPLE_EVERY === 0) {
      const mem = process.memoryUsage();
      if (mem.rss > peakRss) peakRss = mem.rss;
      if (mem.heapUsed > peakHeap) peakHeap = mem.heapUsed;
    }
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  const mem = process.memoryUsage();
  run.peakRss = Math.max(run.peakRss, peakRss, mem.rss);
  run.peakHeap = Math.max(run.peakHeap, peakHeap, mem.heapUsed);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, count };
}

/**
 * One round: every configuration over the whole corpus, in an order rotated by `round`.
 * Whole-corpus passes (the default): a full GC before each pass, outside the clock, keeps one
 * configuration's garbage out of the next one's time, and the GC after it measures what it kept.
 * Interleaved (`chunk` below the corpus size): each chunk goes through every configuration before the next
 * chunk, so a burst of load from other processes lands on all of them. No GC is forced between chunks:
 * forcing one every few hundred milliseconds would move most GC work out of the clock; left alone, a
 * collection falls on whichever configuration allocates enough to trigger it, roughly in proportion.
 * @param {import('eslint').Linter} linter @param {Run[]} active @param {CorpusFile[]} files
 * @param {number} round @param {number} chunk
 */
function timeRound(linter, active, files, round, chunk) {
  const totals = active.map(() => ({ ms: 0, cpuMs: 0, count: 0 }));
  const wholePasses = chunk >= files.length;
  forceGc?.();
  for (let from = 0, c = 0; from < files.length; from += chunk, c++) {
    const to = Math.min(files.length, from + chunk);
    for (let k = 0; k < active.length; k++) {
      // Rotating the order spreads drift (GC debt, caches, load) over every configuration alike.
      const index = (k + round + c) % active.length;
      const run = active[index];
      const t = timeSlice(linter, run, files, from, to);
      totals[index].ms += t.ms;
      totals[index].cpuMs += t.cpuMs;
      totals[index].count += t.count;
      if (wholePasses) recordHeapAfterGc(run);
    }
  }
  active.forEach((run, i) => {
    run.timesMs.push(totals[i].ms);
    run.cpuMs.push(totals[i].cpuMs);
    run.timedMessageCounts.push(totals[i].count);
  });
  return totals;
}

// ---------------------------------------------------------------------------------------------- output

const MB = 1024 * 1024;
/** @param {number} n */
const int = (n) => Math.round(n).toLocaleString('en-US');
/** @param {number} bytes */
const mb = (bytes) => `${(bytes / MB).toFixed(0)} MB`;
/** @param {string} s @param {number} n */
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** @param {string[][]} rows first row is the header; first column left-aligned, the rest right-aligned */
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}

/** @param {any} report plain data built in main() */
function printText(report) {
  const out = [];
  const m = report.machine;
  out.push('PII Guard speed benchmark', '');
  out.push(`Machine: node ${m.node}, ${m.cpu}, ${m.cores} cores, ${mb(m.memoryBytes)} RAM, ${m.platform}`);
  out.push(
    `Tools:   eslint ${m.eslint}, @typescript-eslint/parser ${m.parser}, eslint-plugin-security ${m.security}, ` +
      `eslint-plugin-pii-guard ${m.piiGuard}` +
      (m.piiGuardFrom === 'eslint-plugin-pii-guard' ? '' : ` from ${m.piiGuardFrom}`),
  );
  out.push('');

  const c = report.corpus;
  out.push(
    `Corpus:  ${int(c.files)} files, ${int(c.lines)} lines, ${(c.bytes / MB).toFixed(1)} MB ` +
      `(${c.typescriptFiles} TypeScript) from ${c.packages.length} packages of package-lock.json; sha256 ${c.sha256.slice(0, 12)}`,
  );
  out.push(
    `         of ${int(c.eligible)} eligible files (cap ${c.cap}, spread evenly over sorted paths); skipped ` +
      `${c.skipped.declaration} .d.ts, ${c.skipped.large} > ${MAX_FILE_BYTES / 1024} KB, ${c.skipped.minified} minified` +
      (c.unparsable.length > 0 ? `, ${c.unparsable.length} that do not parse` : ''),
  );
  const top = c.packages.slice(0, 12);
  out.push(`         largest: ${top.map((/** @type {any} */ p) => `${p.package} ${p.files}/${int(p.lines)}`).join(', ')}` +
    (c.packages.length > top.length ? `, … ${c.packages.length - top.length} more (files/lines)` : ' (files/lines)'));
  out.push('');
  out.push(
    `Method:  Linter (flat config${report.method.configArrayBuiltOnce ? ', config array built once' : ', config normalised per call'}), texts in memory, ` +
      `1 warm-up pass each, ${report.method.rounds} ${report.method.rounds === 1 ? "round" : "rounds"} in rotating order` +
      (report.method.interleaveChunk === null ? ' (whole-corpus passes), ' : `, interleaved in chunks of ${report.method.interleaveChunk} files, `) +
      (report.method.forcedGc
        ? `full GC forced before each ${report.method.interleaveChunk === null ? 'timed pass' : 'round'}`
        : 'no forced GC (--expose-gc unavailable)'),
  );
  out.push('');

  const timeRows = [
    ['time', 'median ms', 'min ms', 'spread', 'ratio', 'per round', 'ratio of mins', 'CPU ratio', 'lines/s'],
  ];
  const memoryRows = [['memory and output', 'peak RSS', 'peak heap', 'heap after GC', 'findings']];
  for (const r of report.configurations) {
    if (r.error) {
      timeRows.push([r.label, ...Array(timeRows[0].length - 1).fill('n/a')]);
      memoryRows.push([r.label, ...Array(memoryRows[0].length - 1).fill('n/a')]);
      continue;
    }
    timeRows.push([
      r.label,
      int(r.medianMs),
      int(r.minMs),
      `${(r.spread * 100).toFixed(0)}%`,
      `${r.ratio.toFixed(2)}×`,
      `${Math.min(...r.roundRatios).toFixed(2)}–${Math.max(...r.roundRatios).toFixed(2)}`,
      `${r.ratioOfMins.toFixed(2)}×`,
      `${r.cpuRatio.toFixed(2)}×`,
      int(r.linesPerSecond),
    ]);
    memoryRows.push([
      r.label,
      mb(r.peakRssBytes),
      mb(r.peakHeapBytes),
      r.heapAfterGcBytes === null ? 'n/a' : mb(r.heapAfterGcBytes),
      int(r.messages.total - r.messages.other),
    ]);
  }
  out.push(...table(timeRows));
  if (report.noisy) {
    out.push(
      `(spread = (max − min) / median over rounds; above ${NOISY_SPREAD * 100}% other processes were taking the ` +
        'CPU: trust the ratios less, compare with the CPU ratio, rerun with --interleave 50 or on a quiet machine)',
    );
  }
  out.push('');
  out.push(...table(memoryRows));
  out.push(`(heap after GC: the largest after the warm-up pass and each whole-corpus pass; baseline, corpus and warm parser loaded: ${report.baselineHeapBytes === null ? 'n/a' : mb(report.baselineHeapBytes)})`, '');

  for (const r of report.configurations) {
    if (r.error) {
      out.push(`${r.label}: ${r.error}`, '');
      continue;
    }
    if (r.id === 'parse') {
      if (r.messages.other > 0) out.push(`${r.label}: ${r.messages.other} messages from inline directives naming rules not loaded`, '');
      continue;
    }
    const rules = Object.entries(r.messages.byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.push(`${r.label}: ${int(r.messages.total - r.messages.other)} findings` +
      (r.messages.other > 0 ? ` (+${r.messages.other} about inline directives, not counted)` : ''));
    for (const [rule, n] of rules) out.push(`  ${String(n).padStart(7)}  ${rule}`);
    if (r.id === 'pii-guard') {
      out.push(`  first ${r.messages.first.length} findings (library code has no personal data: each is a precision question):`);
      for (const f of r.messages.first) out.push(`    ${f.file}:${f.line}:${f.column}  ${f.rule}  ${clip(f.message.replace(/\s+/g, ' '), 160)}`);
    }
    if (!r.messagesStable) out.push('  warning: message counts differed between passes (a rule is not deterministic)');
    out.push('');
  }

  if (report.slowestFiles.length > 0) {
    out.push('Files where PII Guard adds most time over parse only (best of rounds):');
    for (const f of report.slowestFiles) {
      out.push(`  +${f.extraMs.toFixed(1).padStart(7)} ms  (parse ${f.parseMs.toFixed(1)} ms, ${int(f.lines)} lines)  ${f.file}`);
    }
    out.push('');
  }

  const pii = report.configurations.find((/** @type {any} */ r) => r.id === 'pii-guard');
  if (pii?.error) out.push(`Target (PII Guard ≤ ${TARGET_RATIO}× parse only): not measured — ${pii.error}`);
  else if (pii) {
    out.push(
      `Target (PII Guard ≤ ${TARGET_RATIO}× parse only): ${pii.ratio.toFixed(2)}× — ${report.target.met ? 'MET' : 'NOT MET'}` +
        (report.noisy ? ` (noisy run; CPU-time ratio ${pii.cpuRatio.toFixed(2)}×)` : ''),
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const rounds = positiveInt(opts.rounds, opts.quick ? QUICK.rounds : DEFAULT_ROUNDS, '--rounds');
  const cap = positiveInt(opts.files, opts.quick ? QUICK.files : DEFAULT_FILES, '--files');
  const interleave = opts.interleave === undefined ? null : positiveInt(opts.interleave, 0, '--interleave');

  progress('reading corpus…');
  const all = collectCorpus();
  let files = spread(all.files, cap);

  const [{ Linter }, parserModule, securityModule, piiGuard] = await Promise.all([
    import('eslint'),
    import('@typescript-eslint/parser'),
    import('eslint-plugin-security'),
    loadPiiGuard(),
  ]);
  const tsParser = parserModule.default ?? parserModule;
  const security = securityModule.default ?? securityModule;
  if (piiGuard.error) progress(piiGuard.error);

  // The same parser setup as bench/accuracy.mjs and the README; sourceType comes from ESLint's defaults
  // (module, commonjs for .cjs). Unused-directive reports are off: they are about the library, not the rules.
  const base = {
    name: 'bench/parser',
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  };
  const FlatConfigArray = loadFlatConfigArray();
  /** @param {unknown[]} configs */
  const prepare = (configs) => {
    if (FlatConfigArray === null) return configs;
    const array = new FlatConfigArray(configs, { basePath: ROOT });
    array.normalizeSync();
    return array;
  };

  /** @type {Run[]} */
  const runs = [];
  /** @param {string} id @param {string} label @param {string | null} rulePrefix @param {unknown[] | null} configs @param {string | null} error */
  const addRun = (id, label, rulePrefix, configs, error) =>
    runs.push({
      id,
      label,
      rulePrefix,
      config: configs === null ? null : prepare(configs),
      error,
      timesMs: [],
      cpuMs: [],
      perFileNs: new Float64Array(0),
      peakRss: 0,
      peakHeap: 0,
      heapAfterGc: 0,
      messages: { total: 0, fatal: 0, byRule: {}, other: 0, first: [] },
      timedMessageCounts: [],
    });
  addRun('parse', 'parse only', null, [base], null);
  addRun('security', 'eslint-plugin-security', 'security/', [base, security.configs.recommended], null);
  addRun(
    'pii-guard',
    'PII Guard',
    'pii-guard/',
    piiGuard.plugin ? [base, piiGuard.plugin.configs.recommended] : null,
    piiGuard.error,
  );

  const linter = new Linter({ configType: 'flat', cwd: ROOT });

  // Warm-up, parse only first: files that do not parse would time an error path, so they leave the corpus.
  progress(`warming up: parse only (${files.length} files)…`);
  const unparsable = warmUp(linter, runs[0], files);
  if (runs[0].error) throw new Error(`parse only ${runs[0].error}`);
  if (unparsable.size > 0) {
    files = files.filter((f) => !unparsable.has(f));
    runs[0].messages = { total: 0, fatal: 0, byRule: {}, other: 0, first: [] };
    warmUp(linter, runs[0], files);
  }
  // The floor for "heap after GC": corpus in memory, parser loaded and warm, no rules.
  const baselineHeap = recordHeapAfterGc(runs[0]);
  for (const run of runs.slice(1)) {
    if (run.error) continue;
    progress(`warming up: ${run.label}…`);
    warmUp(linter, run, files);
    if (run.error) progress(`${run.label}: ${run.error}`);
    else recordHeapAfterGc(run);
  }

  const corpus = {
    ...describeCorpus(files),
    eligible: all.files.length,
    cap,
    skipped: all.skipped,
    unparsable: [...unparsable].map((f) => f.filename),
  };
  progress(`corpus: ${int(corpus.files)} files, ${int(corpus.lines)} lines, ${int(corpus.bytes)} bytes`);


  const active = runs.filter((r) => !r.error);
  for (const r of active) r.perFileNs = new Float64Array(files.length).fill(Infinity);
  const chunk = interleave ?? files.length;
  for (let round = 0; round < rounds; round++) {
    const totals = timeRound(linter, active, files, round, chunk);
    progress(
      `round ${round + 1}/${rounds}  ` + active.map((run, i) => `${run.label} ${int(totals[i].ms)} ms`).join(', '),
    );
  }

  const parse = runs[0];
  const parseMedian = median(parse.timesMs);
  const configurations = runs.map((r) => {
    if (r.error) return { id: r.id, label: r.label, error: r.error };
    const medianMs = median(r.timesMs);
    const minMs = Math.min(...r.timesMs);
    return {
      id: r.id,
      label: r.label,
      error: null,
      timesMs: r.timesMs.map((t) => Math.round(t * 10) / 10),
      medianMs,
      minMs,
      spread: (Math.max(...r.timesMs) - minMs) / medianMs,
      ratio: medianMs / parseMedian,
      ratioOfMins: minMs / Math.min(...parse.timesMs),
      // The rounds pair the configurations in time, so a round's own ratio shows how steady the ratio is.
      roundRatios: r.timesMs.map((t, i) => Math.round((t / parse.timesMs[i]) * 1000) / 1000),
      cpuTimesMs: r.cpuMs.map((t) => Math.round(t * 10) / 10),
      cpuMedianMs: median(r.cpuMs),
      cpuRatio: median(r.cpuMs) / median(parse.cpuMs),
      linesPerSecond: corpus.lines / (medianMs / 1000),
      peakRssBytes: r.peakRss,
      peakHeapBytes: r.peakHeap,
      heapAfterGcBytes: forceGc ? r.heapAfterGc : null,
      messages: r.messages,
      messagesStable: r.timedMessageCounts.every((n) => n === r.messages.total),
    };
  });

  const pii = runs.find((r) => r.id === 'pii-guard');
  const slowestFiles =
    pii && !pii.error
      ? files
          .map((f, i) => ({
            file: f.filename,
            lines: f.lines,
            parseMs: parse.perFileNs[i] / 1e6,
            extraMs: (pii.perFileNs[i] - parse.perFileNs[i]) / 1e6,
          }))
          .sort((a, b) => b.extraMs - a.extraMs)
          .slice(0, 5)
      : [];
  const piiResult = configurations.find((c) => c.id === 'pii-guard');

  const report = {
    machine: {
      node: process.version,
      cpu: os.cpus()[0]?.model ?? 'unknown CPU',
      cores: os.availableParallelism?.() ?? os.cpus().length,
      memoryBytes: os.totalmem(),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      eslint: versionOf('eslint'),
      parser: versionOf('@typescript-eslint/parser'),
      security: versionOf('eslint-plugin-security'),
      piiGuard: piiGuard.plugin?.meta?.version ?? versionOf('eslint-plugin-pii-guard'),
      piiGuardFrom: opts.plugin === undefined ? 'eslint-plugin-pii-guard' : path.resolve(opts.plugin),
    },
    corpus,
    method: {
      rounds,
      warmUpPasses: 1,
      rotatingOrder: true,
      interleaveChunk: interleave,
      forcedGc: forceGc !== null,
      configArrayBuiltOnce: FlatConfigArray !== null,
    },
    baselineHeapBytes: baselineHeap,
    configurations,
    noisy: configurations.some((c) => !c.error && /** @type {number} */ (c.spread) > NOISY_SPREAD),
    slowestFiles,
    target: {
      ratio: TARGET_RATIO,
      measured: piiResult && !piiResult.error ? piiResult.ratio : null,
      met: piiResult && !piiResult.error ? /** @type {number} */ (piiResult.ratio) <= TARGET_RATIO : null,
      error: piiResult?.error ?? null,
    },
  };

  if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printText(report);
}

main().catch((err) => {
  const detail = err instanceof UsageError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`bench failed: ${detail}\n`);
  process.exitCode = 1;
});
