/**
 * The ESLint formatters as CI runs them: the real `eslint` command in a project that installs
 * eslint-plugin-pii-guard (linked to the built package), with `-f ./node_modules/.../<format>.js` and with a
 * one-line local formatter file that re-exports the package's `formatters/<format>` subpath.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY } from '../../rules/src/report/fingerprint.js';
import { REPO } from '../helpers/run-cli.js';
import { atLevel, validateSarif } from './multitool.js';

const ESLINT = join(REPO, 'node_modules/eslint/bin/eslint.js');
const DIST = join(REPO, 'rules/dist/formatters/eslint');

const SOURCES: Record<string, string> = {
  'src/signup.js': `import pino from 'pino';
const logger = pino();
export function signup(user) {
  logger.info({ email: user.email }, 'signup');
}
`,
  'src/partner.js': `export async function share(customer) {
  await fetch('https://api.partner-crm.example.net/leads', { method: 'POST', body: JSON.stringify({ email: customer.email }) });
}
`,
  'src/suppressed.js': `import pino from 'pino';
const logger = pino();
export function audit(user) {
  // eslint-disable-next-line pii-guard/no-pii-in-logs -- masked by the log pipeline by @tanaka until 2099-12-31
  logger.info({ phone: user.phone }, 'audit');
}
`,
  'src/clean.js': `export const add = (a, b) => a + b;
`,
};

let dir: string;

function project(locale?: 'ja'): string {
  const d = mkdtempSync(join(tmpdir(), 'pii-guard-eslint-'));
  for (const [name, content] of Object.entries(SOURCES)) {
    mkdirSync(join(d, name, '..'), { recursive: true });
    writeFileSync(join(d, name), content);
  }
  mkdirSync(join(d, 'node_modules'));
  symlinkSync(join(REPO, 'rules'), join(d, 'node_modules/eslint-plugin-pii-guard'), 'dir');
  const settings = locale ? `, { settings: { piiGuard: { locale: '${locale}' } } }` : '';
  writeFileSync(
    join(d, 'eslint.config.mjs'),
    `import piiGuard from 'eslint-plugin-pii-guard';\nexport default [{ files: ['**/*.js'], ...piiGuard.configs.recommended }${settings}];\n`,
  );
  // The one-line local formatter the docs suggest, through the package's subpath exports.
  writeFileSync(join(d, 'pii-guard-markdown.mjs'), "export { default } from 'eslint-plugin-pii-guard/formatters/markdown';\n");
  writeFileSync(join(d, 'pii-guard-sarif.mjs'), "export { default } from 'eslint-plugin-pii-guard/formatters/sarif';\n");
  return d;
}

