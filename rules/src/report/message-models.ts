/**
 * ESLint messages → the engine's models behind them, with fingerprints. One recipe for the CLI's reports,
 * the ESLint formatters and the language server, so that a finding has the same identity everywhere.
 *
 * A sink or hard-coded-value message is explained by the engine's finding at the same rule and place; a
 * pii-guard/require-suppression-reason message by that rule's report (an expired suppression: the finding
 * it hid, which keeps its own rule's identity; a missing or invalid reason: the model of the suppression).
 */
import type { Linter } from 'eslint';
import type { FileAnalysis } from '../analysis/engine.js';
import type { Finding } from '../findings/model.js';
import { suppressionReportsOf, type SuppressionReport } from '../rules/require-suppression-reason.js';
import { fingerprintFindings } from './fingerprint.js';

export const SUPPRESSION_RULE_ID = 'pii-guard/require-suppression-reason';

export type Message = Linter.LintMessage | Linter.SuppressedLintMessage;

export interface MessageModel {
  /** The engine's finding behind the message (for a suppression report, the report's model). */
  finding: Finding;
  /** The rule the fingerprint is computed for: an expired suppression's finding keeps its own rule. */
  printAs: string;
  /** pii-guard/require-suppression-reason only: what it reported. */
  suppressionReport?: SuppressionReport;
  fingerprint: string;
}

const placeKey = (rule: string, line: number, column: number): string => `${rule}\u0000${line}\u0000${column}`;

/**
 * The engine's findings of these analyses by rule and 1-based place, in analysis and source order, so
 * that each message is matched without a scan (and two messages at one place get two findings).
 */
function findingIndex(analyses: readonly FileAnalysis[]): Map<string, Finding[]> {
  const index = new Map<string, Finding[]>();
  for (const a of analyses) {
    for (const f of a.allFindings()) {
      const key = placeKey(f.rule, f.range.start.line, f.range.start.column + 1);
      const list = index.get(key);
      if (!list) index.set(key, [f]);
      else if (!list.includes(f)) list.push(f);
    }
  }
  return index;
}

/** What pii-guard/require-suppression-reason reported at a message's place. */
export function suppressionReportFor(analyses: readonly FileAnalysis[], m: Message): SuppressionReport | undefined {
  const kind = (m.messageId ?? '').replace(/Ja$/, '');
  for (const a of analyses) {
    const r = suppressionReportsOf(a).find((x) => x.messageId === kind && x.line === m.line && x.column === m.column);
    if (r) return r;
  }
  return undefined;
}

type Unprinted = Omit<MessageModel, 'fingerprint'>;

/** Matches messages to models; `undefined` where none of the analyses explains a message. */
function match(analyses: readonly FileAnalysis[], messages: readonly Message[]): Array<Unprinted | undefined> {
  const index = findingIndex(analyses);
  const used = new Map<string, number>();
  return messages.map((m): Unprinted | undefined => {
    if (!m.ruleId?.startsWith('pii-guard/')) return undefined;
    if (m.ruleId === SUPPRESSION_RULE_ID) {
      const r = suppressionReportFor(analyses, m);
      if (!r) return undefined;
      return { finding: r.finding, printAs: r.messageId === 'expired' ? `pii-guard/${r.finding.rule}` : m.ruleId, suppressionReport: r };
    }
    const key = placeKey(m.ruleId.slice('pii-guard/'.length), m.line, m.column);
    const list = index.get(key);
    if (!list) return undefined;
    // A second message at the same place takes the next finding there; more messages than findings share the last.
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    return { finding: list[Math.min(n, list.length - 1)]!, printAs: m.ruleId };
  });
}

/** The messages none of these analyses explains. */
export function unexplainedMessages(analyses: readonly FileAnalysis[], messages: readonly Message[]): Message[] {
  const models = match(analyses, messages);
  return messages.filter((m, i) => m.ruleId?.startsWith('pii-guard/') && models[i] === undefined);
}

/**
 * The model and fingerprint behind each message (same order; `undefined` for a message no analysis
 * explains). `text` is the source ESLint parsed (no byte order mark); `shownPath` the path reports show.
 */
export function messageModels(
  shownPath: string,
  text: string,
  analyses: readonly FileAnalysis[],
  messages: readonly Message[],
): Array<MessageModel | undefined> {
  const models = match(analyses, messages);
  // Fingerprints number identical findings in source order: compute them over the file's models in order.
  const order = models
    .map((_, i) => i)
    .filter((i) => models[i] !== undefined)
    .sort((a, b) => models[a]!.finding.offsets[0] - models[b]!.finding.offsets[0] || a - b);
  const prints = fingerprintFindings(
    shownPath,
    text,
    order.map((i) => ({ ...models[i]!.finding, ruleId: models[i]!.printAs })),
  );
  const out: Array<MessageModel | undefined> = new Array(models.length).fill(undefined);
  order.forEach((i, k) => {
    out[i] = { ...models[i]!, fingerprint: prints[k]! };
  });
  return out;
}
