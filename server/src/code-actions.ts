/**
 * Code actions on PII Guard findings: wrap the data in the project's masking helper (adding its import),
 * drop a personal field from the object given to the sink, suppress with a reason, and fix all (wrap) in
 * the file as a quick fix and as `source.fixAll.piiGuard` (for `editor.codeActionsOnSave`).
 * An action is only offered when its edits leave the file parsing.
 */
import type { CodeAction, Command, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node.js';
import { CodeActionKind } from 'vscode-languageserver/node.js';
import type { SourceCode } from 'eslint';
import type { Locale } from 'eslint-plugin-pii-guard/engine';
import { SUPPRESSION_RULE_ID as SUPPRESSION_REASON_RULE } from 'eslint-plugin-pii-guard/report';
import type { LintedMessage } from './document-linter.js';
import {
  addReasonEdit,
  applyEdits,
  describeTargets,
  dropEdit,
  droppableFields,
  importEdit,
  overlaps,
  shiftOffset,
  suppressionEdit,
  targetSpan,
  wrapCandidates,
  wrapEdits,
  type Edit,
  type ImportContext,
  type MaskingHelper,
  type WrapTarget,
} from './fixes.js';
import { strings } from './l10n.js';
import { intersects, type PositionMap } from './positions.js';
import type { DiagnosticData } from './protocol.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.piiGuard`;
/** Server command: select a range in a document (the placeholder reason of a new suppression comment). */
export const SELECT_RANGE_COMMAND = 'pii-guard.server.selectRange';

const NO_SUPPRESSION_RULES = new Set([SUPPRESSION_REASON_RULE]);

export interface ActionContext {
  uri: string;
  version: number;
  sourceCode: SourceCode;
  map: PositionMap;
  /** The document's messages and the diagnostics published for them (same order). */
  messages: readonly LintedMessage[];
  diagnostics: readonly Diagnostic[];
  helper: MaskingHelper;
  importContext: ImportContext;
  locale: Locale;
  /** Whether an edited text still parses. */
  parses: (text: string) => boolean;
  /** Lints an edited text with the document's settings: its messages, or null when it does not parse. */
  relint: (text: string) => readonly LintedMessage[] | null;
  /** The client can open a document at a selection (window/showDocument). */
  canSelect: boolean;
  /** The client takes `documentChanges` (versioned edits). */
  versionedEdits: boolean;
  onRejected: (title: string) => void;
}

export function codeActions(ctx: ActionContext, range: Range, requested: readonly Diagnostic[], only: readonly string[] | undefined): CodeAction[] {
  const wants = (kind: string): boolean => !only || only.length === 0 || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  if (wants(FIX_ALL_KIND) && only?.some((o) => o.startsWith('source'))) {
    const all = fixAll(ctx, CodeActionKind.SourceFixAll);
    if (all) out.push({ ...all, kind: FIX_ALL_KIND });
    return out;
  }
  if (!wants(CodeActionKind.QuickFix)) return out;
  const t = strings(ctx.locale).actions;
  const picked = ctx.messages
    .map((m, i) => ({ m, d: ctx.diagnostics[i]! }))
    .filter(({ m, d }) => intersects(d.range, range) || requested.some((r) => sameDiagnostic(r, d, m)));
  for (const { m, d } of picked) {
    const attached = requested.find((r) => sameDiagnostic(r, d, m)) ?? d;
    const f = m.finding;
    if (f) {
      const wrap = verifiedWrap(ctx, m);
      if (wrap) push(ctx, out, t.wrap(ctx.helper.name, describeTargets(ctx.sourceCode, wrap.targets)), wrap.edits, [attached], true, true);
      for (const field of droppableFields(ctx.sourceCode, f)) {
        push(ctx, out, t.drop(field.label, f.sink.api), [dropEdit(ctx.sourceCode, field)], [attached], false);
      }
    }
    if (m.ruleId === SUPPRESSION_REASON_RULE) {
      // A suppression without a reason: add the `-- reason` part for the user to fill in.
      const start = ctx.map.offset({ line: m.line, column: m.column - 1 });
      const add = start === null ? null : addReasonEdit(ctx.sourceCode, start, t.reasonPlaceholder);
      if (add) {
        const action = push(ctx, out, t.addReason, [add.edit], [attached], true);
        if (action && add.placeholder && ctx.canSelect) action.command = selectCommand(ctx, t.reasonPlaceholder, add.edit.from, add.placeholder);
      }
    }
    if (!NO_SUPPRESSION_RULES.has(m.ruleId)) {
      const start = f ? f.offsets[0] : (ctx.map.offset({ line: m.line, column: m.column - 1 }) ?? 0);
      const s = suppressionEdit(ctx.sourceCode, m.ruleId, start, t.reasonPlaceholder);
      if (s) {
        const action = push(ctx, out, t.suppress(m.ruleId), [s.edit], [attached], false);
        // The inserted line takes the finding's line number; the placeholder sits after its head.
        if (action && s.placeholder && ctx.canSelect) action.command = selectCommand(ctx, t.reasonPlaceholder, s.edit.from, s.placeholder);
      }
    }
  }
  if (picked.some(({ m }) => m.finding)) {
    const all = fixAll(ctx, CodeActionKind.QuickFix);
    if (all && (all.diagnostics?.length ?? 0) > 1) out.push(all);
  }
  return out;
}

/**
 * The first way of wrapping a finding's data that makes the finding go away when the edited text is linted
 * again (so a wrap is never offered that leaves the finding, or the file not parsing).
 */
function verifiedWrap(ctx: ActionContext, m: LintedMessage): { targets: WrapTarget[]; edits: Edit[] } | null {
  if (!m.finding) return null;
  for (const targets of wrapCandidates(ctx.sourceCode, m.finding, ctx.helper.name)) {
    const edits = withImport(ctx, wrapEdits(ctx.sourceCode, targets, ctx.helper.name));
    if (overlaps(edits)) continue;
    const after = ctx.relint(applyEdits(ctx.sourceCode.text, edits));
    if (after && !remains(after, m, edits)) return { targets, edits };
  }
  return null;
}

/** Whether the finding behind `m` is still reported after the edits (same rule at the same, shifted, sink). */
function remains(after: readonly LintedMessage[], m: LintedMessage, edits: readonly Edit[]): boolean {
  if (!m.finding) return false;
  const at = shiftOffset(m.finding.offsets[0], edits);
  return after.some((x) => x.ruleId === m.ruleId && x.finding?.offsets[0] === at);
}

/**
 * Wraps the data of every finding in the file that can be wrapped, with one import. Targets nested in or
 * crossing another finding's are left out; findings the combined edit does not clear are left out too.
 */
function fixAll(ctx: ActionContext, kind: string): CodeAction | null {
  const t = strings(ctx.locale).actions;
  const planned = ctx.messages
    .map((m, i) => ({ m, d: ctx.diagnostics[i]!, targets: m.finding ? (wrapCandidates(ctx.sourceCode, m.finding, ctx.helper.name)[0] ?? []) : [] }))
    .filter((p) => p.targets.length > 0);
  let chosen = combine(ctx, planned);
  for (let pass = 0; pass < 2 && chosen.included.length > 0; pass++) {
    const edits = withImport(ctx, chosen.edits);
    const after = ctx.relint(applyEdits(ctx.sourceCode.text, edits));
    if (!after) return null;
    const kept = chosen.included.filter((p) => !remains(after, p.m, edits));
    if (kept.length === chosen.included.length) {
      const diagnostics = kept.map((p) => p.d);
      if (diagnostics.length === 0) return null;
      return { title: t.fixAll(ctx.helper.name, diagnostics.length), kind, diagnostics, edit: workspaceEdit(ctx, edits) };
    }
    chosen = combine(ctx, kept);
  }
  return null;
}

interface Planned {
  m: LintedMessage;
  d: Diagnostic;
  targets: WrapTarget[];
}

function combine(ctx: ActionContext, planned: readonly Planned[]): { edits: Edit[]; included: Planned[] } {
  const spans: Array<[number, number]> = [];
  const edits: Edit[] = [];
  const included: Planned[] = [];
  const same = (a: [number, number], b: [number, number]): boolean => a[0] === b[0] && a[1] === b[1];
  const meets = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];
  for (const p of planned) {
    const mine = p.targets.map(targetSpan);
    // Two findings can share data (`logger.info(user)` reported by two rules): it is wrapped once.
    if (mine.some((a) => spans.some((b) => meets(a, b) && !same(a, b)))) continue;
    const fresh = p.targets.filter((_, j) => !spans.some((b) => same(mine[j]!, b)));
    edits.push(...wrapEdits(ctx.sourceCode, fresh, ctx.helper.name));
    spans.push(...fresh.map(targetSpan));
    included.push(p);
  }
  return { edits, included };
}

