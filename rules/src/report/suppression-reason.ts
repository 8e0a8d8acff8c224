/**
 * The accountable part of an `eslint-disable` comment: `-- <reason> [by @who] [until YYYY-MM-DD]`.
 * Used by the pii-guard/require-suppression-reason rule, the CLI and the reports alike.
 */

export interface SuppressionReason {
  /** The reason with the markers removed; empty when none was given. */
  reason: string;
  author?: string;
  /** ISO day after which the suppression no longer holds. */
  until?: string;
  /** `until` was given but is not a real calendar day (`until 2026-02-30`). */
  invalidUntil?: string;
}

const UNTIL = /(?:^|[\s,;(（、])(?:until|expires?|期限|まで)[:：]?\s*(\d{4}-\d{2}-\d{2})(?:\s*まで)?[)）]?/i;
const AUTHOR = /(?:^|[\s,;(（、])(?:by\s+@?|@|承認[:：]?\s*|担当[:：]?\s*)([\p{L}\p{N}_.-]+)[)）]?/u;

function isCalendarDay(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

export function parseSuppressionReason(justification: string): SuppressionReason {
  let rest = justification.trim();
  const out: SuppressionReason = { reason: '' };
  const until = UNTIL.exec(rest);
  if (until) {
    if (isCalendarDay(until[1]!)) out.until = until[1];
    else out.invalidUntil = until[1];
    rest = (rest.slice(0, until.index) + ' ' + rest.slice(until.index + until[0].length)).trim();
  }
  const author = AUTHOR.exec(rest);
  if (author) {
    out.author = author[1];
    rest = (rest.slice(0, author.index) + ' ' + rest.slice(author.index + author[0].length)).trim();
  }
  out.reason = rest.replace(/^[\s,;:：、。-]+|[\s,;:：、-]+$/g, '').replace(/\s{2,}/g, ' ');
  return out;
}

/** Today in the local calendar, as `YYYY-MM-DD` (a suppression `until 2026-11-30` holds through that day). */
export function today(now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function isExpired(until: string | undefined, day: string = today()): boolean {
  return until !== undefined && until < day;
}
