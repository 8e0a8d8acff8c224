/**
 * The extension client's own logic, without VS Code: what the findings view shows (scan results overlaid
 * by open documents' diagnostics, grouped by requirement and by data kind) and when a crashed server is
 * restarted.
 */
import { describe, expect, it } from 'vitest';
import { groupByKind, groupByRequirement } from '../../client/src/findings-groups.js';
import { FindingsStore, type LiveDiagnostic } from '../../client/src/findings-store.js';
import { RestartPolicy } from '../../client/src/restart-policy.js';
import type { ScanWorkspaceResult, WorkspaceFinding } from '../../server/src/protocol.js';

const APP = 'file:///ws/src/app.ts';
const USERS = 'file:///ws/src/users.ts';

const TITLES: Record<string, string> = {
  'TO-MIN': 'Minimum scope',
  'TO-ENC': 'Encrypt what is taken out',
  'SM-LOG': 'Log references, not values',
  'APPI-SEC': 'Security control measures',
  'CWE-532': 'Sensitive information in log files',
  'GDPR-5-1-c': 'Data minimisation',
  'PCI4-3.4.1': 'PAN masked when displayed',
};
const LABELS: Record<string, string> = { email: 'e-mail address', phone: 'phone number', creditCardNumber: 'card number' };

function finding(uri: string, line: number, kinds: string[], requirements: string[], message = `finding on line ${line + 1}`): WorkspaceFinding {
  return {
    uri,
    path: uri.replace('file:///ws/', ''),
    range: { start: { line, character: 2 }, end: { line, character: 12 } },
    ruleId: 'pii-guard/no-pii-in-logs',
    message,
    severity: 'error',
    kinds: kinds.map((id) => ({ id, label: LABELS[id]! })),
    requirements: requirements.map((id) => ({ id, title: TITLES[id]! })),
    sink: 'console.log',
    reportableUnderAppi: false,
  };
}

function scan(findings: WorkspaceFinding[], problems: ScanWorkspaceResult['problems'] = []): ScanWorkspaceResult {
  return { filesScanned: 3, findings, problems, durationMs: 120 };
}

function diagnostic(line: number, kinds: string[], requirements: string[], message = `live on line ${line + 1}`): LiveDiagnostic {
  return {
    range: { start: { line, character: 4 }, end: { line, character: 9 } },
    message,
    severity: 'warning',
    data: { ruleId: 'pii-guard/no-pii-in-logs', kinds, requirements, fingerprint: `fp${line}` },
  };
}

const where = (f: WorkspaceFinding): string => `${f.path}:${f.range.start.line + 1}`;

describe('grouping', () => {
  const findings = [
    finding(USERS, 9, ['email', 'phone'], ['SM-LOG', 'CWE-532', 'TO-MIN', 'APPI-SEC']),
    finding(APP, 4, ['email'], ['TO-MIN', 'GDPR-5-1-c', 'TO-MIN']),
    finding(APP, 1, ['creditCardNumber'], ['PCI4-3.4.1', 'TO-ENC', 'CWE-532']),
  ];

  it('puts a finding under each requirement it names, take-out rules first, then by catalog family', () => {
    const groups = groupByRequirement(findings);
    expect(groups.map((g) => [g.id, g.label, g.findings.map(where)])).toEqual([
      ['TO-ENC', 'Encrypt what is taken out', ['src/app.ts:2']],
      ['TO-MIN', 'Minimum scope', ['src/app.ts:5', 'src/users.ts:10']],
      ['SM-LOG', 'Log references, not values', ['src/users.ts:10']],
      ['APPI-SEC', 'Security control measures', ['src/users.ts:10']],
      ['GDPR-5-1-c', 'Data minimisation', ['src/app.ts:5']],
      ['PCI4-3.4.1', 'PAN masked when displayed', ['src/app.ts:2']],
      ['CWE-532', 'Sensitive information in log files', ['src/app.ts:2', 'src/users.ts:10']],
    ]);
  });

  it('puts a finding under each kind of data it holds, the most frequent kind first', () => {
    expect(groupByKind(findings).map((g) => [g.id, g.label, g.findings.map(where)])).toEqual([
      ['email', 'e-mail address', ['src/app.ts:5', 'src/users.ts:10']],
      ['creditCardNumber', 'card number', ['src/app.ts:2']],
      ['phone', 'phone number', ['src/users.ts:10']],
    ]);
  });

  it('keeps findings that name no requirement or kind in a last group of their own', () => {
    const bare = finding(APP, 7, [], []);
    expect(groupByRequirement([bare, ...findings]).at(-1)).toEqual({ id: '', label: '', findings: [bare] });
    expect(groupByKind([bare, ...findings]).at(-1)).toEqual({ id: '', label: '', findings: [bare] });
  });
});

