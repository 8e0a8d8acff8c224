/**
 * The accountable part of an `eslint-disable` comment: `-- <reason> [by @who] [until YYYY-MM-DD]`.
 * Used by the pii-guard/require-suppression-reason rule, the CLI and the reports alike.
 *
 * Markers, in English or Japanese, anywhere in the justification:
 * - expiry: `until 2026-03-31`, `expires 2026-03-31`, `期限: 2026-03-31`, `2026-03-31まで` (also `2026/3/31`)
 * - author: `@alice`, `by alice` (last, or before the expiry), `承認: 山田`, `担当: 佐藤`
 */

export interface SuppressionReason {
  /** The reason with the markers removed; empty when none was given. */
  reason: string;
  author?: string;
  /** ISO day after which the suppression no longer holds. */
  until?: string;
  /** `until` was given but is not a real calendar day (`until 2026-02-30`), as written. */
  invalidUntil?: string;
}

const SEP = String.raw`(?:^|[\s,;(（、。])`;
const DATE = String.raw`(\d{4}[-/]\d{1,2}[-/]\d{1,2})`;
const UNTIL_BEFORE = new RegExp(String.raw`${SEP}(?:until|expires?|expiry|期限)\s*[:：]?\s*${DATE}(?:\s*まで)?[)）]?`, 'i');
const UNTIL_AFTER = new RegExp(String.raw`${SEP}${DATE}\s*まで[)）]?`);
const NAME = String.raw`([\p{L}\p{N}_.-]*[\p{L}\p{N}_])`;
const AUTHOR_AT = new RegExp(String.raw`${SEP}(?:by\s+)?@${NAME}[)）]?`, 'u');
// `by alice` without `@` only where it is clearly a signature: at the end, or before a separator or the
// expiry; "kept by the log pipeline" names no one.
const AUTHOR_BY = new RegExp(String.raw`${SEP}by\s+${NAME}(?=\s*(?:$|[,;)）]|until\b|expires?\b|期限))`, 'iu');
const AUTHOR_JA = new RegExp(String.raw`${SEP}(?:承認者?|担当者?)\s*[:：]?\s*${NAME}[)）]?`, 'u');

/**
 * Placeholders left unfilled (the editor's suppress quick fix writes `TODO: reason` / `TODO: 理由を記入`):
 * they say nothing about why, so they count as no reason.
 */
const PLACEHOLDER = /^(?:(?:todo|fixme|tbd|xxx)\b[:：]?\s*)?(?:reason|理由(?:を記入)?)?$|^(?:todo|fixme|tbd|xxx)$/i;

/** `2026-3-5` and `2026/03/05` → `2026-03-05`. */
function isoDay(written: string): string {
  const [y, m, d] = written.split(/[-/]/);
  return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

export function isCalendarDay(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

function cut(text: string, m: RegExpExecArray): string {
  return `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.trim();
}

export function parseSuppressionReason(justification: string): SuppressionReason {
  let rest = justification.trim();
  const out: SuppressionReason = { reason: '' };
  const until = UNTIL_BEFORE.exec(rest) ?? UNTIL_AFTER.exec(rest);
  if (until) {
    const day = isoDay(until[1]!);
    if (isCalendarDay(day)) out.until = day;
    else out.invalidUntil = until[1];
    rest = cut(rest, until);
  }
  const author = AUTHOR_AT.exec(rest) ?? AUTHOR_JA.exec(rest) ?? AUTHOR_BY.exec(rest);
  if (author) {
    out.author = author[1];
    rest = cut(rest, author);
  }
  // What the markers leave behind: separators at the ends, empty brackets, double spaces.
  out.reason = rest
    .replace(/\(\s*\)|（\s*）/g, '')
    .replace(/^[\s,;:：、。)）-]+|[\s,;:：、(（-]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (PLACEHOLDER.test(out.reason)) out.reason = '';
  return out;
}

/** Today in the local calendar, as `YYYY-MM-DD` (a suppression `until 2026-11-30` holds through that day). */
export function today(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * The day expiry is judged by: `PII_GUARD_TODAY=YYYY-MM-DD` when set (reproducible CI runs and tests; it
 * reaches ESLint's worker threads too), else today.
 */
export function currentDay(): string {
  const fixed = typeof process === 'undefined' ? undefined : process.env.PII_GUARD_TODAY;
  return fixed && isCalendarDay(fixed) ? fixed : today();
}

export function isExpired(until: string | undefined, day: string = currentDay()): boolean {
  return until !== undefined && until < day;
}
