/**
 * What the Markdown and HTML reports say, computed once from the report model: summary counts, findings by
 * requirement framework, by data kind, the reportable leaks, the external destinations, the suppressions and
 * the files not checked. The renderers only lay these out.
 */
import type { Locale } from '../findings/model.js';
import { activeFindings, type BaselineSummary, type LintRun, type ReportedFinding, type Suppression } from '../report/model.js';
import { getRequirement, groupOf, sortRequirementIds, type Framework } from '../requirements/index.js';
import { kindLabel } from '../vocabulary/kinds.js';
import { TIERS, type LocalizedText, type Tier } from '../vocabulary/types.js';
import { topTier } from './security-severity.js';

export interface ReportOptions {
  locale: Locale;
  tool: { name: string; version: string };
  /** Absolute scan root: file paths in the run are relative to it. */
  cwd: string;
  generatedAt?: Date;
}

/** One listed finding, numbered F1, F2… in file and source order. */
export interface Entry {
  n: number;
  filePath: string;
  finding: ReportedFinding;
  /** HTML id of the finding's row. */
  anchor: string;
  tier?: Tier;
  /** The finding's message in the report's locale, without the trailing list of requirement IDs. */
  message: string;
  /** Labels of the finding's data kinds, each once, in the report's locale. */
  kindLabels: string[];
  /** The finding's requirement IDs by crosswalk column (a column without IDs is absent). */
  crosswalk: Partial<Record<CrosswalkColumn, string[]>>;
}

export type RequirementGroupId = 'take-out' | 'security-measure' | 'japan' | 'gdpr' | 'pci-dss' | 'cwe' | 'other';

const REQUIREMENT_GROUPS: readonly RequirementGroupId[] = ['take-out', 'security-measure', 'japan', 'gdpr', 'pci-dss', 'cwe', 'other'];

const GROUP_OF_FRAMEWORK: Record<Framework, RequirementGroupId> = {
  'take-out': 'take-out',
  'security-measure': 'security-measure',
  'incident-response': 'japan',
  appi: 'japan',
  'appi-rules': 'japan',
  ppc: 'japan',
  'my-number': 'japan',
  pmark: 'japan',
  telecom: 'japan',
  gdpr: 'gdpr',
  'pci-dss': 'pci-dss',
  cwe: 'cwe',
  owasp: 'cwe',
  hipaa: 'other',
  ucpa: 'other',
};

function requirementGroup(id: string): RequirementGroupId {
  try {
    return GROUP_OF_FRAMEWORK[groupOf(id)];
  } catch {
    return 'other'; // an ID from a custom policy with an unknown prefix
  }
}

/** The crosswalk columns of the findings table: SM-* sits with the APPI measures it implements. */
export type CrosswalkColumn = 'take-out' | 'appi' | 'gdpr' | 'pci-dss' | 'cwe' | 'other';

const CROSSWALK_COLUMNS: readonly CrosswalkColumn[] = ['take-out', 'appi', 'gdpr', 'pci-dss', 'cwe', 'other'];

export function crosswalkColumn(id: string): CrosswalkColumn {
  const g = requirementGroup(id);
  return g === 'security-measure' || g === 'japan' ? 'appi' : g;
}

export interface RequirementRow {
  id: string;
  title: string;
  url?: string;
  entries: Entry[];
}

export interface KindRow {
  kind: string;
  label: string;
  tier: Tier;
  apis: string[];
  entries: Entry[];
}

export interface DestinationRow {
  host?: string;
  vendor?: string;
  country?: string;
  firstParty: boolean;
  /** Some of the flows use plain-text transport or TLS verification off. */
  insecure: boolean;
  /** Data kind labels. */
  kinds: string[];
  apis: string[];
  entries: Entry[];
}

export type SuppressionStatus = 'accepted' | 'expired' | 'no-reason';

export interface SuppressionRow extends Suppression {
  filePath: string;
  status: SuppressionStatus;
  /** The suppressed finding's message in the report's locale (falls back to ESLint's text). */
  message: string;
}

export interface NotCheckedRow {
  filePath?: string;
  kind: 'parse-error' | 'too-large' | 'component';
  line?: number;
  column?: number;
  message?: string;
  size?: number;
  limit?: number;
  extension?: string;
  count?: number;
  parser?: string;
}

