/**
 * ESLint results → report model, as an ESLint formatter sees them in a plain `eslint` run: linted in worker
 * threads or read from the cache, with the user's own config. The report must be the one `pii-guard`
 * makes in-process: same findings, same models, same fingerprints. Uses the built package (rules/dist),
 * as ESLint loads the plugin from there through the project's config file; the plain `eslint` runs are
 * real `eslint` processes with a formatter that builds the report model.
 */
process.env.PII_GUARD_TODAY = '2025-06-01';

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../rules/dist/report/index.js';
import type { LintRun } from '../../rules/dist/report/index.js';
import { REPO } from '../helpers/run-cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pii-guard-from-eslint-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const PLUGIN = pathToFileURL(join(REPO, 'rules/dist/index.js')).href;
const PARSER = pathToFileURL(join(REPO, 'node_modules/@typescript-eslint/parser/dist/index.js')).href;
const CONFIG = `import plugin from '${PLUGIN}';
import * as parser from '${PARSER}';
export default [
  { files: ['**/*.ts'], languageOptions: { parser } },
  { files: ['**/*.ts'], ...plugin.configs.recommended },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
];
`;

const SIGNUP = `import pino from 'pino';
const logger = pino();
export function signup(user: { id: string; email: string; phone: string }) {
  logger.info({ email: user.email }, 'signup');
  // eslint-disable-next-line pii-guard/no-pii-in-logs -- masked by the log pipeline (SEC-12) until 2025-03-31
  logger.warn({ phone: user.phone }, 'signup');
  // eslint-disable-next-line pii-guard/no-pii-in-logs -- audit log approved in SEC-40 @sato
  logger.info({ email: user.email, step: 2 }, 'audit');
}
`;

const ESLINT_BIN = join(REPO, 'node_modules/eslint/bin/eslint.js');
const REPORT = pathToFileURL(join(REPO, 'rules/dist/report/index.js')).href;
// Prints the same summary as \`summary\` below, from inside ESLint.
const FORMATTER = `import { reportFromEslintResults } from '${REPORT}';
export default async function (results, context) {
  const run = await reportFromEslintResults(results, { cwd: context.cwd });
  return JSON.stringify(run.files.map((f) => ({
    filePath: f.filePath,
    findings: f.findings.map((x) => ({ ruleId: x.ruleId, line: x.line, column: x.column, text: x.text, fingerprint: x.fingerprint, requirements: x.requirements, kinds: x.data.map((d) => d.kind) })),
    suppressions: f.suppressions.map((s) => ({ ruleId: s.ruleId, line: s.line, reason: s.reason, author: s.author, until: s.until, expired: s.expired, fingerprint: s.finding?.fingerprint })),
  })));
}
`;

function files(n: number): Record<string, string> {
  const out: Record<string, string> = { 'eslint.config.mjs': CONFIG, 'report-model.mjs': FORMATTER, 'src/signup.ts': SIGNUP };
  // Enough clean files for ESLint to spread the work over both threads.
  for (let i = 0; i < n; i++) out[`src/util/u${i}.ts`] = `export const add${i} = (a: number, b: number): number => a + b + ${i};\n`;
  out['src/notify.ts'] = "export const notify = (c: { email: string }) => fetch('http://api.example.com/n?email=' + c.email);\n";
  return out;
}

const summary = (run: LintRun): unknown =>
  run.files.map((f) => ({
    filePath: f.filePath,
    findings: f.findings.map((x) => ({ ruleId: x.ruleId, line: x.line, column: x.column, text: x.text, fingerprint: x.fingerprint, requirements: x.requirements, kinds: x.data.map((d) => d.kind) })),
    suppressions: f.suppressions.map((s) => ({ ruleId: s.ruleId, line: s.line, reason: s.reason, author: s.author, until: s.until, expired: s.expired, fingerprint: s.finding?.fingerprint })),
  }));