describe('findings store', () => {
  it('shows the scan, with open documents’ diagnostics in place of their scan findings', () => {
    const store = new FindingsStore();
    store.setScan(scan([finding(APP, 1, ['email'], ['TO-MIN']), finding(USERS, 3, ['phone'], ['SM-LOG'])]), () => false);
    store.setLive(APP, 'src/app.ts', [diagnostic(6, ['email', 'phone'], ['SM-LOG', 'TO-MIN'])], true);
    expect(store.findings().map((f) => [where(f), f.message, f.severity])).toEqual([
      ['src/app.ts:7', 'live on line 7', 'warning'],
      ['src/users.ts:4', 'finding on line 4', 'error'],
    ]);
    // Diagnostics carry IDs; the labels come from what the scan said about the same IDs.
    expect(store.findings()[0]).toMatchObject({
      kinds: [
        { id: 'email', label: 'e-mail address' },
        { id: 'phone', label: 'phone number' },
      ],
      requirements: [
        { id: 'SM-LOG', title: 'Log references, not values' },
        { id: 'TO-MIN', title: 'Minimum scope' },
      ],
    });
  });

  it('names kinds and requirements by ID before any scan', () => {
    const store = new FindingsStore();
    store.setLive(APP, 'src/app.ts', [diagnostic(0, ['email'], ['SM-LOG'])], true);
    expect(store.findings()[0]).toMatchObject({ kinds: [{ id: 'email', label: 'email' }], requirements: [{ id: 'SM-LOG', title: 'SM-LOG' }] });
    expect(store.lastScan).toBeUndefined();
  });

  it('leaves out diagnostics without PII Guard data (syntax errors, configuration problems)', () => {
    const store = new FindingsStore();
    const parseError: LiveDiagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'Parsing error', severity: 'error' };
    const malformed: LiveDiagnostic = { ...parseError, data: { ruleId: 'x', kinds: 'email', requirements: [] } };
    store.setLive(APP, 'src/app.ts', [parseError, malformed, diagnostic(2, ['email'], [])], true);
    expect(store.findings().map(where)).toEqual(['src/app.ts:3']);
  });

  it('keeps what it knew when the server clears a closed document, but not when an open one is fixed', () => {
    const store = new FindingsStore();
    store.setLive(APP, 'src/app.ts', [diagnostic(2, ['email'], [])], true);
    store.setLive(APP, 'src/app.ts', [], false);
    expect(store.findings().map(where)).toEqual(['src/app.ts:3']);
    store.setLive(APP, 'src/app.ts', [], true);
    expect(store.findings()).toEqual([]);
  });

  it('replaces everything on a new scan except documents still open', () => {
    const store = new FindingsStore();
    store.setLive(APP, 'src/app.ts', [diagnostic(2, ['email'], [])], true);
    store.setLive(USERS, 'src/users.ts', [diagnostic(5, ['email'], [])], true);
    store.setScan(scan([finding(APP, 8, ['email'], []), finding(USERS, 9, ['email'], [])]), (uri) => uri === APP);
    expect(store.findings().map(where)).toEqual(['src/app.ts:3', 'src/users.ts:10']);
    expect(store.lastScan?.filesScanned).toBe(3);
  });

  it('reports a file’s status from piiGuard/status, else from its diagnostics', () => {
    const store = new FindingsStore();
    expect(store.statusOf(APP)).toBeUndefined();
    store.setLive(APP, 'src/app.ts', [diagnostic(2, ['email'], []), diagnostic(3, ['email'], [])], true);
    expect(store.statusOf(APP)).toEqual({ findings: 2 });
    store.setStatus(APP, { findings: 0, state: 'not-parsed' });
    expect(store.statusOf(APP)).toEqual({ findings: 0, state: 'not-parsed' });
    store.clearLive();
    expect(store.statusOf(APP)).toBeUndefined();
  });

  it('tells its listeners about each change, but not about a repeated status', () => {
    const store = new FindingsStore();
    let changes = 0;
    const subscription = store.onDidChange(() => changes++);
    store.setStatus(APP, { findings: 1, state: 'checked' });
    store.setStatus(APP, { findings: 1, state: 'checked' });
    store.setLive(APP, 'src/app.ts', [diagnostic(0, ['email'], [])], true);
    store.setScan(scan([]), () => true);
    expect(changes).toBe(3);
    subscription.dispose();
    store.clearLive();
    expect(changes).toBe(3);
  });
});

describe('restart policy', () => {
  it('restarts a crashed server four times within three minutes, then gives up', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    const decisions = [0, 1, 2, 3, 4].map(() => {
      now += 10_000;
      return policy.onCrash();
    });
    expect(decisions).toEqual([
      { restart: true, crashes: 1 },
      { restart: true, crashes: 2 },
      { restart: true, crashes: 3 },
      { restart: true, crashes: 4 },
      { restart: false, crashes: 5 },
    ]);
  });

  it('forgets crashes older than three minutes', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    for (let i = 0; i < 4; i++) policy.onCrash();
    now = 180_001;
    expect(policy.onCrash()).toEqual({ restart: true, crashes: 1 });
  });
});