export interface ReportSections {
  locale: Locale;
  tool: { name: string; version: string };
  cwd: string;
  generatedAt: string;
  filesLinted: number;
  filesWithFindings: number;
  entries: Entry[];
  /** Entries by file, in file order. */
  files: Array<{ filePath: string; entries: Entry[] }>;
  errors: number;
  warnings: number;
  byTier: Array<{ tier: Tier | null; count: number }>;
  byRule: Array<{ ruleId: string; count: number }>;
  requirementGroups: Array<{ id: RequirementGroupId; rows: RequirementRow[] }>;
  /** Crosswalk columns that have at least one ID (the `other` column only when used). */
  crosswalkColumns: CrosswalkColumn[];
  byKind: KindRow[];
  reportable: Entry[];
  destinations: DestinationRow[];
  suppressions: SuppressionRow[];
  notChecked: NotCheckedRow[];
  baseline?: BaselineSummary;
}

/** Messages end with `[TO-MIN, SM-LOG … +5 more]`: the report lists every ID in its own columns. */
const ID_LIST = /\s*\[(?:[A-Z][A-Z0-9]*[-.][^\]]*)\]/;

export function messageOf(f: { message?: LocalizedText; text?: string }, locale: Locale): string {
  return localizedMessage(f, locale).replace(ID_LIST, '').trim();
}

/**
 * The finding's message in the report's locale. ESLint's text wins when it is neither rendering of the
 * model's message: a rule then said something of its own about the finding (an expired suppression).
 */
export function localizedMessage(f: { message?: LocalizedText; text?: string }, locale: Locale): string {
  const { message, text } = f;
  if (message && (!text || text === message.en || text === message.ja)) return message[locale] || text || '';
  return text ?? message?.[locale] ?? '';
}


const uniq = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

