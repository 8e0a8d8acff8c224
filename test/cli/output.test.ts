/**
 * Report files (`-o`), the reviewer formats, exit codes and accountable suppressions as the command
 * prints them. "Today" is fixed with PII_GUARD_TODAY / --today so expiry does not depend on the calendar.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pii-guard-cli-output-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** The command with a fixed day in its environment. */
function cliOn(day: string, args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PII_GUARD_TODAY: day } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const SIGNUP = `import pino from 'pino';
const logger = pino();
export function signup(user: { id: string; email: string; phone: string }) {
  logger.info({ email: user.email }, 'signup');
}
`;

const SUPPRESSED = `import pino from 'pino';
const logger = pino();
export function signup(user: { id: string; email: string; phone: string }) {
  // eslint-disable-next-line pii-guard/no-pii-in-logs -- the log pipeline masks e-mails (SEC-12) by @sato until 2025-12-31
  logger.info({ email: user.email }, 'signup');
  // eslint-disable-next-line pii-guard/no-pii-in-logs -- migration logging, OPS-7 until 2025-03-31
  logger.warn({ phone: user.phone }, 'migrated');
  // eslint-disable-next-line pii-guard/no-pii-in-logs
  logger.debug({ email: user.email }, 'debug');
}
`;

describe('report files', () => {
  it('writes the report to --output and still prints the text report', () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    const r = runCli(['src', '-f', 'json', '-o', 'pii-report.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  src/signup.ts:4:3  error  Personal data (e-mail address: user.email)');
    expect(r.stdout).toContain('✖ 1 finding (1 error, 0 warnings) in 1 of 1 files');
    expect(r.stdout.endsWith('Report written to pii-report.json (json).\n')).toBe(true);
    const json = JSON.parse(readFileSync(join(dir, 'pii-report.json'), 'utf8')) as { files: Array<{ findings: unknown[] }> };
    expect(json.files[0]!.findings).toHaveLength(1);
  });

  it('prints findings only with --quiet, and no colour codes go into a text report file', () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    const r = runCli(['src', '-o', 'report.txt', '-q'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('Report written');
    expect(r.stdout).not.toContain('✖');
    const text = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(text).toContain('  src/signup.ts:4:3  error  Personal data');
    expect(text).not.toContain('\u001b[');
  });

  it.each([
    ['sarif', 'report.sarif', (s: string) => expect((JSON.parse(s) as { version: string; runs: Array<{ results: unknown[] }> }).runs[0]!.results).toHaveLength(1)],
    ['markdown', 'report.md', (s: string) => expect(s).toContain('src/signup.ts')],
    ['html', 'report.html', (s: string) => expect(s).toMatch(/^<!doctype html>/i)],
  ])('writes %s through the reviewer formatters', (format, file, check) => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    const r = runCli(['src', '-f', format, '-o', file], dir);
    expect([r.code, r.stderr]).toEqual([1, '']);
    check(readFileSync(join(dir, file), 'utf8'));
  });

  it('exits 2 when the report cannot be written', () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    const r = runCli(['src', '-o', 'no/such/dir/report.json', '-f', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pii-guard: cannot write the report to no\/such\/dir\/report\.json: ENOENT/);
  });

  it('names the exit codes in --help', () => {
    const r = runCli(['--help']);
    expect(r.stdout).toContain('  -o, --output <file>         Write the report to this file; the text report still goes to stdout');
    expect(r.stdout).toContain('With --baseline, 1 means findings that are not in the baseline; --write-baseline exits 0.');
  });
});

describe('accountable suppressions', () => {
  it('lists reason, author, expiry and the data kinds; expired and reasonless ones are findings', () => {
    const dir = project({ 'src/signup.ts': SUPPRESSED });
    const r = cliOn('2025-06-01', ['src', '--list-suppressions'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '  src/signup.ts:7:3  error  The suppression of this finding expired on 2025-03-31: Personal data (phone number: user.phone) is written to a log by logger.warn.',
    );
    expect(r.stdout).toContain('  src/signup.ts:8:3  error  A suppression of a personal-data finding needs a reason (pii-guard/no-pii-in-logs)');
    expect(r.stdout).toContain('Suppressed findings (3)');
    expect(r.stdout).toContain('  src/signup.ts:5:3  pii-guard/no-pii-in-logs  — the log pipeline masks e-mails (SEC-12)  (by sato; until 2025-12-31; email)');
    expect(r.stdout).toContain('  src/signup.ts:7:3  pii-guard/no-pii-in-logs  — migration logging, OPS-7  (expired 2025-03-31; phone)');
    expect(r.stdout).toContain('  src/signup.ts:9:3  pii-guard/no-pii-in-logs  — (no reason given)  (email)');
  });

  it('speaks Japanese', () => {
    const dir = project({ 'src/signup.ts': SUPPRESSED });
    const r = cliOn('2025-06-01', ['src', '--list-suppressions', '--locale', 'ja'], dir);
    expect(r.stdout).toContain('  src/signup.ts:7:3  error  この検出の抑止は期限(2025-03-31)を過ぎています: 個人情報(電話番号: user.phone)がlogger.warnでログに出力されています。');
    expect(r.stdout).toContain('  src/signup.ts:8:3  error  個人情報の検出を抑止するには理由が必要です(pii-guard/no-pii-in-logs)。');
    expect(r.stdout).toContain('抑止された検出 (3)');
    expect(r.stdout).toContain('  src/signup.ts:5:3  pii-guard/no-pii-in-logs  — the log pipeline masks e-mails (SEC-12)  (記入: sato; 期限 2025-12-31; email)');
    expect(r.stdout).toContain('  src/signup.ts:7:3  pii-guard/no-pii-in-logs  — migration logging, OPS-7  (期限 2025-03-31 切れ; phone)');
    expect(r.stdout).toContain('  src/signup.ts:9:3  pii-guard/no-pii-in-logs  — (理由なし)  (email)');
  });

  it('--today overrides the calendar: before the date the suppression holds', () => {
    const dir = project({ 'src/signup.ts': SUPPRESSED.replace(/ *\/\/ eslint-disable-next-line pii-guard\/no-pii-in-logs\n/, '  // eslint-disable-next-line pii-guard/no-pii-in-logs -- debug only, removed in OPS-9\n') });
    const before = cliOn('2030-01-01', ['src', '--today', '2025-01-01'], dir);
    expect([before.code, before.stdout]).toEqual([0, 'No findings (1 files checked).\n  3 suppressed (list them with --list-suppressions)\n']);
    const after = cliOn('2025-01-01', ['src', '--today', '2025-04-01'], dir);
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('  3 suppressed (1 expired) (list them with --list-suppressions)');
    expect(runCli(['src', '--today', '2025-02-30'], dir).stderr).toContain('pii-guard: --today must be a calendar day as YYYY-MM-DD, not "2025-02-30"');
  });
});
