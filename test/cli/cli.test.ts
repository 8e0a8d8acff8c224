/**
 * The `pii-guard` command on real files on disk: output formats, exit codes, configuration errors,
 * suppressions, and bad input (syntax errors, empty, binary, BOM + CRLF, a 5 MB generated file).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pii-guard-cli-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

const SIGNUP = `import pino from 'pino';
const logger = pino();
export function signup(user: { id: string; email: string }) {
  logger.info({ email: user.email }, 'signup');
  logger.info({ userId: user.id }, 'signup stored');
}
`;

const LOG_MESSAGE =
  'Personal data (e-mail address: user.email) is written to a log by logger.info. Log a reference (ID, count), not the value, or mask it. [TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]';

interface JsonReport {
  filesLinted: number;
  files: Array<{
    filePath: string;
    parseError?: { message: string; line: number; column: number };
    skipped?: { size: number; limit: number };
    findings: Array<{ ruleId: string; line: number; column: number; text: string; requirements: string[]; data: Array<{ kind: string; path: string }>; flow: unknown[]; sink: { api: string; kind: string } }>;
    suppressions: Array<{ ruleId: string; line: number; justification: string }>;
  }>;
}

describe('pii-guard command', () => {
  it('prints usage with --help and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: pii-guard [paths...] [options]');
    expect(r.stdout).toContain('Exit codes: 0 no findings, 1 findings, 2 usage or configuration error.');
  });

  it('rejects an unknown format with exit code 2', () => {
    const r = runCli(['--format', 'xml', '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pii-guard: --format must be "text", "json", "sarif", "markdown" or "html", not "xml"');
  });

  it('rejects an unknown option with exit code 2', () => {
    const r = runCli(['--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--frobnicate'");
  });

  it('reports findings as file:line:col, message and rule, and exits 1', () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    const r = runCli(['src'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`  src/signup.ts:4:3  error  ${LOG_MESSAGE}  pii-guard/no-pii-in-logs`);
    expect(r.stdout).toContain('✖ 1 finding (1 error, 0 warnings) in 1 of 1 files');
    // The reference logged on line 5 is the recommended practice, not a finding.
    expect(r.stdout).not.toContain('signup.ts:5:');
  });

  it('prints the finding model as JSON', () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    const r = runCli(['src', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport & { tool: unknown };
    // The same header the language server's JSON export carries.
    expect(report.tool).toEqual({ name: 'eslint-plugin-pii-guard', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(report.filesLinted).toBe(1);
    const [file] = report.files;
    expect(file?.filePath).toBe('src/signup.ts');
    expect(file?.findings).toHaveLength(1);
    const f = file!.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'pii-guard/no-pii-in-logs', line: 4, column: 3, text: LOG_MESSAGE, sink: { api: 'logger.info', kind: 'log' } });
    expect(f.data).toEqual([expect.objectContaining({ kind: 'email', path: 'user.email' })]);
    expect(f.requirements.slice(0, 3)).toEqual(['TO-MIN', 'SM-LOG', 'APPI-SEC']);
    expect(f.requirements).toContain('CWE-532');
    expect(f.flow.length).toBeGreaterThanOrEqual(2);
  });

  it('speaks Japanese with --locale ja', () => {
    const dir = project({ 'src/signup.ts': SIGNUP });
    const r = runCli(['src', '--locale', 'ja'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('個人情報(メールアドレス: user.email)がlogger.infoでログに出力されています。');
    expect(r.stdout).toContain('✖ 1件の検出');
  });

  it('exits 0 with a clear line when nothing is found', () => {
    const dir = project({ 'src/ok.ts': "import pino from 'pino';\npino().info({ count: 3 }, 'imported');\n" });
    const r = runCli(['src'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('No findings (1 files checked).');
  });

  it('lists suppressions with their reasons', () => {
    const dir = project({
      'src/s.ts': SIGNUP.replace(
        "  logger.info({ email: user.email }, 'signup');",
        "  // eslint-disable-next-line pii-guard/no-pii-in-logs -- ticket SEC-12: the log pipeline masks e-mails\n  logger.info({ email: user.email }, 'signup');",
      ),
    });
    const text = runCli(['src', '--list-suppressions'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Suppressed findings (1)');
    expect(text.stdout).toContain('src/s.ts:5:3  pii-guard/no-pii-in-logs  — ticket SEC-12: the log pipeline masks e-mails');
    const json = JSON.parse(runCli(['src', '--format', 'json'], dir).stdout) as JsonReport;
    expect(json.files[0]?.suppressions).toEqual([
      expect.objectContaining({ ruleId: 'pii-guard/no-pii-in-logs', line: 5, justification: 'ticket SEC-12: the log pipeline masks e-mails' }),
    ]);
  });

  it('reads pii-guard.config.json: an approved take-out is not reported', () => {
    const dir = project({
      'src/signup.ts': SIGNUP,
      'pii-guard.config.json': JSON.stringify({ policy: { approved: [{ kinds: ['email'], sinks: ['log'], reason: 'Audit log of sign-ups (SEC-2024-031)' }] } }),
    });
    const r = runCli(['src'], dir);
    expect(r.code).toBe(0);
  });

  it('stops with exit code 2 and names the bad key of an invalid configuration', () => {
    const dir = project({ 'src/signup.ts': SIGNUP, 'pii-guard.config.json': JSON.stringify({ locale: 'ja', sink: [] }) });
    const r = runCli(['src'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid PII Guard configuration in');
    expect(r.stderr).toContain('unknown key "sink"');
  });

  it('names an unknown data kind in the configuration', () => {
    const dir = project({ 'src/signup.ts': SIGNUP, 'pii-guard.config.json': JSON.stringify({ names: { extra: { kokyakuCode: 'customer' } } }) });
    const r = runCli(['src'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"names.extra.kokyakuCode" names an unknown data kind "customer"');
  });

  it('says so when the configuration file is not JSON', () => {
    const dir = project({ 'src/signup.ts': SIGNUP, 'pii-guard.config.json': '{ "locale": "ja", ' });
    const r = runCli(['src'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pii-guard\.config\.json is not valid JSON/);
  });

  it('reports files that do not parse and still checks the others', () => {
    const lines: string[] = [];
    for (let i = 0, size = 0; size < 5 * 1024 * 1024; i++) {
      const line = `export const row${i} = { id: ${i}, label: 'row ${i}', values: [${i}, ${i + 1}] };`;
      lines.push(line);
      size += line.length + 1;
    }
    lines.push('console.log(customer.email);');
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, k) => (k * 7919) % 256));
    const dir = project({
      'src/broken.ts': 'export const = ;\n',
      'src/empty.ts': '',
      'src/binary.js': binary,
      'src/bom-crlf.ts': '\uFEFFimport pino from "pino";\r\nconst log = pino();\r\nexport const f = (customer: { phone: string }) => {\r\n  log.warn(`phone ${customer.phone}`);\r\n};\r\n',
      'src/generated.js': `${lines.join('\n')}\n`,
      'src/signup.ts': SIGNUP,
    });
    const r = runCli(['src', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.filesLinted).toBe(5);
    const text = runCli(['src', '-q'], dir).stdout;
    expect(text).toContain('src/generated.js  skipped  5.0 MB is larger than the 2.0 MB limit and was not checked (generated or bundled code?); --max-file-size 0 checks it');
    const byFile = Object.fromEntries(report.files.map((f) => [f.filePath, f]));
    expect(byFile['src/broken.ts']?.parseError).toMatchObject({ line: 1, column: 13 });
    expect(byFile['src/binary.js']?.parseError?.message).toContain('Parsing error');
    expect(byFile['src/empty.ts']).toBeUndefined();
    expect(byFile['src/bom-crlf.ts']?.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['pii-guard/no-pii-in-logs', 4, 3]]);
    // Generated code over the size limit is named, not parsed (parsing time grows faster than size).
    expect(byFile['src/generated.js']?.skipped).toEqual({ size: expect.any(Number), limit: 2 * 1024 * 1024 });
    expect(byFile['src/generated.js']?.findings).toEqual([]);
    expect(byFile['src/signup.ts']?.findings).toHaveLength(1);
  }, 120_000);

  it('names the files it could not check in the text report', () => {
    const dir = project({ 'src/broken.ts': 'export const = ;\n', 'src/binary.js': Buffer.from([0, 159, 146, 150, 0, 1]), 'src/signup.ts': SIGNUP });
    const text = runCli(['src'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('src/broken.ts:1:13  not parsed  This file could not be parsed and was not checked: Parsing error:');
    expect(text.stdout).toContain('2 files were not checked because they do not parse');
  });

  it('lints Apps Script .gs files as JavaScript', () => {
    const dir = project({
      'gas/Code.gs': "function onFormSubmit(e) {\n  const tel = e.namedValues['電話番号'][0];\n  console.log('電話: ' + tel);\n  console.log('rows: ' + 3);\n}\n",
    });
    const report = JSON.parse(runCli(['gas', '--format', 'json'], dir).stdout) as JsonReport;
    expect(report.filesLinted).toBe(1);
    expect(report.files[0]?.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['pii-guard/no-pii-in-logs', 3, 3]]);
  });

  it('says which component files it could not check when their parser is not installed', () => {
    const dir = project({
      'src/Profile.vue': '<template><p>{{ user.name }}</p></template>\n<script setup lang="ts">\nconsole.log(user.email);\n</script>\n',
      'src/ok.ts': 'export const n = 1;\n',
    });
    const r = runCli(['src'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 .vue file was not checked: install vue-eslint-parser to check their <script> blocks');
  });
});