export function buildSections(run: LintRun, options: ReportOptions): ReportSections {
  const { locale } = options;
  const entries: Entry[] = [];
  const files: ReportSections['files'] = [];
  for (const file of run.files) {
    const mine: Entry[] = [];
    for (const f of activeFindings(file)) {
      const n = entries.length + 1;
      const crosswalk: Entry['crosswalk'] = {};
      for (const id of f.requirements ?? []) (crosswalk[crosswalkColumn(id)] ??= []).push(id);
      const e: Entry = {
        n,
        filePath: file.filePath,
        finding: f,
        anchor: `F${n}`,
        tier: topTier(f),
        message: messageOf(f, locale),
        kindLabels: uniq((f.data ?? []).map((d) => d.kind)).map((k) => kindLabel(k, locale)),
        crosswalk,
      };
      entries.push(e);
      mine.push(e);
    }
    if (mine.length > 0) files.push({ filePath: file.filePath, entries: mine });
  }

  const tierCounts = new Map<Tier | null, number>();
  for (const e of entries) tierCounts.set(e.tier ?? null, (tierCounts.get(e.tier ?? null) ?? 0) + 1);
  const byTier = [...TIERS, null]
    .filter((t) => tierCounts.has(t))
    .map((tier) => ({ tier, count: tierCounts.get(tier)! }));

  const ruleCounts = new Map<string, number>();
  for (const e of entries) ruleCounts.set(e.finding.ruleId, (ruleCounts.get(e.finding.ruleId) ?? 0) + 1);
  const byRule = [...ruleCounts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([ruleId, count]) => ({ ruleId, count }));

  const byId = new Map<string, Entry[]>();
  for (const e of entries) {
    for (const id of uniq(e.finding.requirements ?? [])) {
      const list = byId.get(id) ?? [];
      list.push(e);
      byId.set(id, list);
    }
  }
  const requirementGroups = REQUIREMENT_GROUPS.map((group) => ({
    id: group,
    rows: sortRequirementIds([...byId.keys()].filter((id) => requirementGroup(id) === group)).map((id) => {
      const req = getRequirement(id);
      return { id, title: req?.title[locale] ?? id, ...(req?.url ? { url: req.url } : {}), entries: byId.get(id)! };
    }),
  })).filter((g) => g.rows.length > 0);
  const crosswalkColumns = CROSSWALK_COLUMNS.filter((c) => c !== 'other' || entries.some((e) => e.crosswalk.other));

  const kinds = new Map<string, KindRow>();
  for (const e of entries) {
    for (const d of e.finding.data ?? []) {
      const row = kinds.get(d.kind) ?? { kind: d.kind, label: kindLabel(d.kind, locale), tier: d.tier, apis: [], entries: [] };
      if (!row.entries.includes(e)) row.entries.push(e);
      if (e.finding.sink?.api && !row.apis.includes(e.finding.sink.api)) row.apis.push(e.finding.sink.api);
      kinds.set(d.kind, row);
    }
  }
  const byKind = [...kinds.values()].sort(
    (a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || b.entries.length - a.entries.length || a.kind.localeCompare(b.kind),
  );

  const reportable = entries.filter((e) => e.finding.leakTrigger?.reportableFromOne);

  const destinations = new Map<string, DestinationRow>();
  for (const e of entries) {
    const dest = e.finding.sink?.destination;
    if (!dest || (!dest.host && !dest.vendor && dest.firstParty !== false)) continue;
    const key = `${dest.vendor?.name ?? ''}\u0000${dest.host ?? ''}`;
    const row: DestinationRow = destinations.get(key) ?? {
      ...(dest.host ? { host: dest.host } : {}),
      ...(dest.vendor ? { vendor: dest.vendor.name } : {}),
      ...(dest.vendor?.country ? { country: dest.vendor.country } : {}),
      firstParty: dest.firstParty === true,
      insecure: false,
      kinds: [],
      apis: [],
      entries: [],
    };
    row.insecure ||= dest.insecure === true;
    for (const label of e.kindLabels) if (!row.kinds.includes(label)) row.kinds.push(label);
    if (!row.apis.includes(e.finding.sink.api)) row.apis.push(e.finding.sink.api);
    row.entries.push(e);
    destinations.set(key, row);
  }
  // Third parties first; named vendors, then bare hosts, then recipients not known (postMessage to '*').
  const rank = (d: DestinationRow): number => (d.firstParty ? 3 : d.vendor ? 0 : d.host ? 1 : 2);
  const destinationRows = [...destinations.values()].sort(
    (a, b) => rank(a) - rank(b) || (a.vendor ?? '').localeCompare(b.vendor ?? '') || (a.host ?? '').localeCompare(b.host ?? ''),
  );

  const suppressions: SuppressionRow[] = run.files.flatMap((file) =>
    file.suppressions.map((s) => ({
      ...s,
      filePath: file.filePath,
      status: s.expired ? 'expired' : s.reason.trim() === '' ? 'no-reason' : 'accepted',
      message: s.finding ? messageOf(s.finding, locale) : messageOf({ text: s.text }, locale),
    })),
  );

  const notChecked: NotCheckedRow[] = [];
  for (const file of run.files) {
    if (file.parseError) {
      notChecked.push({ kind: 'parse-error', filePath: file.filePath, line: file.parseError.line, column: file.parseError.column, message: file.parseError.message });
    }
    if (file.skipped) notChecked.push({ kind: 'too-large', filePath: file.filePath, size: file.skipped.size, limit: file.skipped.limit });
  }
  for (const c of run.notChecked) notChecked.push({ kind: 'component', extension: c.extension, count: c.count, parser: c.parser });

  const errors = entries.filter((e) => e.finding.eslintSeverity === 2).length;
  return {
    locale,
    tool: options.tool,
    cwd: options.cwd,
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    filesLinted: run.filesLinted,
    filesWithFindings: files.length,
    entries,
    files,
    errors,
    warnings: entries.length - errors,
    byTier,
    byRule,
    requirementGroups,
    crosswalkColumns,
    byKind,
    reportable,
    destinations: destinationRows,
    suppressions,
    notChecked,
    ...(run.baseline ? { baseline: run.baseline } : {}),
  };
}

/** How many files were not checked: parse errors, oversized files and component files without a parser. */
export function notCheckedCount(rows: readonly NotCheckedRow[]): number {
  return rows.reduce((n, r) => n + (r.kind === 'component' ? (r.count ?? 0) : 1), 0);
}

export const megabytes = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** `2026-03-31T09:05:00.000Z` → `2026-03-31 09:05 UTC`. */
export function formatDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A relative URI for a scan-relative path: each segment percent-encoded (`#`, `?`, spaces…), so no path becomes a `javascript:` URL. */
export function pathUri(filePath: string): string {
  return filePath.split('/').map(encodeURIComponent).join('/');
}
