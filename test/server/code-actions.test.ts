/**
 * Quick fixes: each one is applied to the text the way an editor applies it, and the result is sent back
 * to the server as the next version: the finding must be gone (or lose the dropped field) and the file must
 * still parse. Also run over every finding of samples/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient, REPO, uriOf } from './lsp-client.js';
import { applyAction, remove, workspace } from './fixtures.js';

const A = `import pino from 'pino';

const logger = pino();

export function signIn(user: { id: string; email: string; phone: string }) {
  logger.info({ id: user.id, email: user.email });
  if (user.phone) {
    logger.warn(\`phone \${user.phone}\`);
  }
}
`;

const JSX = `export function Card({ user }: { user: { email: string } }) {
  return (
    <div>
      <button onClick={() => fetch('https://track.example.net/c?e=' + user.email)}>go</button>
    </div>
  );
}
`;

const TWO_ON_A_LINE = `export function f(user: { email: string }) {
  fetch('https://t.example.net/?e=' + user.email).then(() => console.log(user.email));
  const s = \`a
\${fetch('https://t.example.net/?e=' + user.email)}\`;
  return s;
}
`;

const COMMON_JS = `'use strict';
const winston = require('winston');

const log = winston.createLogger();

module.exports = function audit(customer) {
  log.info('customer ' + customer.email);
};
`;

interface Session {
  client: LspClient;
  uri: string;
  text: string;
  version: number;
  diagnostics: Diagnostic[];
}

async function openDoc(client: LspClient, uri: string, text: string, languageId = 'typescript'): Promise<Session> {
  await client.open(uri, text, languageId);
  return { client, uri, text, version: 1, diagnostics: (await client.diagnosticsFor(uri, 1)).diagnostics };
}

function actionsFor(s: Session, d: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return s.client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: s.uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } });
}

/** Sends `text` as the next version (full sync) and returns what the server published for it. */
async function relint(s: Session, text: string): Promise<PublishDiagnosticsParams> {
  s.version++;
  const from = s.client.diagnostics.length;
  await s.client.change(s.uri, s.version, [{ text }]);
  return s.client.diagnosticsFor(s.uri, s.version, from);
}

