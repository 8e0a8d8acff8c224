/**
 * `eslint-disable` directives in a file and the positions each one covers, read the way ESLint reads them
 * (`--` starts the justification; `eslint-disable` / `eslint-enable` only in block comments; a directive
 * without a rule list covers every rule).
 */
import type { TSESTree } from '@typescript-eslint/utils';

export type DirectiveKind = 'disable' | 'disable-line' | 'disable-next-line';

export interface Position1 {
  /** 1-based line and column, as ESLint reports messages. */
  line: number;
  column: number;
}

export interface DisableDirective {
  kind: DirectiveKind;
  comment: TSESTree.Comment;
  /** Rule IDs listed; empty = every rule. */
  rules: string[];
  /** Everything after `--`, trimmed. */
  justification: string;
  /** Messages from `from` up to, not including, `to` (null: end of file) are covered, when their rule is. */
  covers(rule: string, at: Position1): boolean;
}

const DIRECTIVE = /^\s*(eslint-disable(?:-next-line|-line)?|eslint-enable)(?:\s|$)/u;
const JUSTIFICATION = /\s-{2,}\s/u;

interface Parsed {
  label: string;
  rules: string[];
  justification: string;
}

function parse(comment: TSESTree.Comment): Parsed | null {
  const cut = JUSTIFICATION.exec(comment.value);
  const directive = cut ? comment.value.slice(0, cut.index) : comment.value;
  const justification = cut ? comment.value.slice(cut.index + cut[0].length).trim() : '';
  const m = DIRECTIVE.exec(directive);
  if (!m) return null;
  const label = m[1]!;
  if (comment.type === 'Line' && label !== 'eslint-disable-line' && label !== 'eslint-disable-next-line') return null;
  if (label === 'eslint-disable-line' && comment.loc.start.line !== comment.loc.end.line) return null;
  const rules = directive
    .slice(m.index + m[0].length)
    .split(',')
    .map((r) => r.trim().replace(/^(['"]?)(.*)\1$/su, '$2'))
    .filter(Boolean);
  return { label, rules, justification };
}

const before = (a: Position1, b: Position1): boolean => a.line < b.line || (a.line === b.line && a.column < b.column);

/** Cheap test before parsing: most files have no directive at all. */
export function mayHaveDirectives(text: string): boolean {
  return text.includes('eslint-disable');
}

export function disableDirectives(comments: readonly TSESTree.Comment[]): DisableDirective[] {
  const parsed = comments.map((c) => ({ comment: c, p: parse(c) })).filter((x): x is { comment: TSESTree.Comment; p: Parsed } => x.p !== null);
  const enables = parsed.filter((x) => x.p.label === 'eslint-enable');
  const out: DisableDirective[] = [];
  for (const { comment, p } of parsed) {
    if (p.label === 'eslint-enable') continue;
    const listed = (rule: string): boolean => p.rules.length === 0 || p.rules.includes(rule);
    const start: Position1 = { line: comment.loc.start.line, column: comment.loc.start.column + 1 };
    let covers: (rule: string, at: Position1) => boolean;
    if (p.label === 'eslint-disable-line') {
      covers = (rule, at) => listed(rule) && at.line === comment.loc.start.line;
    } else if (p.label === 'eslint-disable-next-line') {
      covers = (rule, at) => listed(rule) && at.line === comment.loc.end.line + 1;
    } else {
      covers = (rule, at) => {
        if (!listed(rule) || before(at, start)) return false;
        // Up to the first later `eslint-enable` that names the rule or names none.
        const end = enables.find((e) => before(start, { line: e.comment.loc.start.line, column: e.comment.loc.start.column + 1 }) && (e.p.rules.length === 0 || e.p.rules.includes(rule)));
        return !end || before(at, { line: end.comment.loc.start.line, column: end.comment.loc.start.column + 1 });
      };
    }
    out.push({ kind: p.label.slice('eslint-'.length) as DirectiveKind, comment, rules: p.rules, justification: p.justification, covers });
  }
  return out;
}
