/**
 * The language server publishes PII Guard findings for open documents: on open and on incremental
 * change, for the latest version only, with exact ranges, codes, severities, messages (en/ja), related
 * locations and data; and it reports documents it cannot check without breaking.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, uriOf } from './lsp-client.js';
import { remove, SIGN_IN, workspace, write } from './fixtures.js';

const EMAIL_MESSAGE =
  'Personal data (e-mail address: user.email) is written to a log by logger.info. Log a reference (ID, count), not the value, or mask it. [TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]';
const EMAIL_MESSAGE_JA =
  '個人情報(メールアドレス: user.email)がlogger.infoでログに出力されています。値ではなく参照(ID・件数)を記録するか、マスキングしてください。 [TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c ほか5件]';
const LOG_REQUIREMENTS = ['TO-MIN', 'SM-LOG', 'APPI-SEC', 'PPC-GL-10-6-3', 'PMK-J.9.2', 'GDPR-5-1-c', 'OWASP21-A09', 'OWASP25-A09', 'CWE-532', 'APPI-R7-3', 'APPI-R7-4'];

/** Line 5 of SIGN_IN is `  logger.info({ id: user.id });`; this inserts `, email: user.email` after `user.id`. */
const ADD_EMAIL = { range: { start: { line: 5, character: 28 }, end: { line: 5, character: 28 } }, text: ', email: user.email' };
const REMOVE_EMAIL = { range: { start: { line: 5, character: 28 }, end: { line: 5, character: 47 } }, text: '' };