const summary = (ds: Diagnostic[]): string[] => ds.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code ?? d.message}`);

/** What the user types over the placeholder the suppress fix selects: until then the suppression is itself reported. */
const REASON = 'masked by the log pipeline (SEC-12)';
const filled = (text: string): string => text.replace(/TODO: reason/g, REASON);

describe('code actions', () => {
  let dir: string;
  let client: LspClient;
  beforeAll(async () => {
    dir = workspace({});
    client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0, maskingHelper: { name: 'maskPII', module: './src/privacy' } } });
  });
  afterAll(async () => {
    await client.stop();
    remove(dir);
  });

  it('offers wrap, drop and suppress for a finding; each fixes it and the file still parses', async () => {
    const s = await openDoc(client, uriOf(`${dir}/src/a.ts`), A);
    expect(summary(s.diagnostics)).toEqual(['5:2 pii-guard/no-pii-in-logs', '7:4 pii-guard/no-pii-in-logs']);
    const actions = await actionsFor(s, s.diagnostics[0]!);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false, a.diagnostics?.map((d) => (d.data as { fingerprint: string }).fingerprint)])).toEqual([
      ['Wrap user.email in maskPII()', 'quickfix', true, [(s.diagnostics[0]!.data as { fingerprint: string }).fingerprint]],
      ['Remove email from the data passed to logger.info', 'quickfix', false, [(s.diagnostics[0]!.data as { fingerprint: string }).fingerprint]],
      ['Suppress pii-guard/no-pii-in-logs on this line (with a reason)', 'quickfix', false, [(s.diagnostics[0]!.data as { fingerprint: string }).fingerprint]],
      ['Wrap personal data in maskPII() for 2 findings in this file', 'quickfix', false, s.diagnostics.map((d) => (d.data as { fingerprint: string }).fingerprint)],
    ]);
    const [wrap, drop, suppress, all] = actions as [CodeAction, CodeAction, CodeAction, CodeAction];

    const wrapped = applyAction(A, wrap, s.uri);
    expect(wrapped).toBe(A.replace("import pino from 'pino';\n", "import pino from 'pino';\nimport { maskPII } from './privacy';\n").replace('email: user.email', 'email: maskPII(user.email)'));
    expect(summary((await relint(s, wrapped)).diagnostics)).toEqual(['8:4 pii-guard/no-pii-in-logs']);

    const dropped = applyAction(A, drop, s.uri);
    expect(dropped).toBe(A.replace('{ id: user.id, email: user.email }', '{ id: user.id }'));
    expect(summary((await relint(s, dropped)).diagnostics)).toEqual(['7:4 pii-guard/no-pii-in-logs']);

    const suppressed = applyAction(A, suppress, s.uri);
    expect(suppressed).toBe(A.replace('  logger.info(', '  // eslint-disable-next-line pii-guard/no-pii-in-logs -- TODO: reason\n  logger.info('));
    expect(summary((await relint(s, suppressed)).diagnostics)).toEqual(['5:2 pii-guard/require-suppression-reason', '8:4 pii-guard/no-pii-in-logs']);
    expect(summary((await relint(s, filled(suppressed))).diagnostics)).toEqual(['8:4 pii-guard/no-pii-in-logs']);
    // The placeholder reason is selected for the user to type over.
    expect(suppress.command).toEqual({
      title: 'TODO: reason',
      command: 'pii-guard.server.selectRange',
      arguments: [s.uri, { start: { line: 5, character: 58 }, end: { line: 5, character: 70 } }],
    });

    const fixedAll = applyAction(A, all, s.uri);
    expect(fixedAll).toBe(wrapped.replace('${user.phone}', '${maskPII(user.phone)}'));
    expect((await relint(s, fixedAll)).diagnostics).toEqual([]);
    await client.close(s.uri);
  });

  it('selects the placeholder reason through window/showDocument when the command runs', async () => {
    const range = { start: { line: 5, character: 58 }, end: { line: 5, character: 70 } };
    const uri = uriOf(`${dir}/src/a.ts`);
    await client.connection.sendRequest('workspace/executeCommand', { command: 'pii-guard.server.selectRange', arguments: [uri, range] });
    expect(client.requests.filter((r) => r.method === 'window/showDocument').map((r) => r.params)).toEqual([{ uri, selection: range, takeFocus: true }]);
  });

  it('offers source.fixAll.piiGuard for editor.codeActionsOnSave', async () => {
    const s = await openDoc(client, uriOf(`${dir}/src/a.ts`), A);
    const actions = await actionsFor(s, s.diagnostics[0]!, ['source.fixAll']);
    expect(actions.map((a) => [a.title, a.kind])).toEqual([['Wrap personal data in maskPII() for 2 findings in this file', 'source.fixAll.piiGuard']]);
    expect((await relint(s, applyAction(A, actions[0]!, s.uri))).diagnostics).toEqual([]);
    expect(await actionsFor(s, s.diagnostics[0]!, ['refactor'])).toEqual([]);
    await client.close(s.uri);
  });

  it('suppresses inside JSX children with a JSX comment', async () => {
    const s = await openDoc(client, uriOf(`${dir}/src/card.tsx`), JSX, 'typescriptreact');
    expect(summary(s.diagnostics)).toEqual(['3:29 pii-guard/no-unprotected-pii-transmission']);
    const suppress = (await actionsFor(s, s.diagnostics[0]!)).find((a) => a.title.startsWith('Suppress'))!;
    const text = applyAction(JSX, suppress, s.uri);
    expect(text).toBe(JSX.replace('      <button', '      {/* eslint-disable-next-line pii-guard/no-unprotected-pii-transmission -- TODO: reason */}\n      <button'));
    expect(summary((await relint(s, text)).diagnostics)).toEqual(['3:7 pii-guard/require-suppression-reason']);
    expect((await relint(s, filled(text))).diagnostics).toEqual([]);
    await client.close(s.uri);
  });

  it('adds a second rule to the directive above instead of stacking directives, and never writes into a template literal', async () => {
    const s = await openDoc(client, uriOf(`${dir}/src/two.ts`), TWO_ON_A_LINE);
    expect(summary(s.diagnostics)).toEqual(['1:2 pii-guard/no-unprotected-pii-transmission', '1:61 pii-guard/no-pii-in-logs', '3:2 pii-guard/no-unprotected-pii-transmission']);
    const first = (await actionsFor(s, s.diagnostics[0]!)).find((a) => a.title.startsWith('Suppress'))!;
    const once = filled(applyAction(TWO_ON_A_LINE, first, s.uri));
    const after = await relint(s, once);
    expect(summary(after.diagnostics)).toEqual(['2:61 pii-guard/no-pii-in-logs', '4:2 pii-guard/no-unprotected-pii-transmission']);
    s.text = once;
    const second = (await actionsFor(s, after.diagnostics[0]!)).find((a) => a.title.startsWith('Suppress'))!;
    expect(second.command).toBeUndefined();
    const twice = applyAction(once, second, s.uri);
    expect(twice.split('\n')[1]).toBe(`  // eslint-disable-next-line pii-guard/no-unprotected-pii-transmission, pii-guard/no-pii-in-logs -- ${REASON}`);
    const last = await relint(s, twice);
    expect(summary(last.diagnostics)).toEqual(['4:2 pii-guard/no-unprotected-pii-transmission']);
    // Line 4 starts inside a template literal: no comment line can go there.
    expect((await actionsFor(s, last.diagnostics[0]!)).map((a) => a.title)).toEqual(['Wrap user.email in maskPII()']);
    await client.close(s.uri);
  });

  it('imports the helper with require() in CommonJS, after the directive prologue', async () => {
    const s = await openDoc(client, uriOf(`${dir}/lib/audit.cjs`), COMMON_JS, 'javascript');
    expect(summary(s.diagnostics)).toEqual(['6:2 pii-guard/no-pii-in-logs']);
    const wrap = (await actionsFor(s, s.diagnostics[0]!))[0]!;
    expect(wrap.title).toBe('Wrap customer.email in maskPII()');
    const text = applyAction(COMMON_JS, wrap, s.uri);
    expect(text).toBe(
      COMMON_JS.replace("'use strict';\n", "'use strict';\nconst { maskPII } = require('../src/privacy');\n").replace("'customer ' + customer.email", "'customer ' + maskPII(customer.email)"),
    );
    expect((await relint(s, text)).diagnostics).toEqual([]);
    await client.close(s.uri);
  });

  it('uses the configured helper even when its name is not a built-in masking name, and speaks Japanese', async () => {
    const jaDir = workspace({});
    const ja = await LspClient.start({ folders: [jaDir], locale: 'ja', settings: { debounceMs: 0, maskingHelper: { name: 'hide', module: '@acme/privacy' } } });
    try {
      const s = await openDoc(ja, uriOf(`${jaDir}/a.ts`), A);
      const actions = await actionsFor(s, s.diagnostics[1]!);
      expect(actions.map((a) => a.title)).toEqual([
        'user.phone を hide() でマスクする',
        'この行の pii-guard/no-pii-in-logs を理由付きで抑止する',
        'このファイルの2件の検出で個人データを hide() でマスクする',
      ]);
      const text = applyAction(A, actions[0]!, s.uri);
      expect(text).toBe(A.replace("import pino from 'pino';\n", "import pino from 'pino';\nimport { hide } from '@acme/privacy';\n").replace('${user.phone}', '${hide(user.phone)}'));
      expect(summary((await relint(s, text)).diagnostics)).toEqual(['6:2 pii-guard/no-pii-in-logs']);
      expect(applyAction(A, actions[1]!, s.uri)).toContain('    // eslint-disable-next-line pii-guard/no-pii-in-logs -- TODO: 理由を記入\n    logger.warn(');
    } finally {
      await ja.stop();
      remove(jaDir);
    }
  });
});

