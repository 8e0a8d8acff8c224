/**
 * `pii-guard --write-baseline` / `--baseline` as CI runs them: real files, real processes, exit codes.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pii-guard-cli-baseline-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const SIGNUP = `import pino from 'pino';
const logger = pino();
export function signup(user: { id: string; email: string; phone: string }) {
  logger.info({ email: user.email }, 'signup');
  logger.info({ userId: user.id }, 'signup stored');
}
export const notify = (c: { email: string }) => fetch('http://api.example.com/n?email=' + c.email);
`;

interface JsonRun {
  baseline?: { path: string; new: number; unchanged: number; absent: number };
  files: Array<{ filePath: string; findings: Array<{ ruleId: string; line: number; baselineState?: string }> }>;
}

describe('pii-guard baselines', () => {
  it('writes the default baseline file and exits 0 even with findings', () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    const r = runCli(['src', '--write-baseline'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe('Wrote 2 findings to pii-guard-baseline.json (1 files checked).\n');
    const file = JSON.parse(readFileSync(join(dir, 'pii-guard-baseline.json'), 'utf8')) as { version: number; findings: Array<{ ruleId: string; path: string; line: number; kinds: string[] }> };
    expect(file.version).toBe(1);
    expect(file.findings.map((f) => [f.path, f.line, f.ruleId, f.kinds])).toEqual([
      ['src/signup.ts', 4, 'pii-guard/no-pii-in-logs', ['email']],
      ['src/signup.ts', 7, 'pii-guard/no-unprotected-pii-transmission', ['email']],
    ]);
  });

  it('takes a file name after --write-baseline when it names a .json file, and a path otherwise', () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    expect(runCli(['--write-baseline', 'ci/accepted.json', 'src'], dir).code).toBe(2); // ci/ does not exist
    mkdirSync(join(dir, 'ci'));
    expect(runCli(['--write-baseline', 'ci/accepted.json', 'src'], dir).stdout).toBe('Wrote 2 findings to ci/accepted.json (1 files checked).\n');
    // `src` is a path to scan, not the file
    expect(runCli(['--write-baseline', 'src'], dir).stdout).toBe('Wrote 2 findings to pii-guard-baseline.json (1 files checked).\n');
    expect(existsSync(join(dir, 'pii-guard-baseline.json'))).toBe(true);
  });

  it('passes when nothing is new, and says how many are known and gone', () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    runCli(['src', '--write-baseline'], dir);
    // Lines added above and the file reformatted: still the same findings.
    writeFileSync(join(dir, 'src/signup.ts'), `// Sign-up.\n\n${SIGNUP.replace('  logger.info({ email', '      logger.info({ email')}`);
    const r = runCli(['src', '--baseline', 'pii-guard-baseline.json'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe('No new findings (1 files checked).\n  baseline pii-guard-baseline.json: 0 new, 2 unchanged (not shown), 0 gone (no longer found)\n');
  });

  it('reports and fails on new findings only; counts the fixed ones', () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    runCli(['src', '--write-baseline'], dir);
    writeFileSync(
      join(dir, 'src/signup.ts'),
      SIGNUP.replace("logger.info({ userId: user.id }, 'signup stored');", "logger.info({ phone: user.phone }, 'signup stored');").replace(
        "fetch('http://api.example.com/n?email=' + c.email)",
        "fetch('https://api.example.com/n', { method: 'POST', body: String(c.email.length) })",
      ),
    );
    const r = runCli(['src', '--baseline', 'pii-guard-baseline.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  src/signup.ts:5:3  error  Personal data (phone number: user.phone) is written to a log by logger.info.');
    expect(r.stdout).not.toContain('signup.ts:4:3');
    expect(r.stdout).toContain('✖ 1 new finding (1 error, 0 warnings) in 1 of 1 files');
    expect(r.stdout).toContain('  baseline pii-guard-baseline.json: 1 new, 1 unchanged (not shown), 1 gone (no longer found)');
    const json = JSON.parse(runCli(['src', '--baseline', 'pii-guard-baseline.json', '-f', 'json'], dir).stdout) as JsonRun;
    expect(json.baseline).toEqual({ path: 'pii-guard-baseline.json', new: 1, unchanged: 1, absent: 1 });
    expect(json.files[0]!.findings.map((f) => [f.line, f.baselineState])).toEqual([
      [4, 'unchanged'],
      [5, 'new'],
    ]);
  });

  it('stops with exit code 2 and a clear message when the baseline cannot be used', () => {
    const dir = project({ 'src/signup.ts': SIGNUP, 'broken.json': '{"version": 1, "findings": [', 'old.json': '{"version": 0, "findings": []}' });
    const missing = runCli(['src', '--baseline', 'nope.json'], dir);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', 'pii-guard: cannot use the baseline: nope.json does not exist (create it with --write-baseline)\n']);
    const broken = runCli(['src', '--baseline', 'broken.json'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^pii-guard: cannot use the baseline: broken\.json is not valid JSON: /);
    const old = runCli(['src', '--baseline', 'old.json'], dir);
    expect(old.stderr).toBe('pii-guard: cannot use the baseline: old.json has baseline version 0; this pii-guard reads version 1 (write it again with --write-baseline)\n');
    const both = runCli(['src', '--baseline', 'old.json', '--write-baseline'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('pii-guard: --baseline and --write-baseline cannot be combined');
  });
});
