#!/usr/bin/env node
/**
 * Accuracy benchmark: lints the labelled corpus (test/accuracy/corpus/<group>/<case>) with the plugin's
 * recommended config and compares the findings with the `// expect:` markers by (file, line, rule).
 * It measures; it never gates: exit code 0 unless the script itself fails.
 *
 *   npm run bench:accuracy [-- --group express] [-- --json] [-- --verbose]
 *   node bench/accuracy.mjs --plugin ./path/to/stub.mjs   (check the benchmark itself against a stub plugin)
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseExpectMarkers, score, precision, recall } from './lib/expect-markers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.join(ROOT, 'test', 'accuracy', 'corpus');
const EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts']);
const RULES = [
  'pii-guard/no-pii-in-logs',
  'pii-guard/no-unprotected-pii-export',
  'pii-guard/no-unprotected-pii-transmission',
  'pii-guard/no-hardcoded-pii',
];
const TARGET = { precision: 0.95, recall: 0.9 };

/** A mistake in how the script was called: reported without a stack trace. */
class UsageError extends Error {}

/** Corpus groups of Japanese business platforms, reported together as `jp-platforms`. */
const JP_PLATFORM_GROUPS = ['apps-script', 'kintone', 'line', 'chat', 'japanese-names'];

/** @type {{ group?: string, json: boolean, verbose: boolean, plugin?: string, help: boolean }} */
let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      group: { type: 'string' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      plugin: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (err) {
  process.stderr.write(`bench:accuracy: ${err instanceof Error ? err.message : String(err)} (see --help)\n`);
  process.exit(1);
}

if (opts.help) {
  process.stdout.write(
    'Usage: node bench/accuracy.mjs [--group <name>] [--json] [--verbose] [--plugin <module>]\n' +
      '  --group    lint one corpus group (folder name under test/accuracy/corpus)\n' +
      '  --json     print machine-readable results\n' +
      '  --verbose  also list true positives and per-file results\n' +
      '  --plugin   module name or path of the plugin to measure (default: eslint-plugin-pii-guard)\n',
  );
  process.exit(0);
}

/** @returns {Promise<Array<{ group: string, file: string, abs: string }>>} */
async function listCases() {
  const groups = (await readdir(CORPUS, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  if (opts.group !== undefined && !groups.includes(opts.group)) {
    throw new UsageError(`unknown group "${opts.group}"; groups: ${groups.join(', ')}`);
  }
  const cases = [];
  for (const group of groups) {
    if (opts.group !== undefined && group !== opts.group) continue;
    const entries = await readdir(path.join(CORPUS, group), { withFileTypes: true });
    for (const e of entries) {
      if (!e.isFile() || !EXTENSIONS.has(path.extname(e.name))) continue;
      cases.push({ group, file: `${group}/${e.name}`, abs: path.join(CORPUS, group, e.name) });
    }
  }
  cases.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return cases;
}

/** A path (./x, ../x, /x) is resolved from the working directory; anything else is a package name. */
function pluginSpecifier() {
  const p = opts.plugin ?? 'eslint-plugin-pii-guard';
  return /^(\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(p) ? pathToFileURL(path.resolve(p)).href : p;
}

async function loadLinter() {
  // Imported late so that `--help` and corpus errors do not need a built plugin.
  const [{ ESLint }, tsParserModule, pluginModule] = await Promise.all([
    import('eslint'),
    import('@typescript-eslint/parser'),
    import(pluginSpecifier()),
  ]);
  const tsParser = tsParserModule.default ?? tsParserModule;
  const plugin = pluginModule.default ?? pluginModule;
  if (!plugin?.configs?.recommended) {
    throw new Error(`${opts.plugin ?? 'eslint-plugin-pii-guard'} has no configs.recommended (is rules/ built? run \`npm run build\`)`);
  }
  return new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      },
      plugin.configs.recommended,
    ],
    // The corpus lives under test/; nothing in it is ignored, and a stale cache would hide engine changes.
    ignore: false,
    cache: false,
  });
}

