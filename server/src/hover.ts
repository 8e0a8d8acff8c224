/**
 * Hover on a finding: what personal data, where it goes, which requirements it touches (with their short
 * titles from the requirement catalog), whether a leak would be reportable under APPI, and how to fix it.
 */
import type { Hover, MarkupContent, Position, Range } from 'vscode-languageserver/node.js';
import { MarkupKind } from 'vscode-languageserver/node.js';
import { DATA_KINDS, getRequirement, kindLabel, type Finding, type Locale } from 'eslint-plugin-pii-guard/engine';
import type { LintedMessage } from './document-linter.js';
import { ruleDocsUrl, severityName } from './diagnostics.js';
import { strings } from './l10n.js';
import { contains } from './positions.js';

/** How many requirements a hover lists before "and N more". */
const REQUIREMENT_LIMIT = 8;
const REMEDY_LIMIT = 4;

export interface HoverCandidate {
  message: LintedMessage;
  range: Range;
}

export function hoverAt(candidates: readonly HoverCandidate[], position: Position, locale: Locale): Hover | null {
  const hits = candidates.filter((c) => contains(c.range, position));
  if (hits.length === 0) return null;
  const contents: MarkupContent = {
    kind: MarkupKind.Markdown,
    value: hits.map((h) => explain(h.message, locale)).join('\n\n---\n\n'),
  };
  return { contents, range: hits[0]!.range };
}

export function explain(m: LintedMessage, locale: Locale): string {
  const t = strings(locale);
  const lines: string[] = [];
  lines.push(`**PII Guard** · ${code(m.ruleId)} · ${t.severity[severityName(m)]}`);
  lines.push('');
  lines.push(escape(m.message));
  const f = m.finding;
  if (f) {
    lines.push('', ...dataSection(f, locale), '', ...sinkSection(f, locale), '', ...requirementSection(f, locale));
    lines.push('', `**${t.hover.breach}**: ${f.leakTrigger.reportableFromOne ? t.hover.reportableFromOne(f.leakTrigger.ids.join(', ')) : t.hover.notReportableFromOne}`);
    const remedies = remediesOf(f, locale);
    if (remedies.length > 0) lines.push('', `**${t.hover.fix}**`, ...remedies.map((r) => `- ${escape(r)}`));
  }
  const href = ruleDocsUrl(m.ruleId);
  if (href) lines.push('', `[${t.hover.docs}](${href})`);
  return lines.join('\n');
}

function dataSection(f: Finding, locale: Locale): string[] {
  const t = strings(locale);
  const out = [`**${t.hover.data}**`];
  const seen = new Set<string>();
  for (const d of f.data) {
    const k = `${d.kind}|${d.path}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const tier = t.tiers[d.tier] ?? d.tier;
    const sub = Object.hasOwn(DATA_KINDS, d.kind) ? '' : ` (${code(d.kind)})`;
    out.push(`- ${escape(kindLabel(d.kind, locale))}${sub} — ${code(d.path)} · ${escape(tier)} · ${t.hover.confidenceLabel}: ${t.confidence[d.confidence]}`);
  }
  return out;
}

function sinkSection(f: Finding, locale: Locale): string[] {
  const t = strings(locale);
  const parts = [`${code(f.sink.api)} — ${t.sinkKinds[f.sink.kind]} (${escape(f.sink.family)})`];
  const d = f.sink.destination;
  const where: string[] = [];
  if (d?.vendor) where.push(escape(d.vendor.country ? `${d.vendor.name} (${d.vendor.country})` : d.vendor.name));
  if (d?.host && d.host !== d.vendor?.name) where.push(code(d.host));
  if (d?.firstParty && where.length === 0) where.push(t.hover.firstParty);
  if (d?.insecure) where.push(`**${t.hover.insecure}**`);
  const out = [`**${t.hover.sink}**: ${parts.join('')}`];
  if (where.length > 0) out.push(`**${t.hover.destination}**: ${where.join(' · ')}`);
  return out.flatMap((l, i) => (i === 0 ? [l] : ['', l]));
}

function requirementSection(f: Finding, locale: Locale): string[] {
  const t = strings(locale);
  const shown = f.requirements.slice(0, REQUIREMENT_LIMIT);
  const out = [`**${t.hover.requirements}**`];
  for (const id of shown) {
    const r = getRequirement(id);
    out.push(`- ${code(id)} ${r ? escape(r.title[locale]) : ''}`.trimEnd());
  }
  const more = f.requirements.length - shown.length;
  if (more > 0) out.push(`- ${t.hover.moreRequirements(more)}: ${f.requirements.slice(REQUIREMENT_LIMIT).join(', ')}`);
  return out;
}

/** The remedies of the cited requirements, take-out rules first (the catalog's order), without repeats. */
function remediesOf(f: Finding, locale: Locale): string[] {
  const out: string[] = [];
  for (const id of f.requirements) {
    const remedy = getRequirement(id)?.remedy?.[locale];
    if (remedy && !out.includes(remedy)) out.push(remedy);
    if (out.length >= REMEDY_LIMIT) break;
  }
  return out;
}

/** Inline code that survives backticks in the text. */
function code(s: string): string {
  const fence = s.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${s.replace(/\s+/g, ' ')}${fence.length > 1 ? ' ' : ''}${fence}`;
}

/** Markdown-escapes text that is not ours (messages, titles), so `*`, `_` and `<` show as written. */
function escape(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}