describe('code actions on every finding of samples/', () => {
  it('leave the file parsing and make the finding go away (wrap, suppress) or change (drop)', async () => {
    const client = await LspClient.start({ folders: [REPO], settings: { debounceMs: 0 } });
    const counts: Record<string, number> = { Wrap: 0, Remove: 0, Suppress: 0 };
    const failures: string[] = [];
    try {
      const files = (readdirSync(join(REPO, 'samples'), { recursive: true }) as string[])
        .filter((f) => /\.(js|jsx|mjs|cjs|ts|tsx|mts|cts|gs)$/.test(f))
        .sort()
        .map((f) => join(REPO, 'samples', f));
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const s = await openDoc(client, uriOf(file), text, file.endsWith('x') ? 'typescriptreact' : 'typescript');
        for (const d of s.diagnostics) {
          const fingerprint = (d.data as { fingerprint: string }).fingerprint;
          const own = (await actionsFor(s, d)).filter((a) => a.diagnostics?.length === 1 && (a.diagnostics[0]!.data as { fingerprint: string }).fingerprint === fingerprint);
          for (const a of own) {
            const kind = a.title.split(' ')[0]!;
            counts[kind] = (counts[kind] ?? 0) + 1;
            const applied = applyAction(text, a, s.uri);
            const after = (await relint(s, kind === 'Suppress' ? filled(applied) : applied)).diagnostics;
            const parses = after.every((x) => x.code !== undefined);
            const gone = !after.some((x) => (x.data as { fingerprint: string }).fingerprint === fingerprint);
            const fewer = after.length < s.diagnostics.length;
            if (!parses || !gone || (kind !== 'Remove' && !fewer)) failures.push(`${file.slice(REPO.length)}:${d.range.start.line + 1} ${a.title}`);
            await relint(s, text);
          }
        }
        await client.close(s.uri);
      }
    } finally {
      await client.stop();
    }
    expect(failures).toEqual([]);
    // Every finding can be suppressed; most can be wrapped (not hard-coded values, not data hidden in a Blob).
    expect(counts.Suppress).toBe(59);
    expect(counts.Wrap).toBeGreaterThanOrEqual(50);
    expect(counts.Remove).toBeGreaterThanOrEqual(25);
  }, 240_000);
});

