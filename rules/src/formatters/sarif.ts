/**
 * `--format sarif`: SARIF 2.1.0 following GitHub code scanning's conventions (rule descriptors with help,
 * tags and `security-severity`, relative URIs under `%SRCROOT%`, `partialFingerprints`), so that the same
 * file uploads to GitHub, opens in SARIF viewers and passes Microsoft's SARIF Multitool validation.
 *
 * Results are the active findings (with a baseline: only the new ones), plus the findings silenced by an
 * in-force eslint-disable comment, marked as suppressed with their justification. Files that were not
 * checked become tool execution notifications.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import plugin from '../index.js';
import type { Locale, SourceRange } from '../findings/model.js';
import { getRequirement } from '../requirements/index.js';
import { FINGERPRINT_KEY } from '../report/fingerprint.js';
import { activeFindings, type LintRun, type ReportedFinding, type Suppression } from '../report/model.js';
import { DOCS_BASE } from '../rules/create-rule.js';
import { kindLabel } from '../vocabulary/kinds.js';
import { localizedMessage, megabytes, pathUri, type ReportOptions } from './report-sections.js';
import { reportStrings, type ReportStrings } from './report-strings.js';
import { DEFAULT_SECURITY_SEVERITY, securitySeverity, severityString, topTier } from './security-severity.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** The project's home page (the rule docs live under it). */
export const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/, '');

/** What the formatter reads of a rule's meta (typescript-eslint's RuleCreator adds `docs.url`). */
interface RuleMeta {
  type?: string;
  docs?: { description?: string; url?: string; requirements?: string[]; recommended?: boolean };
}

/**
 * How often a rule's findings are true positives, in GitHub's terms: the sink rules report only what the
 * engine traced with medium or high confidence; hard-coded values are matched by shape; the suppression
 * rule checks comment text and is exact.
 */
const PRECISION: Readonly<Record<string, 'very-high' | 'high' | 'medium' | 'low'>> = {
  'no-hardcoded-pii': 'medium',
  'require-suppression-reason': 'very-high',
};

/** Notifications for files that were not checked. */
const NOTIFICATIONS = [
  {
    id: 'PIIG0001',
    name: 'FileNotParsed',
    text: 'A file could not be parsed and was not checked.',
    help: 'The file has a syntax error (or a syntax the parser does not support), so none of its code was checked. Fix the syntax or configure a parser for it.',
  },
  {
    id: 'PIIG0002',
    name: 'FileTooLarge',
    text: 'A file is larger than the size limit and was not checked.',
    help: 'Files larger than the limit (2 MB by default) are usually generated or bundled code and are skipped. Run pii-guard with --max-file-size 0 to check them.',
  },
  {
    id: 'PIIG0003',
    name: 'ParserNotInstalled',
    text: 'Component files were not checked because their parser is not installed.',
    help: 'The <script> blocks of .vue and .svelte files are checked only when vue-eslint-parser or svelte-eslint-parser is installed next to PII Guard.',
  },
] as const;

