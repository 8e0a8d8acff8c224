/** Turns a finding's facts into the placeholders of its message, in English and Japanese. */
import { requirementTitle } from '../requirements/index.js';
import type { DataKind } from '../vocabulary/types.js';
import type { DataItem, Finding, Locale } from './model.js';
import { MESSAGE_ID_OF, TEMPLATES, render } from './messages.js';

/** How many requirement IDs a message lists before "+N more" (the finding itself carries all). */
export const MESSAGE_REQUIREMENT_LIMIT = 6;

export function describeData(items: readonly DataItem[], kinds: (id: string) => DataKind | undefined, locale: Locale): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const label = kinds(item.kind)?.label[locale] ?? item.kind;
    const key = `${label}|${item.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(item.path && item.path !== label ? (locale === 'ja' ? `${label}: ${item.path}` : `${label}: ${item.path}`) : label);
  }
  const shown = parts.slice(0, 3);
  const more = parts.length - shown.length;
  if (locale === 'ja') return shown.join('、') + (more > 0 ? ` ほか${more}件` : '');
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

export function describeRequirements(ids: readonly string[], locale: Locale): string {
  const shown = ids.slice(0, MESSAGE_REQUIREMENT_LIMIT);
  const more = ids.length - shown.length;
  const tail = more > 0 ? (locale === 'ja' ? ` ほか${more}件` : ` +${more} more`) : '';
  return `[${shown.join(', ')}${tail}]`;
}

export function describeDestination(f: Pick<Finding, 'sink'>, locale: Locale): string {
  const d = f.sink.destination;
  if (d?.vendor) return d.vendor.name;
  if (d?.host) return d.host;
  if (d?.firstParty) return locale === 'ja' ? '自社のサーバー' : "the app's own server";
  return locale === 'ja' ? '外部の送信先' : 'an external destination';
}

export function describeReportable(f: Pick<Finding, 'leakTrigger'>, locale: Locale): string {
  if (!f.leakTrigger.reportableFromOne) return '';
  const ids = f.leakTrigger.ids.join(', ');
  return locale === 'ja'
    ? ` 漏えい時は1人分でも報告対象です(${ids})。`
    : ` A leak would be reportable from a single person (${ids}).`;
}

export function messageData(
  f: Omit<Finding, 'message'>,
  kinds: (id: string) => DataKind | undefined,
  locale: Locale,
): Record<string, string> {
  const protection = f.data.find((d) => d.weakProtection)?.weakProtection ?? '';
  return {
    data: describeData(f.data, kinds, locale),
    sink: f.sink.api,
    destination: describeDestination(f, locale),
    protection,
    requirements: describeRequirements(f.requirements, locale),
    reportable: describeReportable(f, locale),
  };
}

export function renderMessage(f: Omit<Finding, 'message'>, kinds: (id: string) => DataKind | undefined): Finding['message'] {
  const templates = TEMPLATES[f.rule][MESSAGE_ID_OF[f.reason]];
  if (!templates) throw new Error(`No message for ${f.rule} / ${f.reason}`);
  return {
    en: render(templates.en, messageData(f, kinds, 'en')),
    ja: render(templates.ja, messageData(f, kinds, 'ja')),
  };
}

/** Requirement titles for hovers and reports. */
export function requirementLines(ids: readonly string[], locale: Locale): string[] {
  return ids.map((id) => `${id}: ${requirementTitle(id, locale)}`);
}
