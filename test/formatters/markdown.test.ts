/**
 * `formatReport('markdown', …)` on the samples scan (59 findings) and on a project with suppressions, a
 * syntax error and markup in names: sections, counts, links and escaping, in English and Japanese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../rules/src/formatters/index.js';
import type { LintRun } from '../../rules/src/report/model.js';
import { GENERATED_AT, REPO, TOOL, projectRun, removeProjects, samplesRun } from './fixture.js';

const headings = (md: string, level: string): string[] =>
  md
    .split('\n')
    .filter((l) => l.startsWith(`${level} `))
    .map((l) => l.slice(level.length + 1));

const line = (md: string, prefix: string): string => {
  const found = md.split('\n').find((l) => l.startsWith(prefix));
  if (!found) throw new Error(`No line starts with ${prefix}`);
  return found;
};

describe('Markdown report of the samples scan', () => {
  let run: LintRun;
  let en: string;
  let ja: string;
  beforeAll(async () => {
    run = await samplesRun();
    en = formatReport('markdown', run, { locale: 'en', tool: TOOL, cwd: REPO, generatedAt: GENERATED_AT });
    ja = formatReport('markdown', run, { locale: 'ja', tool: TOOL, cwd: REPO, generatedAt: GENERATED_AT });
  });

  it('has the auditor sections in order', () => {
    expect(en.startsWith('# PII Guard report\n')).toBe(true);
    expect(headings(en, '##')).toEqual([
      'Scan',
      'Summary',
      'Leaks reportable under APPI Enforcement Rules Art. 7',
      'Findings by requirement',
      'Findings by data kind',
      'Personal data sent to external destinations',
      'All findings',
      'Suppressions',
      'Files not checked',
    ]);
    expect(headings(en, '###').slice(0, 9)).toEqual([
      'Findings by data tier (most sensitive data of each finding)',
      'Findings by rule',
      'Take-out rules (TO-*)',
      'Security measures (SM-*)',
      'APPI, PPC guidelines, My Number Act, P-mark',
      'GDPR',
      'PCI DSS v4',
      'CWE and OWASP Top 10',
      '[samples/batch-export/fixtures/customers.ts](samples/batch-export/fixtures/customers.ts)',
    ]);
    // One heading per file with findings (38 of the 59 files).
    expect(headings(en, '###').filter((h) => h.startsWith('[samples/'))).toHaveLength(38);
  });

  it('states the scan metadata', () => {
    expect(en).toContain('| Tool | pii-guard 0.1.0 |');
    expect(en).toContain('| Generated | 2026-05-01 09:30 UTC |');
    expect(en).toContain(`| Scan root | \`${REPO}\` |`);
    expect(en).toContain('| Files scanned | 59 |');
    expect(en).toContain('| Files with findings | 38 |');
    expect(en).toContain('| Files not checked | 0 |');
    expect(en).toContain('| Baseline | none (every finding is listed) |');
  });

  it('counts 59 findings by severity, tier and rule', () => {
    expect(line(en, '| Findings | Errors')).toBe('| Findings | Errors | Warnings | Files with findings | Reportable from one person | Suppressed |');
    expect(en).toContain('| **59** | 53 | 6 | 38 / 59 | 6 | 0 |');
    expect(en).toContain('| National ID numbers (個人識別符号) | 4 | 7% |');
    expect(en).toContain('| Special-care data (要配慮個人情報) | 1 | 2% |');
    expect(en).toContain('| Financial and card data | 2 | 3% |');
    expect(en).toContain('| Credentials | 1 | 2% |');
    expect(en).toContain('| Direct identifiers | 51 | 86% |');
    expect(en).toContain('| `pii-guard/no-pii-in-logs` | 20 |');
    expect(en).toContain('| `pii-guard/no-unprotected-pii-transmission` | 19 |');
    expect(en).toContain('| `pii-guard/no-unprotected-pii-export` | 14 |');
    expect(en).toContain('| `pii-guard/no-hardcoded-pii` | 6 |');
  });

  it('lists the six findings reportable from one person with their trigger', () => {
    const section = en.slice(en.indexOf('## Leaks reportable'), en.indexOf('## Findings by requirement'));
    const rows = section.split('\n').filter((l) => l.startsWith('| [F'));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toBe(
      '| [F1](samples/batch-export/fixtures/customers.ts#L43) | [samples/batch-export/fixtures/customers.ts:43](samples/batch-export/fixtures/customers.ts#L43) | credit card number (PAN) | `APPI-R7-2` Data risking financial loss (e.g. card numbers) is reportable from one person | `source code` |',
    );
    expect(rows.filter((r) => r.includes('`MYN-BREACH` Report My Number breaches'))).toHaveLength(4);
    expect(rows.filter((r) => r.includes('`APPI-R7-1` A leak of special-care data'))).toHaveLength(1);
  });

  it('groups findings by requirement with counts and links to each place', () => {
    const toEnc = line(en, '| `TO-ENC` |');
    expect(toEnc.startsWith('| `TO-ENC` | Encrypt personal data taken out of the company | 20 | [F1](samples/batch-export/fixtures/customers.ts#L43), [F4](samples/batch-export/src/exports/customer-csv.ts#L49), ')).toBe(true);
    expect(toEnc.match(/\[F\d+\]/g)).toHaveLength(20);
    expect(line(en, '| [`PCI4-3.5.1`]')).toContain('| Render stored PAN unreadable, including in logs | 1 | [F1](samples/batch-export/fixtures/customers.ts#L43) |');
    expect(line(en, '| [`CWE-532`]')).toContain('| Insertion of Sensitive Information into Log File | 20 |');
    // The first column of the GDPR table: every row is a GDPR ID.
    const gdpr = en.slice(en.indexOf('### GDPR'), en.indexOf('### PCI DSS v4'));
    expect(gdpr.split('\n').filter((l) => l.startsWith('| [`')).every((l) => l.startsWith('| [`GDPR-'))).toBe(true);
  });

  it('lists data kinds and the external destinations with vendor, country, data and sink', () => {
    expect(line(en, '| My Number (individual number) `myNumber` |')).toMatch(/^\| My Number \(individual number\) `myNumber` \| National ID numbers \(個人識別符号\) \| 4 \| /);
    expect(en).toContain(
      '| Slack | US | `hooks.slack.com` | name, phone number | `UrlFetchApp.fetch`, `kintone.proxy` | no problem found | [F21](samples/gas-booking/src/ChatNotify.gs#L11), [F35](samples/kintone-customer/js/notify.js#L21) |',
    );
    expect(line(en, '| — | — | `crm-legacy.osaka.corp.internal` |')).toContain('| `axios.put` | **plain text / TLS off** | [F2](samples/batch-export/src/crm-sync.ts#L27) |');
    const section = en.slice(en.indexOf('## Personal data sent'), en.indexOf('## All findings'));
    expect(section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Vendor'))).toHaveLength(15);
  });

  it('lists every finding once, with a line link and the requirements side by side', () => {
    const rows = en.split('\n').filter((l) => /^\| F\d+ \|/.test(l));
    expect(rows).toHaveLength(59);
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(Array.from({ length: 59 }, (_, i) => `| F${i + 1}`));
    expect(line(en, '| # | Line | Severity | Rule | Finding |')).toBe(
      '| # | Line | Severity | Rule | Finding | Take-out | APPI / security measures | GDPR | PCI DSS | CWE / OWASP |',
    );
    expect(rows[1]).toBe(
      '| F2 | [27:23](samples/batch-export/src/crm-sync.ts#L27) | error | `pii-guard/no-unprotected-pii-transmission` | Personal data (name: customer.full\\_name, name reading (kana): customer.full\\_name\\_kana, e-mail address: customer.email and 3 more) is sent by axios.put over an unencrypted or unverified connection (crm-legacy.osaka.corp.internal). Use https:// or wss:// and keep TLS verification on. | TO-MIN, TO-NET | APPI-3P, APPI-3P-REC, APPI-SEC, APPI-R7-3, APPI-R7-4 | — | — | CWE-201, CWE-319, CWE-359 |',
    );
  });

  it('lists only the new findings when the run was compared with a baseline', () => {
    const copy = structuredClone(run);
    copy.files.flatMap((f) => f.findings).forEach((f, i) => (f.baselineState = i < 50 ? 'unchanged' : 'new'));
    copy.baseline = { path: '.pii-guard-baseline.json', unchanged: 50, new: 9, absent: 3 };
    const md = formatReport('markdown', copy, { locale: 'en', tool: TOOL, cwd: REPO, generatedAt: GENERATED_AT });
    expect(md).toContain(
      '| Baseline | .pii-guard-baseline.json: 9 new findings (listed in this report), 50 unchanged (recorded in the baseline, not listed), 3 no longer found |',
    );
    const rows = md.split('\n').filter((l) => /^\| F\d+ \|/.test(l));
    expect(rows).toHaveLength(9);
    expect(rows.every((r) => / \| (error|warning) \(new\) \| /.test(r))).toBe(true);
    expect(md).toContain('| **9** |');
  });

  it('says there are no suppressions and that every file was checked', () => {
    expect(en).toContain('\nNo PII Guard finding is suppressed.\n');
    expect(en).toContain('\nEvery file was checked.\n');
  });

  it('is written in Japanese for locale ja', () => {
    expect(ja.startsWith('# PII Guard 検査レポート\n')).toBe(true);
    expect(headings(ja, '##')).toEqual([
      '検査情報',
      '概要',
      '漏えい時に報告対象となる検出(個人情報保護法施行規則7条)',
      '要件別の検出',
      'データ種別ごとの検出',
      '外部送信先と送信される個人情報',
      '全検出一覧',
      '抑止された検出',
      '検査できなかったファイル',
    ]);
    expect(headings(ja, '###').slice(2, 8)).toEqual([
      '持ち出しルール(TO-*)',
      '安全管理措置(SM-*)',
      '個人情報保護法・PPCガイドライン・番号法・Pマーク',
      'GDPR',
      'PCI DSS v4',
      'CWE・OWASP Top 10',
    ]);
    expect(ja).toContain('| 検出 | エラー | 警告 | 検出のあるファイル | 1人でも報告対象 | 抑止 |');
    expect(ja).toContain('| **59** | 53 | 6 | 38 / 59 | 6 | 0 |');
    expect(line(ja, '| `TO-ENC` |')).toMatch(/^\| `TO-ENC` \| 持ち出すデータは必ず暗号化 \| 20 \| /);
    expect(ja).toContain('| Slack | US | `hooks.slack.com` | 氏名, 電話番号 |');
    const f2 = ja.split('\n').find((l) => l.startsWith('| F2 |'))!;
    expect(f2).toContain('| エラー | `pii-guard/no-unprotected-pii-transmission` | 個人情報(');
  });
});

describe('Markdown report of a project with suppressions and hostile names', () => {
  let md: string;
  beforeAll(async () => {
    const { dir, run } = await projectRun();
    md = formatReport('markdown', run, { locale: 'en', tool: TOOL, cwd: dir, generatedAt: GENERATED_AT });
  });
  afterAll(removeProjects);

  it('lists every suppression with reason, author, expiry and status', () => {
    const section = md.slice(md.indexOf('## Suppressions'), md.indexOf('## Files not checked'));
    expect(section.split('\n').filter((l) => l.startsWith('| [src/'))).toEqual([
      '| [src/suppressed.ts:5](src/suppressed.ts#L5) | `pii-guard/no-pii-in-logs` | masked by the log pipeline | tanaka | 2099-12-31 | in force | Personal data (e-mail address: user.email) is written to a log by logger.info. Log a reference (ID, count), not the value, or mask it. |',
      '| [src/suppressed.ts:7](src/suppressed.ts#L7) | `pii-guard/no-pii-in-logs` | **(no reason given)** | — | — | **no reason given** | Personal data (phone number: user.phone) is written to a log by logger.info. Log a reference (ID, count), not the value, or mask it. |',
      '| [src/suppressed.ts:9](src/suppressed.ts#L9) | `pii-guard/no-pii-in-logs` | migration window, ticket OPS-7 | sato | 2020-01-31 | **expired: reported again** | Personal data (name: user.name) is written to a log by logger.warn. Log a reference (ID, count), not the value, or mask it. |',
    ]);
    expect(md).toContain('| **5** | 5 | 0 | 4 / 5 | 0 | 3 |');
  });

  it('lists the file that does not parse', () => {
    expect(md).toContain("- [src/broken.ts:2](src/broken.ts#L2): not parsed (syntax error): Parsing error: ':' expected.");
    expect(md).toContain('| Files not checked | 1 |');
  });

  it('never lets scanned text become HTML or break a link or a table', () => {
    // Every `<` is backslash-escaped (rendered as text); the only raw tag is the line break in trigger cells.
    expect(md.replace(/<br>/g, '')).not.toMatch(/(^|[^\\])</m);
    expect(md).toContain('### [src/\\<script\\>alert(1)\\</x\\&y.ts](src/%3Cscript%3Ealert%281%29%3C/x%26y.ts)');
    expect(md).toContain("rows\\['\\<script\\>alert(1)\\</script\\>'\\].email");
    // Every table row has the same number of cells as its header.
    const blocks = md.split('\n\n').filter((b) => b.startsWith('| '));
    for (const b of blocks) {
      const [head, , ...rows] = b.split('\n');
      const cells = (l: string): number => l.replace(/\\\|/g, '').split('|').length;
      for (const r of rows) expect(cells(r)).toBe(cells(head!));
    }
  });
});
