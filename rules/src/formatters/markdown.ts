/**
 * `--format markdown`: the reviewer report as GitHub-flavoured Markdown, for a pull request, a wiki or an
 * audit file. Self-contained text; file links are relative to the scan root (`path#L12`), so they resolve
 * when the report sits at the root of the repository. Every piece of scanned text is escaped: a message or
 * path cannot inject HTML or break a table.
 */
import type { LintRun } from '../report/model.js';
import { getRequirement } from '../requirements/index.js';
import {
  buildSections,
  formatDate,
  megabytes,
  notCheckedCount,
  pathUri,
  type Entry,
  type ReportOptions,
  type ReportSections,
} from './report-sections.js';
import { reportStrings, type ReportStrings } from './report-strings.js';

/**
 * Backslash-escape what Markdown would read as markup or HTML (GFM allows it for any ASCII punctuation);
 * `(` and `#` are harmless once `[` is escaped and nothing starts a line.
 */
export function mdText(s: string): string {
  return s.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** A code span that survives any content, inside a table too. */
function code(s: string): string {
  const body = s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const fence = body.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${body}${fence.length > 1 ? ' ' : ''}${fence}`;
}

/** A relative link target: each segment percent-encoded (`#`, `?`, spaces), and the parentheses that would end the link. */
function href(path: string, line?: number): string {
  const p = pathUri(path).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return line ? `${p}#L${line}` : p;
}

const link = (text: string, target: string): string => `[${mdText(text)}](${target})`;

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

const ref = (e: Entry): string => link(`F${e.n}`, href(e.filePath, e.finding.line));
const refs = (es: readonly Entry[]): string => es.map(ref).join(', ');
const where = (e: Entry): string => link(`${e.filePath}:${e.finding.line}`, href(e.filePath, e.finding.line));

function metadata(s: ReportSections, t: ReportStrings): string[] {
  const rows = [
    [t.tool, mdText(`${s.tool.name} ${s.tool.version}`)],
    [t.generated, formatDate(s.generatedAt)],
    [t.scanRoot, code(s.cwd)],
    [t.filesScanned, String(s.filesLinted)],
    [t.filesWithFindings, String(s.filesWithFindings)],
    [t.notCheckedCount, String(notCheckedCount(s.notChecked))],
    [t.baseline, s.baseline ? mdText(t.baselineLine(s.baseline)) : t.noBaseline],
  ];
  return [`## ${t.metadata}`, '', ...table(['', ''], rows)];
}

function summary(s: ReportSections, t: ReportStrings): string[] {
  const out = [`## ${t.summary}`, ''];
  out.push(
    ...table(
      [t.findings, t.errors, t.warnings, t.filesWithFindings, t.reportable, t.suppressed],
      [[`**${s.entries.length}**`, String(s.errors), String(s.warnings), `${s.filesWithFindings} / ${s.filesLinted}`, String(s.reportable.length), String(s.suppressions.length)]],
    ),
  );
  if (s.entries.length === 0) return [...out, '', t.noFindings];
  const pct = (n: number): string => `${Math.round((n / s.entries.length) * 100)}%`;
  out.push('', `### ${t.byTier}`, '');
  out.push(...table([t.tierColumn, t.countColumn, t.shareColumn], s.byTier.map((r) => [r.tier ? t.tiers[r.tier] : t.none, String(r.count), pct(r.count)])));
  out.push('', `### ${t.byRule}`, '');
  out.push(...table([t.ruleColumn, t.countColumn], s.byRule.map((r) => [code(r.ruleId), String(r.count)])));
  return out;
}

const dataOf = (e: Entry): string => mdText(e.kindLabels.join(', ')) || '—';

function reportable(s: ReportSections, t: ReportStrings, ids: (id: string) => string): string[] {
  const out = [`## ${t.reportableTitle}`, '', t.reportableIntro, ''];
  if (s.reportable.length === 0) return [...out, t.reportableNone];
  return [
    ...out,
    ...table(
      ['#', t.locationColumn, t.dataColumn, t.triggerColumn, t.viaColumn],
      s.reportable.map((e) => [ref(e), where(e), dataOf(e), (e.finding.leakTrigger?.ids ?? []).map(ids).join('<br>'), code(e.finding.sink.api)]),
    ),
  ];
}

function byRequirement(s: ReportSections, t: ReportStrings): string[] {
  if (s.entries.length === 0) return [];
  const out = [`## ${t.byRequirement}`, '', t.byRequirementIntro];
  for (const g of s.requirementGroups) {
    out.push('', `### ${t.groupTitle[g.id]}`, '');
    out.push(
      ...table(
        [t.idColumn, t.requirementColumn, t.countColumn, t.findingsColumn],
        g.rows.map((r) => [r.url ? `[${code(r.id)}](${encodeURI(r.url).replace(/\(/g, '%28').replace(/\)/g, '%29')})` : code(r.id), mdText(r.title), String(r.entries.length), refs(r.entries)]),
      ),
    );
  }
  return out;
}

function byKind(s: ReportSections, t: ReportStrings): string[] {
  if (s.entries.length === 0) return [];
  return [
    `## ${t.byKind}`,
    '',
    t.byKindIntro,
    '',
    ...table(
      [t.kindColumn, t.tierColumn, t.countColumn, t.viaColumn, t.findingsColumn],
      s.byKind.map((r) => [`${mdText(r.label)} ${code(r.kind)}`, t.tiers[r.tier] ?? r.tier, String(r.entries.length), r.apis.map(code).join(', '), refs(r.entries)]),
    ),
  ];
}

function destinations(s: ReportSections, t: ReportStrings): string[] {
  const out = [`## ${t.destinations}`, '', t.destinationsIntro, ''];
  if (s.destinations.length === 0) return [...out, t.destinationsNone];
  out.push(
    ...table(
      [t.vendorColumn, t.countryColumn, t.destinationColumn, t.dataColumn, t.viaColumn, t.transportColumn, t.findingsColumn],
      s.destinations.map((d) => [
        (d.vendor ? mdText(d.vendor) : t.none) + (d.firstParty ? ` (${t.firstParty})` : ''),
        d.country ? mdText(d.country) : t.none,
        d.host ? code(d.host) : t.unknownHost,
        mdText(d.kinds.join(', ')),
        d.apis.map(code).join(', '),
        d.insecure ? `**${t.plainText}**` : t.tls,
        refs(d.entries),
      ]),
    ),
  );
  if (s.destinations.some((d) => d.firstParty)) out.push('', t.firstPartyNote);
  return out;
}

function allFindings(s: ReportSections, t: ReportStrings): string[] {
  if (s.entries.length === 0) return [];
  const out = [`## ${t.allFindings}`, '', t.allFindingsIntro];
  const cols = s.crosswalkColumns;
  for (const file of s.files) {
    out.push('', `### ${link(file.filePath, href(file.filePath))}`, '');
    out.push(
      ...table(
        ['#', t.lineColumn, t.severityColumn, t.ruleColumn, t.findingColumn, ...cols.map((c) => t.crosswalk[c])],
        file.entries.map((e) => {
          const f = e.finding;
          const sev = (f.eslintSeverity === 2 ? t.error : t.warning) + (f.baselineState === 'new' ? ` (${t.newFinding})` : '');
          return [
            `F${e.n}`,
            link(`${f.line}:${f.column}`, href(e.filePath, f.line)),
            sev,
            code(f.ruleId),
            mdText(e.message),
            ...cols.map((c) => e.crosswalk[c]?.join(', ') || t.none),
          ];
        }),
      ),
    );
  }
  return out;
}

function suppressions(s: ReportSections, t: ReportStrings): string[] {
  const out = [`## ${t.suppressions}`, '', t.suppressionsIntro, ''];
  if (s.suppressions.length === 0) return [...out, t.suppressionsNone];
  return [
    ...out,
    ...table(
      [t.locationColumn, t.ruleColumn, t.reasonColumn, t.authorColumn, t.untilColumn, t.statusColumn, t.findingColumn],
      s.suppressions.map((x) => [
        link(`${x.filePath}:${x.line}`, href(x.filePath, x.line)),
        code(x.ruleId),
        x.reason ? mdText(x.reason) : `**${t.noReason}**`,
        x.author ? mdText(x.author) : t.none,
        x.until ?? t.none,
        x.status === 'accepted' ? t.status.accepted : `**${t.status[x.status]}**`,
        mdText(x.message),
      ]),
    ),
  ];
}

function notChecked(s: ReportSections, t: ReportStrings): string[] {
  const out = [`## ${t.notChecked}`, ''];
  if (s.notChecked.length === 0) return [...out, t.notCheckedNone];
  for (const r of s.notChecked) {
    if (r.kind === 'parse-error') out.push(`- ${link(`${r.filePath}:${r.line}`, href(r.filePath!, r.line))}: ${mdText(t.parseError(r.message ?? ''))}`);
    else if (r.kind === 'too-large') out.push(`- ${link(r.filePath!, href(r.filePath!))}: ${mdText(t.tooLarge(megabytes(r.size ?? 0), megabytes(r.limit ?? 0)))}`);
    else out.push(`- ${mdText(t.components(r.count ?? 0, r.extension ?? '', r.parser ?? ''))}`);
  }
  return out;
}

export function formatMarkdown(run: LintRun, options: ReportOptions): string {
  const s = buildSections(run, options);
  const t = reportStrings(options.locale);
  const ids = (id: string): string => `${code(id)} ${mdText(getRequirement(id)?.title[options.locale] ?? '')}`.trim();
  const parts = [
    [`# ${t.title}`, '', t.intro],
    metadata(s, t),
    summary(s, t),
    reportable(s, t, ids),
    byRequirement(s, t),
    byKind(s, t),
    destinations(s, t),
    allFindings(s, t),
    suppressions(s, t),
    notChecked(s, t),
  ].filter((p) => p.length > 0);
  return `${parts.map((p) => p.join('\n')).join('\n\n')}\n`;
}