/** @param {number | null} v */
const fmt = (v) => (v === null ? '   n/a' : v.toFixed(3).padStart(6));
/** @param {number | null} v @param {number} min */
const meets = (v, min) => v === null || v >= min;

/**
 * Counts of one slice (a rule, a group) of the overall match, so slices never re-match differently.
 * @param {ReturnType<typeof score>} result
 * @param {(item: { rule: string, file?: string }) => boolean} keep
 */
function subset(result, keep) {
  const matched = result.matched.filter(keep);
  const falsePositives = result.falsePositives.filter(keep);
  const falseNegatives = result.falseNegatives.filter(keep);
  return { tp: matched.length, fp: falsePositives.length, fn: falseNegatives.length };
}

/** @param {{ tp: number, fp: number, fn: number }} s */
function withRatios(s) {
  const p = precision(s);
  const r = recall(s);
  return { ...s, precision: p, recall: r, met: meets(p, TARGET.precision) && meets(r, TARGET.recall) };
}

async function main() {
  const cases = await listCases();
  if (cases.length === 0) throw new Error(`no corpus files under ${CORPUS}`);

  /** @type {Array<{ file: string, line: number, rule: string }>} */
  const expected = [];
  /** @type {Array<{ file: string, line: number, problem: string }>} */
  const corpusProblems = [];
  /** @type {Map<string, { group: string, markers: number }>} */
  const perFile = new Map();
  for (const c of cases) {
    const text = await readFile(c.abs, 'utf8');
    const markers = parseExpectMarkers(text);
    perFile.set(c.file, { group: c.group, markers: markers.length });
    for (const m of markers) {
      if (!RULES.includes(m.rule)) {
        corpusProblems.push({ file: c.file, line: m.line, problem: `marker names unknown rule ${m.rule}` });
        continue;
      }
      expected.push({ file: c.file, line: m.line, rule: m.rule });
    }
  }

  const eslint = await loadLinter();
  const started = performance.now();
  const results = await eslint.lintFiles(cases.map((c) => c.abs));
  const elapsedMs = performance.now() - started;

  /** @type {Array<{ file: string, line: number, column: number, rule: string, message: string }>} */
  const actual = [];
  for (const r of results) {
    const file = path.relative(CORPUS, r.filePath).split(path.sep).join('/');
    for (const m of r.messages) {
      if (m.fatal || m.ruleId === null) {
        corpusProblems.push({ file, line: m.line ?? 0, problem: m.message });
        continue;
      }
      if (!RULES.includes(m.ruleId)) continue;
      actual.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
    }
  }

  const all = score(expected, actual);
  const groupOf = (/** @type {{ file?: string }} */ item) => (item.file ?? '').split('/')[0];
  const groups = [...new Set(cases.map((c) => c.group))];

  const perRule = Object.fromEntries(RULES.map((rule) => [rule, withRatios(subset(all, (i) => i.rule === rule))]));
  const perGroup = Object.fromEntries(
    groups.map((g) => {
      const files = [...perFile.values()].filter((f) => f.group === g);
      return [
        g,
        {
          files: files.length,
          clean: files.filter((f) => f.markers === 0).length,
          ...withRatios(subset(all, (i) => groupOf(i) === g)),
        },
      ];
    }),
  );
  // Japanese business platforms (Apps Script, kintone, LINE, chat tools, Japanese names) as one group too.
  const jpGroups = groups.filter((g) => JP_PLATFORM_GROUPS.includes(g));
  const jpPlatforms =
    jpGroups.length > 0
      ? {
          groups: jpGroups,
          files: [...perFile.values()].filter((f) => jpGroups.includes(f.group)).length,
          clean: [...perFile.values()].filter((f) => jpGroups.includes(f.group) && f.markers === 0).length,
          ...withRatios(subset(all, (i) => jpGroups.includes(groupOf(i)))),
        }
      : null;
  const overall = withRatios({ tp: all.tp, fp: all.fp, fn: all.fn });
  const targetsMet = overall.met && Object.values(perRule).every((r) => r.met);

  const report = {
    corpus: {
      files: cases.length,
      clean: [...perFile.values()].filter((f) => f.markers === 0).length,
      expected: expected.length,
      group: opts.group ?? null,
    },
    targets: { ...TARGET, met: targetsMet },
    elapsedMs: Math.round(elapsedMs),
    overall,
    perRule,
    perGroup,
    jpPlatforms,
    falsePositives: all.falsePositives,
    falseNegatives: all.falseNegatives,
    corpusProblems,
    ...(opts.verbose
      ? {
          truePositives: all.matched,
          perFile: cases.map((c) => ({
            file: c.file,
            expected: perFile.get(c.file)?.markers ?? 0,
            ...subset(all, (i) => i.file === c.file),
          })),
        }
      : {}),
  };

  if (opts.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  printText(report);
}

/** @param {any} report the object built in main(); plain data, printed as is */
function printText(report) {
  const out = [];
  const head = (name, width) =>
    `${name.padEnd(width)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)} ${'prec'.padStart(6)} ${'recall'.padStart(6)}`;
  const row = (name, s, width) =>
    `${name.padEnd(width)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)} ${fmt(s.precision)} ${fmt(s.recall)}${s.met ? '' : '  below target'}`;

  const c = report.corpus;
  out.push(
    `PII Guard accuracy — ${c.files} files (${c.clean} clean), ${c.expected} expected findings` +
      `${c.group ? `, group ${c.group}` : ''}, linted in ${report.elapsedMs} ms`,
    '',
  );
  out.push(head('rule', 44));
  for (const [rule, s] of Object.entries(report.perRule)) out.push(row(rule, s, 44));
  out.push('');
  out.push(`${head('group', 14)} ${'files'.padStart(5)} ${'clean'.padStart(5)}`);
  for (const [g, s] of Object.entries(report.perGroup)) {
    out.push(`${row(g, { ...s, met: true }, 14)} ${String(s.files).padStart(5)} ${String(s.clean).padStart(5)}`);
  }
  if (report.jpPlatforms) {
    const j = report.jpPlatforms;
    out.push(`${row('jp-platforms', j, 14)} ${String(j.files).padStart(5)} ${String(j.clean).padStart(5)}  (${j.groups.join(', ')})`);
  }
  out.push('');
  out.push(row('overall', report.overall, 14));
  out.push('');

  const list = (title, items) => {
    out.push(`${title} (${items.length})`);
    for (const i of items) {
      out.push(`  ${i.file}:${i.line}${i.column ? `:${i.column}` : ''}  ${i.rule}${i.message ? `  ${i.message}` : ''}`);
    }
    out.push('');
  };
  list('False positives — reported, no marker', report.falsePositives);
  list('False negatives — marker, not reported', report.falseNegatives);
  if (report.truePositives) list('True positives', report.truePositives);
  if (report.perFile) {
    out.push(`Per file (expected / TP / FP / FN)`);
    for (const f of report.perFile) {
      const mark = f.fp + f.fn > 0 ? '  <-' : '';
      out.push(`  ${f.file.padEnd(56)} ${String(f.expected).padStart(3)} ${String(f.tp).padStart(3)} ${String(f.fp).padStart(3)} ${String(f.fn).padStart(3)}${mark}`);
    }
    out.push('');
  }
  if (report.corpusProblems.length > 0) {
    out.push(`Corpus problems (${report.corpusProblems.length}) — fix these first, they distort the scores`);
    for (const p of report.corpusProblems) out.push(`  ${p.file}:${p.line}  ${p.problem}`);
    out.push('');
  }

  const t = report.targets;
  out.push(
    `Targets (precision >= ${t.precision}, recall >= ${t.recall}, per rule and overall): ${t.met ? 'MET' : 'NOT MET'}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((err) => {
  const text = err instanceof UsageError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`bench:accuracy failed: ${text}\n`);
  process.exitCode = 1;
});