/** Selects the placeholder an insertion at `at` (offset in the original text) put on that same line. */
function selectCommand(ctx: ActionContext, title: string, at: number, placeholder: { from: number; to: number }): Command {
  const p = ctx.map.position(at);
  const start = p.character + (placeholder.from - at);
  const selection: Range = { start: { line: p.line, character: start }, end: { line: p.line, character: start + (placeholder.to - placeholder.from) } };
  return { title, command: SELECT_RANGE_COMMAND, arguments: [ctx.uri, selection] };
}

function withImport(ctx: ActionContext, edits: Edit[]): Edit[] {
  const imp = importEdit(ctx.sourceCode, ctx.helper, ctx.importContext);
  return imp ? [imp, ...edits] : edits;
}

function push(
  ctx: ActionContext,
  out: CodeAction[],
  title: string,
  edits: Edit[],
  diagnostics: Diagnostic[],
  preferred: boolean,
  verified = false,
): CodeAction | null {
  if (!verified && (overlaps(edits) || !ctx.parses(applyEdits(ctx.sourceCode.text, edits)))) {
    ctx.onRejected(title);
    return null;
  }
  const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(ctx, edits) };
  if (preferred) action.isPreferred = true;
  out.push(action);
  return action;
}

function workspaceEdit(ctx: ActionContext, edits: readonly Edit[]): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => ({ range: ctx.map.rangeOfOffsets(e.from, e.to), newText: e.text }));
  if (ctx.versionedEdits) return { documentChanges: [{ textDocument: { uri: ctx.uri, version: ctx.version }, edits: textEdits }] };
  return { changes: { [ctx.uri]: textEdits } };
}

function sameDiagnostic(a: Diagnostic, ours: Diagnostic, m: LintedMessage): boolean {
  const data = a.data as Partial<DiagnosticData> | undefined;
  if (data && typeof data.fingerprint === 'string') return data.fingerprint === m.fingerprint;
  return (
    a.code === ours.code &&
    a.range.start.line === ours.range.start.line &&
    a.range.start.character === ours.range.start.character &&
    a.range.end.line === ours.range.end.line &&
    a.range.end.character === ours.range.end.character
  );
}
