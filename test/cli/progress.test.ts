/**
 * The progress bar: drawn on a terminal's stderr only, in place, and erased before the report; nothing
 * on stderr when it is not a terminal or with --quiet (CI logs stay exactly as they were).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../rules/src/cli/main.js';
import { ProgressBar } from '../../rules/src/cli/progress.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'pii-guard-progress-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'src'));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `src/f${i}.ts`), `export const f${i} = (n: number): number => n * ${i};\n`);
  writeFileSync(join(dir, 'src/log.ts'), "export const log = (user: { email: string }) => console.log(user.email);\n");
  return dir;
}

async function run(argv: string[], io: Partial<Io> & { cwd: string }): Promise<{ code: number; stdout: string; stderr: string[] }> {
  let stdout = '';
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => stderr.push(s), color: false, ...io });
  return { code, stdout, stderr };
}

describe('ProgressBar', () => {
  it('draws files done of the total in place, at most every interval, and always the last state', () => {
    const out: string[] = [];
    let now = 0;
    const bar = new ProgressBar((s) => out.push(s), { columns: 60, intervalMs: 100, now: () => now });
    bar.update(1, 8);
    now = 50;
    bar.update(2, 8); // too soon: skipped
    now = 150;
    bar.update(4, 8);
    now = 160;
    bar.update(8, 8); // the end is always drawn
    now = 400;
    bar.update(8, 8); // the same line is not drawn again
    bar.clear();
    expect(out).toEqual([
      '\r\u001b[Kpii-guard [####--------------------------] 1/8 files  12%',
      '\r\u001b[Kpii-guard [###############---------------] 4/8 files  50%',
      '\r\u001b[Kpii-guard [##############################] 8/8 files 100%',
      '\r\u001b[K',
    ]);
  });

  it('fits narrow terminals without wrapping and never shows more done than total', () => {
    const bar = new ProgressBar(() => {}, { columns: 40 });
    expect(bar.line(3, 10)).toBe('pii-guard [###--------] 3/10 files  30%');
    expect(bar.line(3, 10).length).toBeLessThan(40);
    expect(new ProgressBar(() => {}, { columns: 30 }).line(12, 10)).toBe('pii-guard 10/10 files 100%');
  });

  it('writes nothing when cleared without having drawn', () => {
    const out: string[] = [];
    new ProgressBar((s) => out.push(s)).clear();
    expect(out).toEqual([]);
  });
});

describe('progress in the command', () => {
  it('draws on a terminal stderr and erases the bar before the report', async () => {
    const dir = project(6);
    const r = await run(['src'], { cwd: dir, isTTY: true, columns: 80 });
    expect(r.code).toBe(1);
    expect(r.stderr.length).toBeGreaterThanOrEqual(2);
    for (const frame of r.stderr.slice(0, -1)) expect(frame).toMatch(/^\r\u001b\[Kpii-guard \[[#-]{30}\] +\d\/7 files +\d+%$/);
    expect(r.stderr.slice(0, -1)).toContain('\r\u001b[Kpii-guard [##############################] 7/7 files 100%');
    expect(r.stderr[r.stderr.length - 1]).toBe('\r\u001b[K');
    expect(r.stdout).toContain('src/log.ts:1:49  error');
  });

  it('writes nothing to stderr when it is not a terminal, and the report is the same', async () => {
    const dir = project(6);
    const tty = await run(['src'], { cwd: dir, isTTY: true, columns: 80 });
    const pipe = await run(['src'], { cwd: dir });
    expect(pipe.stderr).toEqual([]);
    expect(pipe.stdout).toBe(tty.stdout);
    expect(pipe.code).toBe(tty.code);
  });

  it('draws nothing with --quiet', async () => {
    const dir = project(3);
    const r = await run(['src', '-q'], { cwd: dir, isTTY: true, columns: 80 });
    expect(r.stderr).toEqual([]);
  });
});
