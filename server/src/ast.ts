/**
 * Just enough AST navigation for quick fixes, over the tree ESLint already parsed for the lint (with
 * parent links): find a node by its character range, climb to its parents, find tokens.
 */
import type { SourceCode } from 'eslint';

/** The parts of an ESTree / typescript-estree node the fixes read (the full types are not needed). */
export interface AstNode {
  type: string;
  range: [number, number];
  parent?: AstNode | null;
  [key: string]: unknown;
}

export interface Token {
  type: string;
  value: string;
  range: [number, number];
}

export function childrenOf(node: AstNode, keys: SourceCode.VisitorKeys): AstNode[] {
  const out: AstNode[] = [];
  for (const k of keys[node.type] ?? []) {
    const v = node[k];
    if (Array.isArray(v)) {
      for (const c of v) if (isNode(c)) out.push(c);
    } else if (isNode(v)) out.push(v);
  }
  return out;
}

function isNode(v: unknown): v is AstNode {
  return typeof v === 'object' && v !== null && typeof (v as AstNode).type === 'string' && Array.isArray((v as AstNode).range);
}

/**
 * The node with exactly this range (the outermost one when several share it, e.g. an expression statement
 * and its expression... the innermost is returned when `innermost`); else the deepest node covering it.
 */
export function nodeAt(sourceCode: SourceCode, from: number, to: number, innermost = true): AstNode | null {
  const keys = sourceCode.visitorKeys;
  let current = sourceCode.ast as unknown as AstNode;
  if (from < current.range[0] || to > current.range[1]) return null;
  let exact: AstNode | null = current.range[0] === from && current.range[1] === to ? current : null;
  for (;;) {
    const next = childrenOf(current, keys).find((c) => c.range[0] <= from && to <= c.range[1]);
    if (!next) break;
    current = next;
    if (current.range[0] === from && current.range[1] === to && (innermost || !exact)) exact = current;
  }
  return exact ?? current;
}

/** `node` and its ancestors, innermost first. */
export function* ancestry(node: AstNode | null | undefined): Generator<AstNode> {
  for (let n = node; n; n = n.parent ?? null) yield n;
}

export function within(node: { range: [number, number] }, outer: { range: [number, number] }): boolean {
  return outer.range[0] <= node.range[0] && node.range[1] <= outer.range[1];
}

/** A token or comment that starts before `offset` and ends after it (a line start inside a template literal). */
export function tokenSpanning(sourceCode: SourceCode, offset: number): Token | null {
  const all = [...((sourceCode.ast.tokens ?? []) as unknown as Token[]), ...(sourceCode.ast.comments as unknown as Token[])];
  return all.find((t) => t.range[0] < offset && offset < t.range[1]) ?? null;
}

/** Source text of a node, on one line and shortened, for titles. */
export function shortText(sourceCode: SourceCode, node: { range: [number, number] }, max = 40): string {
  const text = sourceCode.text.slice(node.range[0], node.range[1]).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
