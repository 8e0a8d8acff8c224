/**
 * The editor shows what CI reports: for every file of samples/, the server's diagnostics (rule, line,
 * column, message) equal the findings of the CLI's scan (`lint()` from eslint-plugin-pii-guard/report).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from 'eslint-plugin-pii-guard/report';
import { LspClient, REPO, uriOf } from './lsp-client.js';

const LANGUAGE: Record<string, string> = { '.ts': 'typescript', '.tsx': 'typescriptreact', '.js': 'javascript', '.jsx': 'javascriptreact', '.gs': 'javascript' };

describe('parity with the CLI', () => {
  it('gives the same findings as the CLI for every file in samples/', async () => {
    const run = await lint({ cwd: REPO, paths: ['samples'], settings: {}, strict: false });
    const expected = run.files.flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.column} ${x.ruleId} ${x.text}`)).sort();
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
        for (const d of published.diagnostics) actual.push(`samples/${rel}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.message}`);
        await client.close(uri);
      }
    } finally {
      await client.stop();
    }
    expect(actual.sort()).toEqual(expected);
    expect(expected).toHaveLength(59);
  }, 120_000);
});
