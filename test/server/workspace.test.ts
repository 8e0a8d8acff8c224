/**
 * piiGuard/scanWorkspace on a copy of samples/: the CLI's scan per folder with .gitignore and
 * piiGuard.ignores respected, work-done progress, per-directory pii-guard.config.json; then
 * piiGuard/exportReport in each format.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node.js';
import { lint } from 'eslint-plugin-pii-guard/report';
import { LspClient, REPO } from './lsp-client.js';
import { copyOf, remove, write } from './fixtures.js';

interface ScanResult {
  filesScanned: number;
  findings: Array<{ uri: string; path: string; range: { start: { line: number; character: number } }; ruleId: string; message: string; severity: string; kinds: Array<{ id: string; label: string }>; requirements: Array<{ id: string; title: string }>; sink: string; reportableUnderAppi: boolean }>;
  problems: Array<{ path: string; message: string }>;
  durationMs: number;
}

const LINTED = /\.(js|jsx|mjs|cjs|ts|tsx|mts|cts|gs)$/;

describe('workspace scan', () => {
  let dir: string;
  let client: LspClient;
  let result: ScanResult;
  beforeAll(async () => {
    dir = copyOf(join(REPO, 'samples'));
    // Ignored three ways: a root .gitignore, a nested one, piiGuard.ignores; and node_modules by default.
    write(dir, '.gitignore', 'line-bot/\n');
    write(dir, 'express-api/.gitignore', 'src/routes/admin.ts\n');
    write(dir, 'node_modules/leaky/index.js', 'module.exports = (user) => console.log(user.email);\n');
    write(dir, 'gas-booking/pii-guard.config.json', '{ "locale": "ja" }');
    client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0, ignores: ['react-front/src/mocks/**'] } });
    result = await client.connection.sendRequest('piiGuard/scanWorkspace', { workDoneToken: 'scan-1' });
  });
  afterAll(async () => {
    await client.stop();
    remove(dir);
  });

  const ignored = (p: string): boolean => p.startsWith('line-bot/') || p === 'express-api/src/routes/admin.ts' || p.startsWith('react-front/src/mocks/') || p.startsWith('node_modules/');

  it("finds what the CLI finds in the files that are not ignored, with each folder's config", async () => {
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => LINTED.test(f) && !ignored(f));
    expect(result.filesScanned).toBe(files.length);
    const en = await lint({ cwd: dir, paths: files.filter((f) => !f.startsWith('gas-booking/')), settings: {}, strict: false });
    const ja = await lint({ cwd: dir, paths: files.filter((f) => f.startsWith('gas-booking/')), settings: { locale: 'ja' }, strict: false });
    const expected = [...en.files, ...ja.files].flatMap((f) => f.findings.map((x) => `${f.filePath}:${x.line}:${x.column} ${x.ruleId} ${x.text}`)).sort();
    const actual = result.findings.map((f) => `${f.path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.message}`).sort();
    expect(actual).toEqual(expected);
    // 59 in all samples, less line-bot (4), admin.ts (1) and the two mock data values.
    expect(actual).toHaveLength(52);
    expect(result.findings.filter((f) => f.path.startsWith('gas-booking/')).every((f) => /[\u3040-\u30ff]/.test(f.message))).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it('describes each finding for the client: uri, kinds with labels, requirements with titles, sink, APPI', () => {
    const f = result.findings.find((x) => x.path === 'express-api/src/routes/users.ts')!;
    expect(f).toMatchObject({
      uri: `file://${dir}/express-api/src/routes/users.ts`,
      ruleId: 'pii-guard/no-unprotected-pii-export',
      severity: 'warning',
      kinds: [{ id: 'email', label: 'e-mail address' }],
      sink: 'res.cookie',
      reportableUnderAppi: false,
    });
    expect(f.requirements[0]).toEqual({ id: 'TO-APR', title: expect.any(String) });
    expect(result.findings.some((x) => x.reportableUnderAppi && x.kinds.some((k) => k.id === 'myNumber'))).toBe(true);
  });

  it('reports work-done progress from begin to end', () => {
    const progress = client.notifications
      .filter((n) => n.method === '$/progress' && (n.params as { token: unknown }).token === 'scan-1')
      .map((n) => (n.params as { value: { kind: string; title?: string; percentage?: number } }).value);
    expect(progress[0]).toMatchObject({ kind: 'begin', title: 'PII Guard: scanning the workspace', percentage: 0, cancellable: true });
    expect(progress.at(-1)).toEqual({ kind: 'end' });
    const reports = progress.filter((p) => p.kind === 'report');
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(reports.map((r) => r.percentage)).toEqual([...reports.map((r) => r.percentage!)].sort((a, b) => a - b));
    expect(reports.at(-1)).toEqual({ kind: 'report', percentage: 100, message: `${result.filesScanned} of ${result.filesScanned} files` });
  });

  it('exports the scan as JSON, SARIF, Markdown and HTML', async () => {
    const json = (await client.connection.sendRequest('piiGuard/exportReport', { format: 'json' })) as { content: string; fileName: string };
    expect(json.fileName).toBe('pii-guard.json');
    const doc = JSON.parse(json.content) as { version: number; tool: unknown; filesLinted: number; files: Array<{ filePath: string; findings: Array<{ ruleId: string; eslintSeverity: string }> }> };
    expect(doc.version).toBe(1);
    expect(doc.tool).toEqual({ name: 'eslint-plugin-pii-guard', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(doc.filesLinted).toBe(result.filesScanned);
    expect(doc.files.flatMap((f) => f.findings)).toHaveLength(result.findings.length);
    const sarif = (await client.connection.sendRequest('piiGuard/exportReport', { format: 'sarif' })) as { content: string; fileName: string };
    expect(sarif.fileName).toBe('pii-guard.sarif');
    const log = JSON.parse(sarif.content) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results).toHaveLength(result.findings.length);
    const md = (await client.connection.sendRequest('piiGuard/exportReport', { format: 'markdown' })) as { content: string; fileName: string };
    expect(md.fileName).toBe('pii-guard-report.md');
    expect(md.content).toContain('express-api/src/routes/users.ts');
    const html = (await client.connection.sendRequest('piiGuard/exportReport', { format: 'html' })) as { content: string; fileName: string };
    expect(html.fileName).toBe('pii-guard-report.html');
    expect(html.content).toMatch(/^<!DOCTYPE html>/i);
  });

  it('can be cancelled, and a cancelled scan keeps the previous result for export', async () => {
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('piiGuard/scanWorkspace', {}, source.token);
    setTimeout(() => source.cancel(), 50);
    await expect(pending).rejects.toMatchObject({ code: -32800 });
    const json = (await client.connection.sendRequest('piiGuard/exportReport', { format: 'json' })) as { content: string };
    expect((JSON.parse(json.content) as { filesLinted: number }).filesLinted).toBe(result.filesScanned);
  });
});

describe('report export without a scan', () => {
  it('scans first', async () => {
    const dir = copyOf(join(REPO, 'samples/line-bot'));
    const client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0 } });
    try {
      const md = (await client.connection.sendRequest('piiGuard/exportReport', { format: 'markdown' })) as { content: string };
      expect(md.content).toContain('src/');
    } finally {
      await client.stop();
      remove(dir);
    }
  });
});
