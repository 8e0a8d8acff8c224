/**
 * `formatReport('sarif', …)` on real scans: validated by Microsoft's SARIF Multitool (SARIF and GitHub
 * rule sets, every level), then checked field by field against the report model and the source files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../rules/src/index.js';
import { formatReport } from '../../rules/src/formatters/index.js';
import { TIER_SECURITY_SEVERITY } from '../../rules/src/formatters/security-severity.js';
import { FINGERPRINT_KEY } from '../../rules/src/report/fingerprint.js';
import type { LintRun } from '../../rules/src/report/model.js';
import { atLevel, validateSarif } from './multitool.js';
import { GENERATED_AT, HOSTILE_FILE, REPO, TOOL, countFindings, projectRun, removeProjects, samplesRun } from './fixture.js';

function sarifOf(run: LintRun, cwd: string, locale: 'en' | 'ja' = 'en'): { text: string; log: Sarif.Log; run: Sarif.Run } {
  const text = formatReport('sarif', run, { locale, tool: TOOL, cwd, generatedAt: GENERATED_AT });
  const log = JSON.parse(text) as Sarif.Log;
  return { text, log, run: log.runs[0]! };
}

const RULE_NAMES = Object.keys(plugin.rules);

describe('SARIF of the samples scan', () => {
  let run: LintRun;
  let sarif: ReturnType<typeof sarifOf>;
  beforeAll(async () => {
    run = await samplesRun();
    sarif = sarifOf(run, REPO);
  });

  it('passes the SARIF Multitool with no error and no warning', () => {
    expect(countFindings(run)).toBe(59);
    const v = validateSarif(sarif.text);
    expect(v.code).toBe(0);
    expect(atLevel(v, 'error')).toEqual([]);
    expect(atLevel(v, 'warning')).toEqual([]);
    // What remains are suggestions that need the source text or version control (snippets, context
    // regions, provenance), the hierarchical rule IDs GitHub itself uses, and the schema URL not being
    // reachable offline.
    const notes = new Set(atLevel(v, 'note').map((n) => n.split(':')[0]));
    expect([...notes].sort()).toEqual(['SARIF2002', 'SARIF2003', 'SARIF2006', 'SARIF2009', 'SARIF2010', 'SARIF2011']);
  });

  it('describes the tool and every rule of the plugin', () => {
    expect(sarif.log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.log.version).toBe('2.1.0');
    const driver = sarif.run.tool.driver;
    expect(driver).toMatchObject({ name: 'pii-guard', version: '0.1.0', semanticVersion: '0.1.0', informationUri: 'https://github.com/pii-guard/pii-guard' });
    expect(driver.rules!.map((r) => r.id)).toEqual(RULE_NAMES.map((n) => `pii-guard/${n}`));
    expect(RULE_NAMES).toContain('require-suppression-reason');
    const logs = driver.rules!.find((r) => r.id === 'pii-guard/no-pii-in-logs')!;
    expect(logs.name).toBe('NoPiiInLogs');
    expect(logs.shortDescription!.text).toBe('Disallow personal data in logs and error messages unless it is masked or encrypted.');
    expect(logs.helpUri).toBe('https://github.com/pii-guard/pii-guard/blob/main/rules/docs/rules/no-pii-in-logs.md');
    expect(logs.help!.markdown).toContain('- `CWE-532` Insertion of Sensitive Information into Log File');
    expect(logs.help!.text).toContain('Rule documentation: https://github.com/pii-guard/pii-guard/blob/main/rules/docs/rules/no-pii-in-logs.md');
    expect(logs.defaultConfiguration).toEqual({ level: 'error' });
    expect(logs.properties!.tags).toEqual(['security', 'privacy', 'pii', 'TO-MIN', 'SM-LOG', 'APPI-SEC', 'CWE-532', 'external/cwe/cwe-532']);
    expect(logs.properties!.precision).toBe('high');
    const hardcoded = driver.rules!.find((r) => r.id === 'pii-guard/no-hardcoded-pii')!;
    expect(hardcoded.properties!.precision).toBe('medium');
    expect(hardcoded.defaultConfiguration).toEqual({ level: 'warning' });
  });

  it("rates each rule by the most sensitive data it found, and each result by its own data's tier", () => {
    const rules = sarif.run.tool.driver.rules!;
    const severity = (id: string): string => rules.find((r) => r.id === id)!.properties!['security-severity'] as string;
    // My Number in logs (nestjs-hr), card number in source code, special-care data sent to a clinic API.
    expect(severity('pii-guard/no-pii-in-logs')).toBe('8.8');
    expect(severity('pii-guard/no-hardcoded-pii')).toBe('8.8');
    expect(severity('pii-guard/no-unprotected-pii-transmission')).toBe('8.8');
    expect(severity('pii-guard/require-suppression-reason')).toBe('5.0'); // nothing reported: the default
    for (const r of sarif.run.results!) {
      const tier = r.properties!.tier as keyof typeof TIER_SECURITY_SEVERITY;
      expect(r.properties!['security-severity']).toBe(TIER_SECURITY_SEVERITY[tier].toFixed(1));
    }
    const byTier = new Map<string, number>();
    for (const r of sarif.run.results!) byTier.set(r.properties!.tier as string, (byTier.get(r.properties!.tier as string) ?? 0) + 1);
    expect(Object.fromEntries(byTier)).toEqual({ 'national-id': 4, 'special-care': 1, financial: 2, credential: 1, 'direct-identifier': 51 });
  });

  it('has one result per finding, with rule index, level, fingerprint and relative location', () => {
    const results = sarif.run.results!;
    expect(results).toHaveLength(59);
    const findings = run.files.flatMap((f) => f.findings.map((x) => ({ file: f.filePath, f: x })));
    results.forEach((r, i) => {
      const { file, f } = findings[i]!;
      expect(r.ruleId).toBe(f.ruleId);
      expect(sarif.run.tool.driver.rules![r.ruleIndex!]!.id).toBe(f.ruleId);
      expect(r.level).toBe(f.eslintSeverity === 2 ? 'error' : 'warning');
      expect(r.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: f.fingerprint });
      expect(r.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: file, uriBaseId: '%SRCROOT%' });
      // SARIF columns are 1-based: ESLint's column, the engine's 0-based column + 1.
      expect(r.locations![0]!.physicalLocation!.region!.startColumn).toBe(f.column);
      expect(r.message.text).toBe(f.message.en);
    });
    expect(sarif.run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(REPO).href.replace(/\/$/, '')}/` } });
    expect(sarif.run.columnKind).toBe('utf16CodeUnits');
    expect(sarif.run.invocations).toEqual([{ executionSuccessful: true, endTimeUtc: '2026-05-01T09:30:00.000Z' }]);
  });

  it('points at the exact source text of a known finding, with where its data came from and the flow', () => {
    const r = sarif.run.results!.find((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri === 'samples/batch-export/src/crm-sync.ts')!;
    const region = r.locations![0]!.physicalLocation!.region!;
    expect(region).toEqual({ startLine: 27, startColumn: 23, endLine: 27, endColumn: 32 });
    const line = readFileSync(join(REPO, 'samples/batch-export/src/crm-sync.ts'), 'utf8').split('\n')[region.startLine! - 1]!;
    expect(line.slice(region.startColumn! - 1, region.endColumn! - 1)).toBe('axios.put');
    expect(r.ruleId).toBe('pii-guard/no-unprotected-pii-transmission');
    expect(r.relatedLocations!.map((l) => [l.id, l.physicalLocation!.region!.startLine, l.message!.text])).toEqual([
      [1, 20, 'Personal data (name) read here: customer.full_name.'],
      [2, 21, 'Personal data (name reading (kana)) read here: customer.full_name_kana.'],
      [3, 22, 'Personal data (e-mail address) read here: customer.email.'],
      [4, 23, 'Personal data (phone number) read here: customer.phone.'],
      [5, 24, 'Personal data (postal code) read here: customer.postal_code.'],
      [6, 25, 'Personal data (postal address) read here: customer.address.'],
    ]);
    const origin = r.relatedLocations![2]!.physicalLocation!.region!;
    const originLine = readFileSync(join(REPO, 'samples/batch-export/src/crm-sync.ts'), 'utf8').split('\n')[origin.startLine! - 1]!;
    expect(originLine.slice(origin.startColumn! - 1, origin.endColumn! - 1)).toBe('customer.email');
    expect(r.codeFlows![0]!.threadFlows[0]!.locations!.length).toBeGreaterThan(1);
    expect(r.properties).toMatchObject({
      'security-severity': '6.0',
      tier: 'direct-identifier',
      dataKinds: ['fullName', 'nameKana', 'email', 'phone', 'postalCode', 'address'],
      reportableUnderAppi: false,
      sink: { api: 'axios.put', kind: 'send' },
      destination: { host: 'crm-legacy.osaka.corp.internal', firstParty: false, insecure: true },
    });
    expect(r.properties!.requirements).toContain('TO-NET');
  });

  it('marks the findings whose leak is reportable from one person', () => {
    const reportable = sarif.run.results!.filter((r) => r.properties!.reportableUnderAppi === true);
    expect(reportable).toHaveLength(6);
    expect(reportable.map((r) => (r.properties!.leakTriggers as string[]).join(','))).toEqual([
      'APPI-R7-2',
      'MYN-BREACH',
      'MYN-BREACH',
      'APPI-R7-1',
      'MYN-BREACH',
      'MYN-BREACH',
    ]);
  });

  it('writes the messages in Japanese for locale ja', () => {
    const ja = sarifOf(run, REPO, 'ja');
    expect(ja.run.tool.driver.language).toBe('ja-JP');
    const first = run.files.flatMap((f) => f.findings)[0]!;
    expect(ja.run.results![0]!.message.text).toBe(first.message.ja);
    expect(ja.run.results![0]!.message.text).toMatch(/^個人情報/);
  });

  it('lists only the new findings when the run was compared with a baseline', () => {
    const copy = structuredClone(run);
    const all = copy.files.flatMap((f) => f.findings);
    all.forEach((f, i) => (f.baselineState = i < 50 ? 'unchanged' : 'new'));
    copy.baseline = { path: '.pii-guard-baseline.json', unchanged: 50, new: 9, absent: 3 };
    const b = sarifOf(copy, REPO);
    expect(b.run.results).toHaveLength(9);
    expect(new Set(b.run.results!.map((r) => r.baselineState))).toEqual(new Set(['new']));
    expect(b.run.results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY])).toEqual(all.slice(50).map((f) => f.fingerprint));
    expect(b.run.properties!.baseline).toMatchObject({ path: '.pii-guard-baseline.json', new: 9, unchanged: 50, absent: 3 });
    const v = validateSarif(b.text);
    expect(atLevel(v, 'error')).toEqual([]);
    expect(atLevel(v, 'warning')).toEqual([]);
  });
});

describe('SARIF of a project with suppressions, a syntax error and hostile names', () => {
  let dir: string;
  let run: LintRun;
  let sarif: ReturnType<typeof sarifOf>;
  beforeAll(async () => {
    ({ dir, run } = await projectRun());
    sarif = sarifOf(run, dir);
  });
  afterAll(removeProjects);

  it('passes the SARIF Multitool with no error and no warning', () => {
    const v = validateSarif(sarif.text);
    expect(v.code).toBe(0);
    expect(atLevel(v, 'error')).toEqual([]);
    expect(atLevel(v, 'warning')).toEqual([]);
  });

  it('reports in-force suppressions as suppressed results with their justification', () => {
    const suppressed = sarif.run.results!.filter((r) => r.suppressions);
    expect(suppressed.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.region!.startLine, r.suppressions])).toEqual([
      [
        'pii-guard/no-pii-in-logs',
        5,
        [
          {
            kind: 'inSource',
            status: 'accepted',
            justification: 'masked by the log pipeline by @tanaka until 2099-12-31',
            properties: { author: 'tanaka', until: '2099-12-31', reason: 'masked by the log pipeline' },
          },
        ],
      ],
      ['pii-guard/no-pii-in-logs', 7, [{ kind: 'inSource', status: 'underReview', properties: { reason: '' } }]],
    ]);
    // The suppressed finding keeps its identity and its data.
    expect(suppressed[0]!.partialFingerprints![FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
    expect(suppressed[0]!.properties!.dataKinds).toEqual(['email']);
  });

  it('does not suppress an expired suppression: the suppression rule reports the finding again', () => {
    const line9 = sarif.run.results!.filter((r) => r.locations![0]!.physicalLocation!.region!.startLine === 9);
    expect(line9).toHaveLength(1);
    expect(line9[0]!.suppressions).toBeUndefined();
    expect(line9[0]!.ruleId).toBe('pii-guard/require-suppression-reason');
    expect(line9[0]!.message.text).toMatch(/^The suppression of this finding expired on 2020-01-31: Personal data \(name: user\.name\)/);
    const missing = sarif.run.results!.find((r) => r.ruleId === 'pii-guard/require-suppression-reason' && r.locations![0]!.physicalLocation!.region!.startLine === 6)!;
    expect(missing.message.text).toMatch(/^A suppression of a personal-data finding needs a reason/);
  });

  it('reports the file that does not parse as a tool execution notification', () => {
    const inv = sarif.run.invocations![0]!;
    expect(inv.executionSuccessful).toBe(true);
    expect(inv.toolExecutionNotifications).toEqual([
      {
        descriptor: { id: 'PIIG0001', index: 0 },
        level: 'warning',
        message: { text: "not parsed (syntax error): Parsing error: ':' expected." },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'src/broken.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 9 } } }],
      },
    ]);
    expect(sarif.run.tool.driver.notifications!.map((n) => n.id)).toEqual(['PIIG0001', 'PIIG0002', 'PIIG0003']);
  });

  it('percent-encodes file names into URIs and keeps markup in messages as plain JSON text', () => {
    const hostile = sarif.run.results!.find((r) => r.message.text?.includes('<script>'))!;
    expect(hostile.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('src/%3Cscript%3Ealert(1)%3C/x%26y.ts');
    expect(decodeURIComponent(hostile.locations![0]!.physicalLocation!.artifactLocation!.uri!)).toBe(HOSTILE_FILE);
    expect(hostile.message.text).toContain("rows['<script>alert(1)</script>'].email");
  });
});
