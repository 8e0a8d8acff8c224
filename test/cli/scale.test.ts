/**
 * Worker threads and the cache change how fast, never what: the samples give the same 59 findings (same
 * models, same fingerprints) in one thread, in two, and from a cold and a warm cache.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'pii-guard-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

interface JsonRun {
  filesLinted: number;
  files: Array<{ filePath: string; findings: Array<{ ruleId: string; line: number; column: number; fingerprint: string; requirements: string[]; data: unknown[]; flow: unknown[] }> }>;
}

const findings = (stdout: string): Array<{ at: string; fingerprint: string; model: unknown }> =>
  (JSON.parse(stdout) as JsonRun).files.flatMap((f) =>
    f.findings.map((x) => ({ at: `${f.filePath}:${x.line}:${x.column} ${x.ruleId}`, fingerprint: x.fingerprint, model: [x.requirements, x.data, x.flow] })),
  );

describe('scale options on samples/', () => {
  const single = runCli(['samples', '-f', 'json', '--concurrency', 'off']);
  const reference = findings(single.stdout);

  it('finds the 59 marked findings in one thread', () => {
    expect([single.code, single.stderr]).toEqual([1, '']);
    expect(reference).toHaveLength(59);
  });

  it('finds the same with two worker threads', () => {
    const r = runCli(['samples', '-f', 'json', '--concurrency', '2']);
    expect(r.code).toBe(1);
    // ESLint may say that two threads do not pay off for so few files: a note, not an error.
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('pii-guard: note: ESLint says: You may'))).toEqual([]);
    expect(findings(r.stdout)).toEqual(reference);
    expect((JSON.parse(r.stdout) as JsonRun).filesLinted).toBe((JSON.parse(single.stdout) as JsonRun).filesLinted);
  });

  it('finds the same from a cold and from a warm cache', () => {
    const location = join(cacheDir, 'cache.json');
    const cold = runCli(['samples', '-f', 'json', '--cache', '--cache-location', location]);
    expect(existsSync(location)).toBe(true);
    const warm = runCli(['samples', '-f', 'json', '--cache', '--cache-location', location]);
    expect([cold.code, warm.code, cold.stderr, warm.stderr]).toEqual([1, 1, '', '']);
    expect(findings(cold.stdout)).toEqual(reference);
    expect(findings(warm.stdout)).toEqual(reference);
  });

  it('rejects a bad --concurrency and --cache-location without --cache', () => {
    expect(runCli(['samples', '--concurrency', 'many']).stderr).toContain('pii-guard: --concurrency must be a positive whole number, "auto" or "off", not "many"');
    expect(runCli(['samples', '--cache-location', 'x']).stderr).toContain('pii-guard: --cache-location needs --cache');
  });
});