const sentence = (s: string): string => (/[.。!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

const pascal = (name: string): string => name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());

export function srcRootUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** A SARIF region as this formatter writes it (declared here so the published types need no SARIF typings). */
export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** ESLint: 1-based lines, 0-based columns, end exclusive. SARIF: 1-based lines and columns, end exclusive. */
export function sarifRegion(range: SourceRange): SarifRegion {
  return {
    startLine: range.start.line,
    startColumn: range.start.column + 1,
    endLine: range.end.line,
    endColumn: range.end.column + 1,
  };
}

function physical(filePath: string, region?: Sarif.Region): Sarif.PhysicalLocation {
  return { artifactLocation: { uri: pathUri(filePath), uriBaseId: SRCROOT }, ...(region ? { region } : {}) };
}

function ruleEntries(): Array<[string, RuleMeta]> {
  return Object.entries(plugin.rules as unknown as Record<string, { meta?: RuleMeta }>).map(([name, rule]) => [name, rule.meta ?? {}]);
}

function recommendedLevel(ruleId: string): Sarif.ReportingConfiguration.level {
  const setting = (plugin.configs.recommended.rules as Record<string, unknown> | undefined)?.[ruleId];
  const severity = Array.isArray(setting) ? setting[0] : setting;
  if (severity === 'error' || severity === 2) return 'error';
  if (severity === 'warn' || severity === 1) return 'warning';
  return 'note';
}

function help(name: string, meta: RuleMeta, locale: Locale): { text: string; markdown: string } {
  const description = sentence(meta.docs?.description ?? name);
  const ids = meta.docs?.requirements ?? [];
  const lines = ids.map((id) => {
    const req = getRequirement(id);
    const title = req?.title[locale] ?? id;
    const remedy = req?.remedy?.[locale];
    return { id, title, remedy };
  });
  const heading = locale === 'ja' ? 'このルールが主に該当する要件:' : 'Requirements this rule cites most:';
  const docs = locale === 'ja' ? 'ルールの説明' : 'Rule documentation';
  const text = [description, '', heading, ...lines.map((l) => `- ${l.id}: ${l.title}${l.remedy ? ` (${l.remedy})` : ''}`)];
  const markdown = [`**${description}**`, '', heading, '', ...lines.map((l) => `- \`${l.id}\` ${l.title}${l.remedy ? `: ${l.remedy}` : ''}`)];
  if (meta.docs?.url) {
    text.push('', `${docs}: ${meta.docs.url}`);
    markdown.push('', `[${docs}](${meta.docs.url})`);
  }
  return { text: text.join('\n'), markdown: markdown.join('\n') };
}

function cweTags(ids: readonly string[]): string[] {
  return ids.filter((id) => /^CWE-\d+$/.test(id)).map((id) => `external/cwe/cwe-${id.slice(4)}`);
}

function descriptor(name: string, meta: RuleMeta, locale: Locale, severity: number): Sarif.ReportingDescriptor {
  const id = `pii-guard/${name}`;
  const requirements = meta.docs?.requirements ?? [];
  const description = sentence(meta.docs?.description ?? name);
  return {
    id,
    name: pascal(name),
    shortDescription: { text: description },
    fullDescription: {
      text: requirements.length > 0 ? `${description} ${locale === 'ja' ? '主な要件' : 'Cites'}: ${requirements.join(', ')}.` : description,
    },
    ...(meta.docs?.url ? { helpUri: meta.docs.url } : {}),
    help: help(name, meta, locale),
    defaultConfiguration: { level: recommendedLevel(id) },
    properties: {
      tags: [...new Set(['security', 'privacy', 'pii', ...requirements, ...cweTags(requirements)])],
      precision: PRECISION[name] ?? 'high',
      'security-severity': severityString(severity),
      ...(meta.type ? { 'problem.type': meta.type } : {}),
      requirements,
    },
  };
}

function findingResult(
  filePath: string,
  f: ReportedFinding,
  ruleIndex: Map<string, number>,
  locale: Locale,
  t: ReportStrings,
): Sarif.Result {
  const hasRange = f.range?.start !== undefined && f.range.end !== undefined;
  const region: Sarif.Region = hasRange ? sarifRegion(f.range) : { startLine: f.line, startColumn: f.column };
  const related: Sarif.Location[] = [];
  const seen = new Set<string>();
  for (const d of f.data ?? []) {
    if (!d.origin?.start || !d.origin.end) continue;
    const key = JSON.stringify(d.origin);
    if (seen.has(key) || (hasRange && key === JSON.stringify(f.range))) continue;
    seen.add(key);
    related.push({
      id: related.length + 1,
      physicalLocation: physical(filePath, sarifRegion(d.origin)),
      message: { text: t.dataOrigin(kindLabel(d.kind, locale), d.path) },
    });
  }
  const flow = (f.flow ?? []).filter((s) => s.range?.start && s.range.end);
  const destination = f.sink?.destination;
  const index = ruleIndex.get(f.ruleId);
  const tier = topTier(f);
  return {
    ruleId: f.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: f.eslintSeverity === 2 ? 'error' : 'warning',
    message: { text: localizedMessage(f, locale) },
    locations: [{ physicalLocation: physical(filePath, region) }],
    ...(f.fingerprint ? { partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint } } : {}),
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    ...(flow.length > 1
      ? {
          codeFlows: [
            {
              message: { text: t.flowTitle },
              threadFlows: [
                {
                  locations: flow.map((step) => ({
                    location: { physicalLocation: physical(filePath, sarifRegion(step.range)), message: { text: step.text } },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
    properties: {
      'security-severity': severityString(securitySeverity(f)),
      ...(tier ? { tier } : {}),
      dataKinds: [...new Set((f.data ?? []).map((d) => d.kind))],
      requirements: f.requirements ?? [],
      leakTriggers: f.leakTrigger?.ids ?? [],
      reportableUnderAppi: f.leakTrigger?.reportableFromOne ?? false,
      ...(f.confidence ? { confidence: f.confidence } : {}),
      ...(f.reason ? { reason: f.reason } : {}),
      ...(f.sink ? { sink: { api: f.sink.api, kind: f.sink.kind, family: f.sink.family, id: f.sink.id } } : {}),
      ...(destination
        ? {
            destination: {
              ...(destination.host ? { host: destination.host } : {}),
              ...(destination.vendor ? { vendor: destination.vendor.name } : {}),
              ...(destination.vendor?.country ? { country: destination.vendor.country } : {}),
              firstParty: destination.firstParty === true,
              insecure: destination.insecure === true,
            },
          }
        : {}),
    },
  };
}

function suppressedResult(filePath: string, s: Suppression, ruleIndex: Map<string, number>, locale: Locale, t: ReportStrings): Sarif.Result {
  const base: Sarif.Result = s.finding
    ? findingResult(filePath, s.finding, ruleIndex, locale, t)
    : {
        ruleId: s.ruleId,
        ...(ruleIndex.has(s.ruleId) ? { ruleIndex: ruleIndex.get(s.ruleId)! } : {}),
        level: 'warning',
        message: { text: s.text },
        locations: [{ physicalLocation: physical(filePath, { startLine: s.line, startColumn: s.column }) }],
      };
  const suppression: Sarif.Suppression = {
    kind: 'inSource',
    // A suppression without a reason is not accountable: it stays under review (and the suppression rule reports it).
    status: s.reason.trim() ? 'accepted' : 'underReview',
    ...(s.justification.trim() ? { justification: s.justification.trim() } : {}),
    properties: { ...(s.author ? { author: s.author } : {}), ...(s.until ? { until: s.until } : {}), reason: s.reason },
  };
  return { ...base, suppressions: [suppression] };
}

export function formatSarif(run: LintRun, options: ReportOptions): string {
  const { locale } = options;
  const t = reportStrings(locale);
  const rules = ruleEntries();
  const ruleIndex = new Map(rules.map(([name], i) => [`pii-guard/${name}`, i]));

  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  const worst = new Map<string, number>();
  for (const file of run.files) {
    for (const f of activeFindings(file)) {
      const r = findingResult(file.filePath, f, ruleIndex, locale, t);
      if (run.baseline) r.baselineState = 'new';
      results.push(r);
      worst.set(f.ruleId, Math.max(worst.get(f.ruleId) ?? 0, securitySeverity(f)));
    }
    for (const s of file.suppressions) {
      // An expired suppression no longer holds: the suppression rule reports the finding again.
      if (s.expired) continue;
      const r = suppressedResult(file.filePath, s, ruleIndex, locale, t);
      if (run.baseline) r.baselineState = s.finding?.baselineState === 'unchanged' ? 'unchanged' : 'new';
      results.push(r);
    }
    if (file.parseError) {
      notifications.push({
        descriptor: { id: NOTIFICATIONS[0].id, index: 0 },
        level: 'warning',
        message: { text: sentence(t.parseError(file.parseError.message)) },
        locations: [
          { physicalLocation: physical(file.filePath, { startLine: Math.max(1, file.parseError.line), startColumn: Math.max(1, file.parseError.column) }) },
        ],
      });
    }
    if (file.skipped) {
      notifications.push({
        descriptor: { id: NOTIFICATIONS[1].id, index: 1 },
        level: 'warning',
        message: { text: sentence(t.tooLarge(megabytes(file.skipped.size), megabytes(file.skipped.limit))) },
        locations: [{ physicalLocation: physical(file.filePath) }],
      });
    }
  }
  for (const c of run.notChecked) {
    notifications.push({
      descriptor: { id: NOTIFICATIONS[2].id, index: 2 },
      level: 'warning',
      message: { text: sentence(t.components(c.count, c.extension, c.parser)) },
    });
  }

  const semver = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/.test(options.tool.version);
  const sarifRun: Sarif.Run = {
    tool: {
      driver: {
        name: options.tool.name,
        version: options.tool.version,
        ...(semver ? { semanticVersion: options.tool.version } : {}),
        informationUri: INFORMATION_URI,
        language: locale === 'ja' ? 'ja-JP' : 'en-US',
        rules: rules.map(([name, meta]) => descriptor(name, meta, locale, worst.get(`pii-guard/${name}`) ?? DEFAULT_SECURITY_SEVERITY)),
        notifications: NOTIFICATIONS.map((n) => ({
          id: n.id,
          name: n.name,
          shortDescription: { text: n.text },
          fullDescription: { text: `${n.text} ${n.help}` },
          help: { text: n.help },
          defaultConfiguration: { level: 'warning' },
        })),
      },
    },
    invocations: [
      {
        executionSuccessful: true,
        endTimeUtc: (options.generatedAt ?? new Date()).toISOString(),
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: srcRootUri(options.cwd) } },
    columnKind: 'utf16CodeUnits',
    results,
    properties: {
      filesScanned: run.filesLinted,
      ...(run.baseline
        ? {
            baseline: {
              path: run.baseline.path,
              new: run.baseline.new,
              unchanged: run.baseline.unchanged,
              absent: run.baseline.absent,
              note: 'Only new results are listed; unchanged ones are recorded in the baseline and absent ones no longer occur.',
            },
          }
        : {}),
    },
  };
  const log: Sarif.Log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [sarifRun] };
  return `${JSON.stringify(log, null, 2)}\n`;
}
