/**
 * The editor shows what CI reports: for every file of samples/, the server's diagnostics (rule, line,
 * column, message, fingerprint) equal the findings of the CLI's scan (`lint()` from eslint-plugin-pii-guard/report).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from 'eslint-plugin-pii-guard/report';
import { LspClient, REPO, uriOf } from './lsp-client.js';

const LANGUAGE: Record<string, string> = { '.ts': 'typescript', '.tsx': 'typescriptreact', '.js': 'javascript', '.jsx': 'javascriptreact', '.gs': 'javascript' };

const fingerprintOf = (d: { data?: unknown }): string => (d.data as { fingerprint: string }).fingerprint;

describe('parity with the CLI', () => {
  it('gives the same findings as the CLI for every file in samples/', async () => {
    const run = await lint({ cwd: REPO, paths: ['samples'], settings: {}, strict: false });
    const expected = run.files.flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.column} ${x.ruleId} ${x.fingerprint} ${x.text}`)).sort();
    const files = (readdirSync(join(REPO, 'samples'), { recursive: true }) as string[])
      .filter((f) => /\.(js|jsx|mjs|cjs|ts|tsx|mts|cts|gs)$/.test(f))
      .sort();
    const client = await LspClient.start({ folders: [REPO], settings: { debounceMs: 0 } });
    const actual: string[] = [];
    try {
      for (const rel of files) {
        const path = join(REPO, 'samples', rel);
        const uri = uriOf(path);
        await client.open(uri, readFileSync(path, 'utf8'), LANGUAGE[rel.slice(rel.lastIndexOf('.'))] ?? 'typescript');
        const published = await client.diagnosticsFor(uri, 1);
        for (const d of published.diagnostics) actual.push(`samples/${rel}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${fingerprintOf(d)} ${d.message}`);
        await client.close(uri);
      }
    } finally {
      await client.stop();
    }
    expect(actual.sort()).toEqual(expected);
    expect(expected).toHaveLength(59);
  }, 120_000);

  it('gives suppression reports and identical findings the CLI\'s fingerprints', async () => {
    // A reason-less suppression, a placeholder reason, an expired one (its finding comes back with its own
    // identity), an invalid date, and two identical calls told apart only by their order.
    const text = [
      "import pino from 'pino';",
      'const logger = pino();',
      'export function f(user: { email: string; phone: string; name: string }) {',
      '  // eslint-disable-next-line pii-guard/no-pii-in-logs',
      '  logger.info(user.email);',
      '  // eslint-disable-next-line pii-guard/no-pii-in-logs -- TODO: reason',
      '  logger.info(user.phone);',
      '  // eslint-disable-next-line pii-guard/no-pii-in-logs -- support desk lookups until 2026-01-31',
      '  logger.warn({ name: user.name });',
      '  // eslint-disable-next-line pii-guard/no-pii-in-logs -- until 2026-13-45 for the migration',
      '  logger.error({ phone: user.phone });',
      '  logger.debug({ email: user.email });',
      '  logger.debug({ email: user.email });',
      '}',
      '',
    ].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'pii-guard-parity-'));
    const saved = process.env.PII_GUARD_TODAY;
    try {
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'src/suppressions.ts'), text);
      const run = await lint({ cwd: dir, paths: ['.'], settings: {}, strict: false, today: '2026-06-01' });
      const expected = run.files.flatMap((f) => f.findings.map((x) => `${x.line}:${x.column} ${x.ruleId} ${x.fingerprint}`));
      expect(expected).toHaveLength(6);
      expect(new Set(expected.map((e) => e.split(' ')[2])).size).toBe(6);
      // The server judges expiry by the same day.
      process.env.PII_GUARD_TODAY = '2026-06-01';
      const client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0 } });
      try {
        const uri = uriOf(join(dir, 'src/suppressions.ts'));
        await client.open(uri, text, 'typescript');
        const published = await client.diagnosticsFor(uri, 1);
        const actual = published.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${fingerprintOf(d)}`);
        expect(actual).toEqual(expected);
      } finally {
        await client.stop();
      }
    } finally {
      if (saved === undefined) delete process.env.PII_GUARD_TODAY;
      else process.env.PII_GUARD_TODAY = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