describe('suppressions without a reason (pii-guard/require-suppression-reason)', () => {
  it('are reported with the rule as code, and fixed by adding a reason to fill in', async () => {
    const text = 'export function f(user: { email: string }) {\n  // eslint-disable-next-line pii-guard/no-pii-in-logs\n  console.log(user.email);\n}\n';
    const dir = workspace({});
    const client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0 } });
    try {
      const s = await openDoc(client, uriOf(`${dir}/a.ts`), text);
      expect(s.diagnostics).toEqual([
        {
          range: { start: { line: 1, character: 2 }, end: { line: 1, character: 54 } },
          severity: 1,
          source: 'PII Guard',
          code: 'pii-guard/require-suppression-reason',
          codeDescription: { href: 'https://github.com/pii-guard/pii-guard/blob/main/rules/docs/rules/require-suppression-reason.md' },
          message: expect.stringMatching(/^A suppression of a personal-data finding needs a reason \(pii-guard\/no-pii-in-logs\)/),
          // The same model the CLI reports: the accountability requirements and the kind of data it hides.
          data: { ruleId: 'pii-guard/require-suppression-reason', requirements: ['TO-APR', 'PMK-J.4.5.5'], kinds: ['email'], fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) },
        },
      ]);
      const actions = await actionsFor(s, s.diagnostics[0]!);
      expect(actions.map((a) => a.title)).toEqual(['Add a reason to this suppression']);
      expect(actions[0]!.command?.arguments).toEqual([s.uri, { start: { line: 1, character: 58 }, end: { line: 1, character: 70 } }]);
      const fixed = applyAction(text, actions[0]!, s.uri);
      expect(fixed.split('\n')[1]).toBe('  // eslint-disable-next-line pii-guard/no-pii-in-logs -- TODO: reason');
      // The placeholder is no reason yet; the one the user types is.
      expect(summary((await relint(s, fixed)).diagnostics)).toEqual(['1:2 pii-guard/require-suppression-reason']);
      expect((await relint(s, filled(fixed))).diagnostics).toEqual([]);
    } finally {
      await client.stop();
      remove(dir);
    }
  });

  it('bring the finding back at its own place once their until day has passed, with its requirements and a wrap fix', async () => {
    const text = 'export function f(user: { email: string }) {\n  // eslint-disable-next-line pii-guard/no-pii-in-logs -- masked downstream until 2020-01-31\n  console.log(user.email);\n}\n';
    const dir = workspace({});
    const client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0 } });
    try {
      const s = await openDoc(client, uriOf(`${dir}/a.ts`), text);
      expect(summary(s.diagnostics)).toEqual(['2:2 pii-guard/require-suppression-reason']);
      const d = s.diagnostics[0]!;
      expect(d.message).toMatch(/2020-01-31/);
      expect(d.range).toEqual({ start: { line: 2, character: 2 }, end: { line: 2, character: 13 } });
      expect((d.data as { requirements: string[]; kinds: string[] }).kinds).toEqual(['email']);
      expect((d.data as { requirements: string[] }).requirements).toContain('SM-LOG');
      expect(d.relatedInformation?.length).toBeGreaterThan(0);
      const wrap = (await actionsFor(s, d)).find((a) => a.title.startsWith('Wrap'))!;
      expect(wrap.title).toBe('Wrap user.email in maskPII()');
      expect((await relint(s, applyAction(text, wrap, s.uri))).diagnostics).toEqual([]);
    } finally {
      await client.stop();
      remove(dir);
    }
  });
});