describe('reportFromEslintResults in a plain eslint run', async () => {
  const dir = project(files(12));
  const reference = await lint({ cwd: dir, paths: ['src'], settings: {}, strict: false, eslintConfig: 'eslint.config.mjs', blame: false });

  it('the reference run has the findings, the expired suppression and the accountable one', () => {
    expect(reference.filesLinted).toBe(14);
    expect(reference.files.flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.column} ${x.ruleId}`))).toEqual([
      'src/notify.ts:1:49 pii-guard/no-unprotected-pii-transmission',
      'src/signup.ts:4:3 pii-guard/no-pii-in-logs',
      'src/signup.ts:6:3 pii-guard/require-suppression-reason',
    ]);
    const [signup] = reference.files.filter((f) => f.filePath === 'src/signup.ts');
    expect(signup!.suppressions.map((s) => [s.line, s.reason, s.author, s.until, s.expired])).toEqual([
      [6, 'masked by the log pipeline (SEC-12)', undefined, '2025-03-31', true],
      [8, 'audit log approved in SEC-40', 'sato', undefined, false],
    ]);
  });

  /** `eslint` itself, with a formatter that builds the report model, in its own process (as users run it). */
  const eslintWithFormatter = (...args: string[]): unknown => {
    const r = spawnSync(process.execPath, [ESLINT_BIN, '-f', './report-model.mjs', ...args, 'src'], { cwd: dir, encoding: 'utf8' });
    // 1: ESLint found problems (the findings); stderr holds at most ESLint's hint that two threads are not worth it here
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l && !/ESLintPoorConcurrencyWarning|--trace-warnings/.test(l))).toEqual([]);
    return JSON.parse(r.stdout);
  };

  it('gives the same report from two worker threads (analyses made elsewhere: the files with findings are linted again)', () => {
    expect(eslintWithFormatter('--concurrency', '2')).toEqual(summary(reference));
  });

  it('gives the same report from ESLint cache hits', () => {
    const cache = ['--cache', '--cache-strategy', 'content', '--cache-location', join(dir, '.eslintcache')];
    expect(eslintWithFormatter(...cache)).toEqual(summary(reference));
    expect(eslintWithFormatter(...cache)).toEqual(summary(reference));
  });
});

describe('reportFromEslintResults with rules configured apart', () => {
  it('finds the model behind each message when rules run with different PII Guard settings', () => {
    // no-pii-in-logs knows `kkm` as an e-mail address, the other rules do not: two analyses of one file.
    const config = CONFIG.replace(
      "  { linterOptions: { reportUnusedDisableDirectives: 'off' } },",
      "  { rules: { 'pii-guard/no-pii-in-logs': ['error', { names: { extra: { kkm: 'email' } } }] } },",
    );
    const dir = project({
      'eslint.config.mjs': config,
      'report-model.mjs': FORMATTER,
      'src/a.ts': "export function f(kkm: string) {\n  console.log(kkm);\n}\nexport const owner = 'tanaka.hiroshi@gmail.com';\n",
    });
    const r = spawnSync(process.execPath, [ESLINT_BIN, '-f', './report-model.mjs', 'src'], { cwd: dir, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([1, '']);
    const files = JSON.parse(r.stdout) as Array<{ findings: Array<{ ruleId: string; line: number; kinds: string[] }> }>;
    expect(files[0]!.findings.map((f) => [f.ruleId, f.line, f.kinds])).toEqual([
      ['pii-guard/no-pii-in-logs', 2, ['email']],
      ['pii-guard/no-hardcoded-pii', 4, ['email']],
    ]);
  });
});

describe('the finding model behind suppressions', async () => {
  const plain = SIGNUP.replace(/ *\/\/ eslint-disable-next-line.*\n/g, '');
  const dir = project({ 'src/signup.ts': SIGNUP });
  const bare = project({ 'src/signup.ts': plain });
  const run = await lint({ cwd: dir, paths: ['src'], settings: {}, strict: false, blame: false });
  const unsuppressed = await lint({ cwd: bare, paths: ['src'], settings: {}, strict: false, blame: false });

  it('an expired suppression brings the finding back with its own model and fingerprint', () => {
    const expired = run.files[0]!.findings.find((f) => f.ruleId === 'pii-guard/require-suppression-reason')!;
    const original = unsuppressed.files[0]!.findings.find((f) => f.data[0]?.kind === 'phone')!;
    expect(expired.text).toBe(`The suppression of this finding expired on 2025-03-31: ${original.text}`);
    expect(expired.message).toEqual({ en: expired.text, ja: `この検出の抑止は期限(2025-03-31)を過ぎています: ${original.message.ja}` });
    expect(expired.rule).toBe('no-pii-in-logs');
    expect(expired.data).toEqual(original.data);
    expect(expired.requirements).toEqual(original.requirements);
    expect(expired.sink).toEqual(original.sink);
    expect(expired.fingerprint).toBe(original.fingerprint);
  });

  it('suppressions keep the model of what they silence', () => {
    const [, audit] = run.files[0]!.suppressions;
    const original = unsuppressed.files[0]!.findings.find((f) => f.line === 6)!;
    expect(audit!.finding).toMatchObject({ ruleId: 'pii-guard/no-pii-in-logs', line: 8, data: [expect.objectContaining({ kind: 'email', path: 'user.email' })] });
    expect(audit!.finding!.requirements).toEqual(original.requirements);
  });

  it('a suppression without a reason is a finding with the accountability requirements', async () => {
    const d = project({ 'src/a.ts': SIGNUP.replace(' -- audit log approved in SEC-40 @sato', '') });
    const r = await lint({ cwd: d, paths: ['src'], settings: {}, strict: false, blame: false });
    const missing = r.files[0]!.findings.find((f) => f.line === 7)!;
    expect(missing).toMatchObject({
      ruleId: 'pii-guard/require-suppression-reason',
      column: 3,
      requirements: ['TO-APR', 'PMK-J.4.5.5'],
      range: { start: { line: 7, column: 2 }, end: { line: 7, column: 54 } },
      data: [expect.objectContaining({ kind: 'email', path: 'user.email' })],
    });
    expect(missing.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('a named directive that silences nothing the engine sees', () => {
  it('still needs a reason; its model has no data and a placeholder sink', async () => {
    const dir = project({ 'src/a.ts': '/* eslint-disable pii-guard/no-unprotected-pii-export */\nexport const n = 1;\n' });
    const run = await lint({ cwd: dir, paths: ['src'], settings: {}, strict: false, blame: false });
    expect(run.files[0]!.findings).toEqual([
      expect.objectContaining({
        ruleId: 'pii-guard/require-suppression-reason',
        rule: 'no-unprotected-pii-export',
        line: 1,
        column: 1,
        data: [],
        sink: { kind: 'export', family: 'files', api: 'eslint-disable', id: 'eslint-disable' },
        requirements: ['TO-APR', 'PMK-J.4.5.5'],
        severity: 'warning',
        eslintSeverity: 2,
      }),
    ]);
  });
});

describe('who suppressed it', () => {
  const hasGit = (() => {
    try {
      execFileSync('git', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasGit)('asks git blame when the comment names no one; the comment wins when it does', async () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    const git = (...args: string[]): void => {
      execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 'Hanako Yamada', GIT_AUTHOR_EMAIL: 'h@example.com', GIT_COMMITTER_NAME: 'CI', GIT_COMMITTER_EMAIL: 'ci@example.com' } });
    };
    git('init', '-q');
    git('add', '.');
    git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'signup');
    const run = await lint({ cwd: dir, paths: ['src'], settings: {}, strict: false });
    expect(run.files[0]!.suppressions.map((s) => [s.line, s.author])).toEqual([
      [6, 'Hanako Yamada'],
      [8, 'sato'],
    ]);
  });

  it('does without an author outside a repository', async () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    const run = await lint({ cwd: dir, paths: ['src'], settings: {}, strict: false });
    expect(run.files[0]!.suppressions.map((s) => [s.line, s.author])).toEqual([
      [6, undefined],
      [8, 'sato'],
    ]);
  });
});
