/** Hover on a finding explains it: data, tier, sink and destination, requirements, breach report, remedies. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, uriOf } from './lsp-client.js';
import { remove, SIGN_IN, workspace } from './fixtures.js';

const TEXT = SIGN_IN.replace('  logger.info({ id: user.id });\n', "  logger.info({ id: user.id, email: user.email });\n  fetch('https://api.segment.io/v1/track?n=' + user.myNumber);\n");

async function hoverAt(client: LspClient, uri: string, line: number, character: number): Promise<string | null> {
  const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover | null;
  return h ? (h.contents as MarkupContent).value : null;
}

describe('hover', () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace({ 'a.ts': TEXT });
  });
  afterAll(() => remove(dir));

  it('explains a finding in English', async () => {
    const client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0 } });
    try {
      const uri = uriOf(`${dir}/a.ts`);
      await client.open(uri, TEXT);
      await client.diagnosticsFor(uri, 1);
      expect(await hoverAt(client, uri, 5, 8)).toBe(
        [
          '**PII Guard** · `pii-guard/no-pii-in-logs` · Warning',
          '',
          'Personal data (e-mail address: user.email) is written to a log by logger.info. Log a reference (ID, count), not the value, or mask it. \\[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more\\]',
          '',
          '**Personal data**',
          '- e-mail address — `user.email` · direct identifier (name, contact details) · confidence: high',
          '',
          '**Where it goes**: `logger.info` — log (loggers)',
          '',
          '**Requirements**',
          '- `TO-MIN` Take out only the minimum data needed',
          '- `SM-LOG` Record and monitor access and take-outs (log references, not values)',
          '- `APPI-SEC` Security control measures (APPI Art. 23)',
          '- `PPC-GL-10-6-3` Technical measures: prevent unauthorised access (monitor and protect access records)',
          '- `PMK-J.9.2` P-mark security control measures',
          '- `GDPR-5-1-c` Data minimisation (GDPR Art. 5(1)(c))',
          '- `OWASP21-A09` Security Logging and Monitoring Failures (OWASP Top 10:2021 A09)',
          '- `OWASP25-A09` Logging & Alerting Failures (OWASP Top 10:2025 A09)',
          '- and 3 more: CWE-532, APPI-R7-3, APPI-R7-4',
          '',
          '**If it leaked**: not reportable from one person alone; reportable when the leak is malicious (incl. insider take-out) or affects more than 1,000 people (APPI Rules Art. 7 iii, iv).',
          '',
          '**How to fix**',
          '- Pass only the fields the task needs, picked explicitly, not the whole record',
          '- Log a reference (user ID, record count), not the value; keep audit records of who accessed or exported what, protected from tampering',
          '- Mask, encrypt or drop the personal data before it reaches this sink',
          '- Monitor access to personal data and protect those records from leakage and tampering: they hold references, not personal values',
          '',
          '[Rule documentation](https://github.com/pii-guard/pii-guard/blob/main/rules/docs/rules/no-pii-in-logs.md)',
        ].join('\n'),
      );
      // Outside any finding: no hover.
      expect(await hoverAt(client, uri, 4, 3)).toBeNull();
      expect(await hoverAt(client, uri, 5, 20)).toBeNull();
      // A third-party destination abroad and a My Number: vendor, country, tier and the breach report.
      const myNumber = (await hoverAt(client, uri, 6, 3))!;
      expect(myNumber).toContain('**PII Guard** · `pii-guard/no-unprotected-pii-transmission` · Error');
      expect(myNumber).toContain('- My Number (individual number) — `user.myNumber` · national ID (My Number and other official numbers) · confidence: medium');
      expect(myNumber).toContain('**Where it goes**: `fetch` — transmission (http)\n\n**Destination**: `api.segment.io`');
      expect(myNumber).toContain("**If it leaked**: reportable to the PPC and the person from a single person's data (MYN-BREACH).");
    } finally {
      await client.stop();
    }
  });

  it('names the vendor and its country for an SDK', async () => {
    const text = "import * as Sentry from '@sentry/node';\nexport function f(user: { email: string }) {\n  Sentry.setUser({ email: user.email });\n}\n";
    const client = await LspClient.start({ folders: [dir], settings: { debounceMs: 0 } });
    try {
      const uri = uriOf(`${dir}/sentry.ts`);
      await client.open(uri, text);
      await client.diagnosticsFor(uri, 1);
      const hover = (await hoverAt(client, uri, 2, 2))!;
      expect(hover).toContain('**Where it goes**: `Sentry.setUser` — transmission (monitoring)\n\n**Destination**: Sentry (US)\n');
    } finally {
      await client.stop();
    }
  });

  it('explains a finding in Japanese, with the catalog titles in Japanese', async () => {
    const client = await LspClient.start({ folders: [dir], locale: 'ja', settings: { debounceMs: 0 } });
    try {
      const uri = uriOf(`${dir}/a.ts`);
      await client.open(uri, TEXT);
      await client.diagnosticsFor(uri, 1);
      const text = (await hoverAt(client, uri, 5, 8))!;
      const lines = text.split('\n');
      expect(lines[0]).toBe('**PII Guard** · `pii-guard/no-pii-in-logs` · 警告');
      expect(lines[2]).toBe(
        '個人情報(メールアドレス: user.email)がlogger.infoでログに出力されています。値ではなく参照(ID・件数)を記録するか、マスキングしてください。 \\[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c ほか5件\\]',
      );
      expect(lines).toContain('**個人データ**');
      expect(lines).toContain('- メールアドレス — `user.email` · 直接識別子(氏名・連絡先等) · 確度: 高');
      expect(lines).toContain('**出力先**: `logger.info` — ログ出力 (loggers)');
      expect(lines).toContain('**関係する要件**');
      expect(lines.filter((l) => l.startsWith('- `TO-MIN` '))).toHaveLength(1);
      expect(lines.find((l) => l.startsWith('- `TO-MIN` '))).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(lines).toContain('**対処方法**');
      expect(lines).toContain('[ルールの説明](https://github.com/pii-guard/pii-guard/blob/main/rules/docs/rules/no-pii-in-logs.md)');
      const myNumber = (await hoverAt(client, uri, 6, 3))!;
      expect(myNumber).toContain('**漏えいした場合**: 1人分でも個人情報保護委員会と本人への報告対象です(MYN-BREACH)。');
    } finally {
      await client.stop();
    }
  });
});