function eslint(cwd: string, args: string[], env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [ESLINT, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const dirs: string[] = [];
beforeAll(() => {
  if (!existsSync(join(DIST, 'sarif.js'))) throw new Error('Build the package first (npx tsc -b): rules/dist/formatters/eslint/sarif.js is missing.');
  dir = project();
  dirs.push(dir);
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('eslint -f <PII Guard formatter>', () => {
  it('writes SARIF that the Multitool accepts, from the path in node_modules', () => {
    const r = eslint(dir, ['-f', './node_modules/eslint-plugin-pii-guard/dist/formatters/eslint/sarif.js', 'src']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // ESLint's own exit code: errors were found
    const log = JSON.parse(r.stdout) as Sarif.Log;
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('eslint-plugin-pii-guard');
    expect(run.tool.driver.rules!.map((x) => x.id)).toContain('pii-guard/require-suppression-reason');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(dir).href}/` } });
    const where = (x: Sarif.Result): string =>
      `${x.locations![0]!.physicalLocation!.artifactLocation!.uri}:${x.locations![0]!.physicalLocation!.region!.startLine}:${x.locations![0]!.physicalLocation!.region!.startColumn}`;
    expect(run.results!.map((x) => [x.ruleId, where(x), x.suppressions?.[0]?.status ?? null])).toEqual([
      ['pii-guard/no-unprotected-pii-transmission', 'src/partner.js:2:9', null],
      ['pii-guard/no-pii-in-logs', 'src/signup.js:4:3', null],
      ['pii-guard/no-pii-in-logs', 'src/suppressed.js:5:3', 'accepted'],
    ]);
    expect(run.results![1]!.message.text).toMatch(/^Personal data \(e-mail address: user\.email\) is written to a log by logger\.info\./);
    expect(run.results![1]!.partialFingerprints![FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
    expect(run.results![2]!.suppressions![0]!.justification).toBe('masked by the log pipeline by @tanaka until 2099-12-31');
    expect(run.properties).toEqual({ filesScanned: 4 });
    const v = validateSarif(r.stdout);
    expect(atLevel(v, 'error')).toEqual([]);
    expect(atLevel(v, 'warning')).toEqual([]);
  });

  it('gives the same SARIF through a one-line local file that re-exports the package subpath', () => {
    const direct = eslint(dir, ['-f', './node_modules/eslint-plugin-pii-guard/dist/formatters/eslint/sarif.js', 'src']);
    const viaExport = eslint(dir, ['-f', './pii-guard-sarif.mjs', 'src']);
    expect(viaExport.stderr).toBe('');
    const strip = (s: string): unknown => {
      const log = JSON.parse(s) as Sarif.Log;
      delete log.runs[0]!.invocations![0]!.endTimeUtc;
      return log;
    };
    expect(strip(viaExport.stdout)).toEqual(strip(direct.stdout));
  });

  it('writes the Markdown report to a file with -o', () => {
    const r = eslint(dir, ['-f', './pii-guard-markdown.mjs', '-o', 'report.md', 'src']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(md.startsWith('# PII Guard report\n')).toBe(true);
    expect(md).toContain('| Tool | eslint-plugin-pii-guard 0.1.0 |');
    expect(md).toContain('| Files scanned | 4 |');
    expect(md).toContain('| **2** | 2 | 0 | 2 / 4 | 0 | 1 |');
    expect(md).toContain('| — | — | `api.partner-crm.example.net` | e-mail address | `fetch` | no problem found | [F1](src/partner.js#L2) |');
    expect(md).toContain('| [src/suppressed.js:5](src/suppressed.js#L5) | `pii-guard/no-pii-in-logs` | masked by the log pipeline | tanaka | 2099-12-31 | in force |');
  });

  it('writes the HTML report in the language of the messages, or PII_GUARD_LOCALE', () => {
    const html = eslint(dir, ['-f', './node_modules/eslint-plugin-pii-guard/dist/formatters/eslint/html.js', 'src']);
    expect(html.stderr).toBe('');
    expect(html.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html.stdout).toContain('<title>PII Guard report: 2 findings</title>');
    const ja = eslint(dir, ['-f', './node_modules/eslint-plugin-pii-guard/dist/formatters/eslint/html.js', 'src'], { PII_GUARD_LOCALE: 'ja' });
    expect(ja.stdout).toMatch(/^<!doctype html>\n<html lang="ja">/);
    expect(ja.stdout).toContain('<h2>外部送信先と送信される個人情報</h2>');
    const jaProject = project('ja');
    dirs.push(jaProject);
    const md = eslint(jaProject, ['-f', './pii-guard-markdown.mjs', 'src']);
    expect(md.stdout.startsWith('# PII Guard 検査レポート\n')).toBe(true);
    expect(md.stdout).toContain('| F2 | [4:3](src/signup.js#L4) | エラー | `pii-guard/no-pii-in-logs` | 個人情報(メールアドレス: user.email)');
  });

  it('reports a clean project as clean', () => {
    const r = eslint(dir, ['-f', './pii-guard-markdown.mjs', 'src/clean.js']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| **0** | 0 | 0 | 0 / 1 | 0 | 0 |');
    expect(r.stdout).toContain('\nNo findings.\n');
  });
});
