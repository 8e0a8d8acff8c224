/**
 * Baselines on real files: fingerprints survive moved and reformatted code, genuinely new findings are
 * new, gone ones are counted, and the file is stable JSON that is checked when read.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../rules/src/cli/lint.js';
import {
  BaselineError,
  applyBaseline,
  createBaseline,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  writeBaseline,
} from '../../rules/src/report/baseline.js';
import type { LintRun } from '../../rules/src/report/model.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pii-guard-baseline-'));
  dirs.push(dir);
  return dir;
}

async function scan(source: string, dir = tempDir()): Promise<LintRun> {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src/signup.ts'), source);
  return lint({ cwd: dir, paths: ['src'], settings: {}, strict: false, blame: false });
}

const ORIGINAL = `import pino from 'pino';
const logger = pino();

export function signup(user: { id: string; email: string; phone: string }) {
  logger.info({ email: user.email }, 'signup');
  logger.info({ userId: user.id }, 'signup stored');
  return user.id;
}

export function notify(customer: { email: string }) {
  return fetch('http://api.example.com/notify?email=' + customer.email);
}
`;

const where = (run: LintRun): string[] => run.files.flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.column} ${x.ruleId} ${x.baselineState ?? '-'}`));

describe('baselines', async () => {
  const original = await scan(ORIGINAL);
  const baseline = createBaseline(original);

  it('records what the scan found, sorted, with fingerprints', () => {
    expect(where(original)).toEqual(['src/signup.ts:5:3 pii-guard/no-pii-in-logs -', 'src/signup.ts:11:10 pii-guard/no-unprotected-pii-transmission -']);
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((e) => [e.path, e.line, e.ruleId, e.kinds])).toEqual([
      ['src/signup.ts', 5, 'pii-guard/no-pii-in-logs', ['email']],
      ['src/signup.ts', 11, 'pii-guard/no-unprotected-pii-transmission', ['email']],
    ]);
    for (const e of baseline.findings) expect(e.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(baseline.findings[0]!.message).toContain('Personal data (e-mail address: user.email) is written to a log by logger.info.');
  });

  it('marks the same code as unchanged', async () => {
    const again = applyBaseline(await scan(ORIGINAL), baseline, 'b.json');
    expect(again.baseline).toEqual({ path: 'b.json', unchanged: 2, new: 0, absent: 0 });
    expect(where(again)).toEqual(['src/signup.ts:5:3 pii-guard/no-pii-in-logs unchanged', 'src/signup.ts:11:10 pii-guard/no-unprotected-pii-transmission unchanged']);
  });

  it('keeps fingerprints when lines are inserted above the findings', async () => {
    const shifted = ORIGINAL.replace(
      "const logger = pino();\n",
      "import { z } from 'zod';\n\n// Sign-up flow. See docs/signup.md.\nconst logger = pino();\nconst schema = z.object({ id: z.string() });\n",
    );
    const run = applyBaseline(await scan(shifted), baseline, 'b.json');
    expect(run.baseline).toEqual({ path: 'b.json', unchanged: 2, new: 0, absent: 0 });
    expect(where(run)).toEqual(['src/signup.ts:9:3 pii-guard/no-pii-in-logs unchanged', 'src/signup.ts:15:10 pii-guard/no-unprotected-pii-transmission unchanged']);
  });

  it('keeps fingerprints when the code is reformatted (reindented, wrapped, blank lines) and the finding line reindented', async () => {
    const reformatted = `import pino from 'pino';

const logger = pino();


export function signup(
    user: {
        id: string;
        email: string;
        phone: string;
    },
) {

        logger.info(
            { email: user.email },
            'signup',
        );
    logger.info({ userId: user.id }, 'signup stored');

    return user.id;
}

export function notify(customer: { email: string }) {
    return fetch(
        'http://api.example.com/notify?email=' +
            customer.email,
    );
}
`;
    const run = applyBaseline(await scan(reformatted), baseline, 'b.json');
    expect(run.baseline).toEqual({ path: 'b.json', unchanged: 2, new: 0, absent: 0 });
    expect(where(run)).toEqual(['src/signup.ts:14:9 pii-guard/no-pii-in-logs unchanged', 'src/signup.ts:24:12 pii-guard/no-unprotected-pii-transmission unchanged']);
  });

  it('reports the same sink with different data as new', async () => {
    const changed = ORIGINAL.replace("logger.info({ userId: user.id }, 'signup stored');", "logger.info({ phone: user.phone }, 'signup stored');");
    const run = applyBaseline(await scan(changed), baseline, 'b.json');
    expect(run.baseline).toEqual({ path: 'b.json', unchanged: 2, new: 1, absent: 0 });
    expect(where(run)).toEqual([
      'src/signup.ts:5:3 pii-guard/no-pii-in-logs unchanged',
      'src/signup.ts:6:3 pii-guard/no-pii-in-logs new',
      'src/signup.ts:11:10 pii-guard/no-unprotected-pii-transmission unchanged',
    ]);
  });

  it('reports a second identical call as new', async () => {
    const twice = ORIGINAL.replace("  return user.id;\n", "  logger.info({ email: user.email }, 'signup');\n  return user.id;\n");
    const run = applyBaseline(await scan(twice), baseline, 'b.json');
    expect(run.baseline).toEqual({ path: 'b.json', unchanged: 2, new: 1, absent: 0 });
    expect(where(run)).toEqual([
      'src/signup.ts:5:3 pii-guard/no-pii-in-logs unchanged',
      'src/signup.ts:7:3 pii-guard/no-pii-in-logs new',
      'src/signup.ts:12:10 pii-guard/no-unprotected-pii-transmission unchanged',
    ]);
  });

  it('counts fixed findings as absent', async () => {
    const fixed = ORIGINAL.replace("  return fetch('http://api.example.com/notify?email=' + customer.email);", "  return fetch('https://api.example.com/notify', { method: 'POST', body: customer.email ? 'yes' : 'no' });");
    const run = applyBaseline(await scan(fixed), baseline, 'b.json');
    expect(run.baseline).toEqual({ path: 'b.json', unchanged: 1, new: 0, absent: 1 });
  });

  it('matches by path: the same code in another file is new', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src/signup.ts'), ORIGINAL);
    writeFileSync(join(dir, 'src/copy.ts'), ORIGINAL);
    const run = applyBaseline(await lint({ cwd: dir, paths: ['src'], settings: {}, strict: false, blame: false }), baseline, 'b.json');
    expect(run.baseline).toEqual({ path: 'b.json', unchanged: 2, new: 2, absent: 0 });
  });

  it('keeps fingerprints with a byte order mark, also of suppressed findings (read from disk)', async () => {
    const suppressed = ORIGINAL.replace("  logger.info({ email", "  // eslint-disable-next-line pii-guard/no-pii-in-logs -- masked downstream (SEC-12)\n  logger.info({ email").replace(/\n\nexport function notify[\s\S]*$/, '\n');
    const plain = await scan(suppressed);
    const bom = await scan(`\uFEFF${suppressed}`);
    const print = (run: LintRun): string | undefined => run.files[0]?.suppressions[0]?.finding?.fingerprint;
    expect(print(plain)).toBe(baseline.findings[0]!.fingerprint);
    expect(print(bom)).toBe(print(plain));
  });

  it('writes stable JSON: the same findings give the same bytes', async () => {
    const dir = tempDir();
    writeBaseline(join(dir, 'a.json'), original);
    writeBaseline(join(dir, 'b.json'), await scan(ORIGINAL));
    const a = readFileSync(join(dir, 'a.json'), 'utf8');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(a) as object)).toEqual(['version', 'tool', 'findings']);
    expect(Object.keys((JSON.parse(a) as { findings: object[] }).findings[0]!)).toEqual(['fingerprint', 'ruleId', 'path', 'line', 'kinds', 'message']);
    expect(readBaseline(join(dir, 'a.json'))).toEqual(baseline);
    expect(serializeBaseline(baseline)).toBe(a);
  });
});

describe('reading a baseline', () => {
  const bad = (text: string): string => {
    try {
      parseBaseline(text, 'b.json');
    } catch (e) {
      expect(e).toBeInstanceOf(BaselineError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it('names what is wrong', () => {
    expect(bad('{ "version": 1, ')).toMatch(/^b\.json is not valid JSON: /);
    expect(bad('[]')).toBe('b.json is not a PII Guard baseline (expected an object with "version" and "findings")');
    expect(bad('{"version": 2, "findings": []}')).toBe('b.json has baseline version 2; this pii-guard reads version 1 (write it again with --write-baseline)');
    expect(bad('{"version": 1, "findings": {}}')).toBe('b.json is not a PII Guard baseline: "findings" must be an array');
    expect(bad('{"version": 1, "findings": [{"ruleId": "x"}]}')).toBe('b.json: findings[0] has no valid "fingerprint"');
    expect(() => readBaseline(join(tmpdir(), 'no-such-pii-guard-baseline.json'), 'missing.json')).toThrow('missing.json does not exist (create it with --write-baseline)');
  });

  it('accepts a BOM and an empty list', () => {
    expect(parseBaseline('\uFEFF{"version": 1, "tool": "t", "findings": []}', 'b.json')).toEqual({ version: 1, tool: 't', findings: [] });
  });
});
