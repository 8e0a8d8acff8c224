/**
 * `formatReport('html', …)` rendered in a real headless Chromium (Debian's /usr/bin/chromium): what a
 * reader sees, with and without JavaScript, in English and Japanese; that the page loads nothing from
 * anywhere; and that markup in file names and messages stays text.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../rules/src/formatters/index.js';
import type { LintRun } from '../../rules/src/report/model.js';
import { GENERATED_AT, HOSTILE_FILE, REPO, TOOL, projectRun, removeProjects, samplesRun } from './fixture.js';

const CHROMIUM = process.env.PII_GUARD_CHROMIUM ?? '/usr/bin/chromium';
const OUT = mkdtempSync(join(tmpdir(), 'pii-guard-html-'));

let browser: Browser;
let samples: LintRun;
const files: Record<string, string> = {};

function write(name: string, html: string): string {
  const path = join(OUT, name);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}

/** What the page script sees of an element (the tests compile without the DOM library). */
interface Rendered {
  innerText: string;
}

interface Opened {
  page: Page;
  requests: string[];
  problems: string[];
}

/** Opens a report, recording every request and every console error, page error or dialog. */
async function open(url: string, javaScriptEnabled = true): Promise<Opened> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, problems };
}

const cells = (page: Page, rows: string): Promise<string[][]> =>
  page.$$eval(rows, (trs) => trs.map((tr) => [...tr.children].map((td) => (td as unknown as Rendered).innerText.trim())));

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is needed to test the HTML report and was not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (CI installs it), or set PII_GUARD_CHROMIUM.`);
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  samples = await samplesRun();
  files.en = write('samples.en.html', formatReport('html', samples, { locale: 'en', tool: TOOL, cwd: REPO, generatedAt: GENERATED_AT }));
  files.ja = write('samples.ja.html', formatReport('html', samples, { locale: 'ja', tool: TOOL, cwd: REPO, generatedAt: GENERATED_AT }));
  const project = await projectRun();
  files.project = write('project.html', formatReport('html', project.run, { locale: 'en', tool: TOOL, cwd: project.dir, generatedAt: GENERATED_AT }));
});

afterAll(async () => {
  await browser?.close();
  removeProjects();
  // PII_GUARD_KEEP_REPORTS=1 keeps the pages and the screenshot to look at.
  if (!process.env.PII_GUARD_KEEP_REPORTS) rmSync(OUT, { recursive: true, force: true });
  else console.log(`HTML reports and screenshot kept in ${OUT}`);
});

describe('HTML report of the samples scan in Chromium', () => {
  let o: Opened;
  beforeAll(async () => {
    o = await open(files.en!);
  });

  it('loads nothing but the file itself, with no console error', () => {
    expect(o.requests).toEqual([files.en]);
    expect(o.problems).toEqual([]);
  });

  it('shows the summary: counts, tiers and rules', async () => {
    expect(await o.page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await o.page.title()).toBe('PII Guard report: 59 findings');
    expect(await o.page.$$eval('#summary .card', (cs) => cs.map((c) => (c as unknown as Rendered).innerText.replace(/\s+/g, ' ').trim()))).toEqual([
      '59 Findings',
      '53 Errors',
      '6 Warnings',
      '38 / 59 Files with findings',
      '6 Reportable from one person',
      '0 Suppressed',
    ]);
    expect(await cells(o.page, '#summary table.tiers tbody tr')).toEqual([
      ['National ID numbers (個人識別符号)', '4', '7%'],
      ['Special-care data (要配慮個人情報)', '1', '2%'],
      ['Financial and card data', '2', '3%'],
      ['Credentials', '1', '2%'],
      ['Direct identifiers', '51', '86%'],
    ]);
    const meta = await o.page.locator('#scan').innerText();
    expect(meta).toContain('pii-guard 0.1.0');
    expect(meta).toContain('2026-05-01 09:30 UTC');
  });

  it('shows the findings grouped by requirement, framework by framework', async () => {
    expect(await o.page.$$eval('#requirements h3', (hs) => hs.map((h) => (h as unknown as Rendered).innerText))).toEqual([
      'Take-out rules (TO-*)',
      'Security measures (SM-*)',
      'APPI, PPC guidelines, My Number Act, P-mark',
      'GDPR',
      'PCI DSS v4',
      'CWE and OWASP Top 10',
    ]);
    const takeOut = await cells(o.page, '#req-take-out + table tbody tr');
    expect(takeOut.map((r) => r.slice(0, 3))).toEqual([
      ['TO-APR', 'Take-out requires prior manager approval', '14'],
      ['TO-DEL', 'Delete all copies after use', '14'],
      ['TO-ENC', 'Encrypt personal data taken out of the company', '20'],
      ['TO-MIN', 'Take out only the minimum data needed', '59'],
      ['TO-NET', 'No public Wi-Fi; use VPN or encrypted transport', '2'],
    ]);
    expect(takeOut[2]![3]!.split(/\s+/)).toHaveLength(20);
    // A reference jumps to the finding's row.
    await o.page.click('#req-take-out + table tbody tr:nth-child(3) .refs a:first-child');
    expect(await o.page.evaluate('location.hash')).toBe('#F1');
  });

  it('shows the findings reportable under APPI Rules Art. 7', async () => {
    const rows = await cells(o.page, '#reportable tbody tr');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual([
      'F1',
      'samples/batch-export/fixtures/customers.ts:43',
      'credit card number (PAN)',
      'APPI-R7-2 Data risking financial loss (e.g. card numbers) is reportable from one person',
      'source code',
    ]);
    expect(rows.map((r) => r[3]!.split(' ')[0])).toEqual(['APPI-R7-2', 'MYN-BREACH', 'MYN-BREACH', 'APPI-R7-1', 'MYN-BREACH', 'MYN-BREACH']);
  });

  it('shows the inventory of external destinations', async () => {
    const rows = await cells(o.page, '#destinations tbody tr');
    expect(rows).toHaveLength(15);
    expect(rows.find((r) => r[0] === 'Slack')).toEqual(['Slack', 'US', 'hooks.slack.com', 'name, phone number', 'UrlFetchApp.fetch kintone.proxy', 'no problem found', 'F21 F35']);
    expect(rows.find((r) => r[2] === 'crm-legacy.osaka.corp.internal')!.slice(4, 6)).toEqual(['axios.put', 'plain text / TLS off']);
    expect(rows.map((r) => r[0]).slice(0, 8)).toEqual(['Chatwork', 'Google', 'Google Analytics', 'LINE Yahoo', 'Segment', 'Sentry', 'Slack', '—']);
  });

  it('lists all 59 findings by file, and filters them with the inline script', async () => {
    const rows = o.page.locator('table.findings tbody tr');
    expect(await rows.count()).toBe(59);
    const f2 = await cells(o.page, 'tr#F2');
    expect(f2[0]!.slice(0, 2)).toEqual(['F2\n27:23', 'no-unprotected-pii-transmission\nerror']);
    expect(f2[0]![2]).toMatch(/^Personal data \(name: customer\.full_name, .* keep TLS verification on\.\nDirect identifiers · axios\.put$/s);
    expect(f2[0]!.slice(3)).toEqual(['TO-MIN TO-NET', 'APPI-3P APPI-3P-REC APPI-SEC APPI-R7-3 APPI-R7-4', '—', '—', 'CWE-201 CWE-319 CWE-359']);
    await o.page.fill('#filter', 'MYN-');
    const expected = samples.files.flatMap((f) => f.findings).filter((f) => f.requirements.some((id) => id.startsWith('MYN-'))).length;
    expect(expected).toBe(4); // the My Number findings of nestjs-hr
    expect(await o.page.locator('table.findings tbody tr:not([hidden])').count()).toBe(expected);
    expect(await o.page.locator('#filter-count').innerText()).toBe(`${expected} / 59`);
    expect(await o.page.locator('.file:not([hidden])').count()).toBe(3);
    await o.page.fill('#filter', '');
    expect(await o.page.locator('table.findings tbody tr:not([hidden])').count()).toBe(59);
  });

  it('reads without JavaScript: all content there, no dead filter box', async () => {
    const noJs = await open(files.en!, false);
    expect(await noJs.page.locator('table.findings tbody tr').count()).toBe(59);
    expect(await noJs.page.locator('.filter').isVisible()).toBe(false);
    expect(await noJs.page.locator('#destinations tbody tr').count()).toBe(15);
    expect(noJs.requests).toEqual([files.en]);
  });

  it('prints without the navigation and the filter', async () => {
    await o.page.emulateMedia({ media: 'print' });
    expect(await o.page.locator('nav.toc').isVisible()).toBe(false);
    expect(await o.page.locator('.filter').isVisible()).toBe(false);
    const pdf = await o.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await o.page.emulateMedia({ media: 'screen' });
    const shot = join(OUT, 'samples.en.png');
    await o.page.screenshot({ path: shot, fullPage: false });
    expect(existsSync(shot)).toBe(true);
  });
});

describe('HTML report in Japanese', () => {
  it('declares lang="ja" and uses Japanese headings and labels', async () => {
    const o = await open(files.ja!);
    expect(await o.page.evaluate('document.documentElement.lang')).toBe('ja');
    expect(await o.page.$$eval('h2', (hs) => hs.map((h) => (h as unknown as Rendered).innerText))).toEqual([
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
    expect((await cells(o.page, '#req-take-out + table tbody tr'))[2]!.slice(0, 3)).toEqual(['TO-ENC', '持ち出すデータは必ず暗号化', '20']);
    expect((await cells(o.page, 'tr#F2'))[0]![2]).toMatch(/^個人情報\(/);
    expect(o.problems).toEqual([]);
  });
});

describe('HTML report of a project with suppressions and hostile names', () => {
  let o: Opened;
  beforeAll(async () => {
    o = await open(files.project!);
  });

  it('shows every suppression with its reason, author, expiry and status', async () => {
    expect(await cells(o.page, '#suppressions tbody tr')).toEqual([
      [
        'src/suppressed.ts:5',
        'pii-guard/no-pii-in-logs',
        'masked by the log pipeline',
        'tanaka',
        '2099-12-31',
        'in force',
        'Personal data (e-mail address: user.email) is written to a log by logger.info. Log a reference (ID, count), not the value, or mask it.',
      ],
      [
        'src/suppressed.ts:7',
        'pii-guard/no-pii-in-logs',
        '(no reason given)',
        '—',
        '—',
        'no reason given',
        'Personal data (phone number: user.phone) is written to a log by logger.info. Log a reference (ID, count), not the value, or mask it.',
      ],
      [
        'src/suppressed.ts:9',
        'pii-guard/no-pii-in-logs',
        'migration window, ticket OPS-7',
        'sato',
        '2020-01-31',
        'expired: reported again',
        'Personal data (name: user.name) is written to a log by logger.warn. Log a reference (ID, count), not the value, or mask it.',
      ],
    ]);
    expect(await o.page.locator('#not-checked').innerText()).toContain("src/broken.ts:2: not parsed (syntax error): Parsing error: ':' expected.");
  });

  it('keeps markup in a file name and a message as text: no script runs, nothing loads', async () => {
    expect(o.problems).toEqual([]);
    expect(o.requests).toEqual([files.project]);
    expect(await o.page.locator('script').count()).toBe(1);
    expect(await o.page.locator('#findings h3').first().innerText()).toBe(HOSTILE_FILE);
    const href = await o.page.locator('#findings h3 a').first().getAttribute('href');
    expect(href).toBe('src/%3Cscript%3Ealert(1)%3C/x%26y.ts');
    expect(await o.page.locator('tr#F1').innerText()).toContain("rows['<script>alert(1)</script>'].email");
  });
});