const codes = (ds: Diagnostic[]): string[] => ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${String(d.code)}`);

describe('diagnostics of open documents', () => {
  let dir: string;
  let client: LspClient;
  beforeAll(async () => {
    dir = workspace({ 'src/a.ts': SIGN_IN });
    client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0 } });
  });
  afterAll(async () => {
    await client.stop();
    remove(dir);
  });

  it('checks a document on open and on each incremental change, for that version', async () => {
    const uri = uriOf(`${dir}/src/a.ts`);
    await client.open(uri, SIGN_IN);
    expect(await client.diagnosticsFor(uri, 1)).toEqual({ uri, version: 1, diagnostics: [] });

    await client.change(uri, 2, [ADD_EMAIL]);
    const added = await client.diagnosticsFor(uri, 2);
    expect(added.version).toBe(2);
    expect(added.diagnostics).toEqual([
      {
        range: { start: { line: 5, character: 2 }, end: { line: 5, character: 13 } },
        severity: 2,
        source: 'PII Guard',
        code: 'pii-guard/no-pii-in-logs',
        codeDescription: { href: 'https://github.com/pii-guard/pii-guard/blob/main/rules/docs/rules/no-pii-in-logs.md' },
        message: EMAIL_MESSAGE,
        data: { ruleId: 'pii-guard/no-pii-in-logs', requirements: LOG_REQUIREMENTS, kinds: ['email'], fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) },
        relatedInformation: [
          {
            location: { uri, range: { start: { line: 4, character: 23 }, end: { line: 4, character: 95 } } },
            message: 'Personal data (e-mail address) comes from here: user.email',
          },
          {
            location: { uri, range: { start: { line: 5, character: 37 }, end: { line: 5, character: 47 } } },
            message: 'It passes through here: user.email',
          },
        ],
      },
    ]);

    await client.change(uri, 3, [REMOVE_EMAIL]);
    expect(await client.diagnosticsFor(uri, 3)).toEqual({ uri, version: 3, diagnostics: [] });
    const status = await client.waitFor('three status notifications', () => (client.status(uri).length >= 3 ? client.status(uri) : null));
    expect(status).toEqual([
      { uri, findings: 0, state: 'checked' },
      { uri, findings: 1, state: 'checked' },
      { uri, findings: 0, state: 'checked' },
    ]);
    await client.close(uri);
  });

  it('gives the same fingerprint as the CLI would for the same finding, whatever the line', async () => {
    const uri = uriOf(`${dir}/src/a.ts`);
    await client.open(uri, SIGN_IN.replace('{ id: user.id }', '{ id: user.id, email: user.email }'));
    const first = await client.diagnosticsFor(uri, 1);
    const from = client.diagnostics.length;
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// moved down\n\n' }]);
    const moved = await client.diagnosticsFor(uri, 2, from);
    expect(moved.diagnostics[0]!.range.start.line).toBe(7);
    expect((moved.diagnostics[0]!.data as { fingerprint: string }).fingerprint).toBe((first.diagnostics[0]!.data as { fingerprint: string }).fingerprint);
    await client.close(uri);
  });

  it('maps severity by data tier: My Number is an Error, an e-mail a Warning, a birth date (quasi-identifier) Information', async () => {
    const uri = uriOf(`${dir}/src/tiers.ts`);
    const text = SIGN_IN.replace(
      '  logger.info({ id: user.id });\n',
      '  logger.warn(`my number ${user.myNumber}`);\n  logger.info({ email: user.email });\n  logger.debug({ birthDate: user.birthDate });\n',
    );
    await client.open(uri, text);
    const published = await client.diagnosticsFor(uri, 1);
    expect(published.diagnostics.map((d) => [d.range.start.line, d.severity, (d.data as { kinds: string[] }).kinds])).toEqual([
      [5, 1, ['myNumber']],
      [6, 2, ['email']],
      [7, 3, ['birthDate']],
    ]);
    expect(published.diagnostics[0]!.message).toContain('A leak would be reportable from a single person (MYN-BREACH).');
    await client.close(uri);
  });

  it('publishes nothing for versions that a newer edit has superseded', async () => {
    const uri = uriOf(`${dir}/src/a.ts`);
    client.settings = { debounceMs: 150 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.open(uri, SIGN_IN);
    await client.diagnosticsFor(uri, 1);
    const from = client.diagnostics.length;
    // Five edits in quick succession, each a new version: only the last is checked.
    for (let v = 2; v <= 6; v++) {
      await client.change(uri, v, [{ range: { start: { line: 6, character: 1 }, end: { line: 6, character: 1 } }, text: `\n// edit ${v}` }]);
    }
    await client.change(uri, 7, [ADD_EMAIL]);
    const last = await client.diagnosticsFor(uri, 7, from);
    await new Promise((r) => setTimeout(r, 400));
    const after = client.diagnostics.slice(from).filter((d) => d.uri === uri);
    expect(after.map((d) => d.version)).toEqual([7]);
    expect(codes(last.diagnostics)).toEqual(['5:2 pii-guard/no-pii-in-logs']);
    client.settings = { debounceMs: 0 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.close(uri);
  });

  it('checks Apps Script (.gs) and untitled documents', async () => {
    const gs = uriOf(`${dir}/Code.gs`);
    await client.open(gs, "function notify(row) {\n  const email = row[2];\n  Logger.log('new booking from ' + email);\n}\n", 'javascript');
    expect(codes((await client.diagnosticsFor(gs, 1)).diagnostics)).toEqual(['2:2 pii-guard/no-pii-in-logs']);
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, 'export function f(user: { email: string }) {\n  console.log(user.email);\n}\n', 'typescript');
    expect(codes((await client.diagnosticsFor(untitled, 1)).diagnostics)).toEqual(['1:2 pii-guard/no-pii-in-logs']);
    const json = uriOf(`${dir}/package.json`);
    await client.open(json, '{"email": "a@b.c"}', 'json');
    await client.close(gs);
    await client.close(untitled);
    await client.close(json);
    expect(client.diagnostics.some((d) => d.uri === json)).toBe(false);
  });

  it('says once that a file does not parse, with one Information diagnostic and no findings', async () => {
    const uri = uriOf(`${dir}/src/broken.ts`);
    await client.open(uri, 'export function f(user) {\n  console.log(user.email;\n}\n');
    const published = await client.diagnosticsFor(uri, 1);
    expect(published.diagnostics).toEqual([
      {
        range: { start: { line: 1, character: 23 }, end: { line: 1, character: 24 } },
        severity: 3,
        source: 'PII Guard',
        message: "PII Guard could not check this file because it does not parse: Parsing error: ')' expected.",
      },
    ]);
    await client.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: ' ' }]);
    await client.diagnosticsFor(uri, 2);
    expect(client.logs().filter((l) => l.includes('does not parse'))).toHaveLength(1);
    // Fixed: the finding is back.
    // (line 1 now starts with the space typed above)
    await client.change(uri, 3, [{ range: { start: { line: 1, character: 25 }, end: { line: 1, character: 25 } }, text: ')' }]);
    expect(codes((await client.diagnosticsFor(uri, 3)).diagnostics)).toEqual(['1:3 pii-guard/no-pii-in-logs']);
    await client.close(uri);
  });

  it('skips a file over the size limit and binary content, saying so once, and keeps serving others', async () => {
    const big = uriOf(`${dir}/src/bundle.js`);
    const line = 'console.log(user.email);\n';
    const bigText = `const user = { email: 'a@example.com' };\n${line.repeat(Math.ceil((2.05 * 1024 * 1024) / line.length))}`;
    await client.open(big, bigText, 'javascript');
    expect((await client.diagnosticsFor(big, 1)).diagnostics).toEqual([]);
    await client.change(big, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// x\n' }]);
    await client.diagnosticsFor(big, 2);
    expect(client.shown().filter((m) => m.includes('bundle.js'))).toEqual([
      'PII Guard did not check src/bundle.js: 2.1 MB is larger than the 2.0 MB limit (setting piiGuard.maxFileSizeMB; 0 checks everything).',
    ]);
    const bin = uriOf(`${dir}/src/blob.js`);
    await client.open(bin, 'console.log(user.email);\u0000\u0001\u0002', 'javascript');
    expect((await client.diagnosticsFor(bin, 1)).diagnostics).toEqual([]);
    expect(client.logs().filter((l) => l.includes('binary'))).toEqual(['PII Guard did not check src/blob.js: it looks like binary content, not source code.']);
    const ok = uriOf(`${dir}/src/ok.ts`);
    await client.open(ok, 'export const f = (user: { email: string }) => console.log(user.email);\n');
    expect(codes((await client.diagnosticsFor(ok, 1)).diagnostics)).toEqual(['0:46 pii-guard/no-pii-in-logs']);
    for (const u of [big, bin, ok]) await client.close(u);
  });

  it('leaves files under node_modules and dist alone, like the CLI, and files matched by piiGuard.ignores', async () => {
    const text = 'export const f = (user: { email: string }) => console.log(user.email);\n';
    const dep = uriOf(`${dir}/node_modules/lib/index.ts`);
    await client.open(dep, text);
    expect((await client.diagnosticsFor(dep, 1)).diagnostics).toEqual([]);
    client.settings = { debounceMs: 0, ignores: ['legacy/**'] };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const legacy = uriOf(`${dir}/legacy/old.ts`);
    await client.open(legacy, text);
    expect((await client.diagnosticsFor(legacy, 1)).diagnostics).toEqual([]);
    client.settings = { debounceMs: 0 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const from = client.diagnostics.length;
    expect(codes((await client.diagnosticsFor(legacy, 1, from)).diagnostics)).toEqual(['0:46 pii-guard/no-pii-in-logs']);
    await client.close(dep);
    await client.close(legacy);
  });

  it('clears diagnostics when piiGuard.enable is turned off, and checks again when it is on', async () => {
    const uri = uriOf(`${dir}/src/a.ts`);
    await client.open(uri, SIGN_IN.replace('{ id: user.id }', '{ email: user.email }'));
    expect((await client.diagnosticsFor(uri, 1)).diagnostics).toHaveLength(1);
    let from = client.diagnostics.length;
    client.settings = { debounceMs: 0, enable: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect((await client.diagnosticsFor(uri, 1, from)).diagnostics).toEqual([]);
    await client.waitFor('disabled status', () => client.notifications.some((n) => n.method === 'piiGuard/status' && (n.params as { state?: string }).state === 'disabled'));
    from = client.diagnostics.length;
    client.settings = { debounceMs: 0 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    expect((await client.diagnosticsFor(uri, 1, from)).diagnostics).toHaveLength(1);
    await client.close(uri);
  });
});

describe('message language', () => {
  const text = SIGN_IN.replace('{ id: user.id }', '{ id: user.id, email: user.email }');
  let dir: string;
  beforeAll(() => {
    dir = workspace({ 'a.ts': text });
  });
  afterAll(() => remove(dir));

  async function messageWith(locale: string | undefined, settings: Record<string, unknown>): Promise<string> {
    const client = await LspClient.start({ folders: [dir], locale, settings: { debounceMs: 0, ...settings } });
    const uri = uriOf(`${dir}/a.ts`);
    await client.open(uri, text);
    const d = await client.diagnosticsFor(uri, 1);
    await client.stop();
    return d.diagnostics[0]!.message;
  }

  it("follows the editor's display language (initialize locale)", async () => {
    expect(await messageWith('ja', {})).toBe(EMAIL_MESSAGE_JA);
    expect(await messageWith('en-US', {})).toBe(EMAIL_MESSAGE);
  });

  it('is overridden by piiGuard.locale', async () => {
    expect(await messageWith('en', { locale: 'ja' })).toBe(EMAIL_MESSAGE_JA);
    expect(await messageWith('ja', { locale: 'en' })).toBe(EMAIL_MESSAGE);
  });

  it("falls back to pii-guard.config.json's locale for other display languages", async () => {
    write(dir, 'pii-guard.config.json', '{ "locale": "ja" }');
    try {
      expect(await messageWith('de', {})).toBe(EMAIL_MESSAGE_JA);
      expect(await messageWith('en', {})).toBe(EMAIL_MESSAGE);
    } finally {
      remove(`${dir}/pii-guard.config.json`);
    }
  });
});

describe('pii-guard.config.json', () => {
  const text = 'export function f(row: { renrakuSaki: string }) {\n  console.log(row.renrakuSaki);\n}\n';

  it('applies the nearest config file and re-reads it when it changes', async () => {
    const dir = workspace({ 'app/src/a.ts': text, 'app/pii-guard.config.json': '{ "names": { "extra": { "renrakuSaki": "email" } } }' });
    const client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0 } });
    try {
      const uri = uriOf(`${dir}/app/src/a.ts`);
      await client.open(uri, text);
      const d = await client.diagnosticsFor(uri, 1);
      expect(d.diagnostics.map((x) => (x.data as { kinds: string[] }).kinds)).toEqual([['email']]);
      // Names ignored by the project: the finding goes once the file says so.
      write(dir, 'app/pii-guard.config.json', '{ "names": { "ignore": ["renrakuSaki"] } }');
      const from = client.diagnostics.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(`${dir}/app/pii-guard.config.json`), type: 2 }] });
      expect((await client.diagnosticsFor(uri, 1, from)).diagnostics).toEqual([]);
      expect(client.requests.filter((r) => r.method === 'client/registerCapability').flatMap((r) => (r.params as { registrations: Array<{ method: string }> }).registrations.map((x) => x.method))).toEqual(
        expect.arrayContaining(['workspace/didChangeWatchedFiles', 'workspace/didChangeConfiguration']),
      );
    } finally {
      await client.stop();
      remove(dir);
    }
  });

  it('reports a broken config file once, clearly, and still checks with the built-in defaults', async () => {
    const dir = workspace({
      'pii-guard.config.json': '{ "names": { "extra": { "renrakuSaki": "email" } }, }',
      'a.ts': text,
      'b.ts': SIGN_IN.replace('{ id: user.id }', '{ email: user.email }'),
    });
    const client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0 } });
    try {
      const a = uriOf(`${dir}/a.ts`);
      const b = uriOf(`${dir}/b.ts`);
      await client.open(a, text);
      await client.open(b, SIGN_IN.replace('{ id: user.id }', '{ email: user.email }'));
      expect((await client.diagnosticsFor(a, 1)).diagnostics).toEqual([]);
      expect(codes((await client.diagnosticsFor(b, 1)).diagnostics)).toEqual(['5:2 pii-guard/no-pii-in-logs']);
      await client.change(a, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '\n' }]);
      await client.diagnosticsFor(a, 2);
      const shown = client.shown();
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatch(/^PII Guard ignores an invalid configuration and uses its built-in defaults\. .*pii-guard\.config\.json is not valid JSON: /);
      const warnings = client.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { type: number }).type);
      expect(warnings).toEqual([2]);
    } finally {
      await client.stop();
      remove(dir);
    }
  });

  it('reports an unknown data kind in the editor settings and ignores just that part', async () => {
    const dir = workspace({ 'a.ts': text });
    const client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0, names: { extra: { renrakuSaki: 'noSuchKind' } } } });
    try {
      const uri = uriOf(`${dir}/a.ts`);
      await client.open(uri, text);
      expect((await client.diagnosticsFor(uri, 1)).diagnostics).toEqual([]);
      expect(client.shown()).toEqual([expect.stringContaining('PII Guard ignores invalid editor settings (piiGuard.*). Invalid PII Guard configuration in piiGuard.names: "names.extra.renrakuSaki" names an unknown data kind "noSuchKind"')]);
    } finally {
      await client.stop();
      remove(dir);
    }
  });

  it('takes settings pushed with didChangeConfiguration from a client that cannot be asked', async () => {
    const dir = workspace({ 'a.ts': text });
    const client = await LspClient.start({ folders: [dir], capabilities: { workspace: { configuration: false } } });
    try {
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { piiGuard: { debounceMs: 0, names: { extra: { renrakuSaki: 'email' } } } } });
      const uri = uriOf(`${dir}/a.ts`);
      await client.open(uri, text);
      expect(codes((await client.diagnosticsFor(uri, 1)).diagnostics)).toEqual(['1:2 pii-guard/no-pii-in-logs']);
      expect(client.requests.filter((r) => r.method === 'workspace/configuration')).toEqual([]);
    } finally {
      await client.stop();
      remove(dir);
    }
  });
});
