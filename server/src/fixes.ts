/**
 * The quick fixes as text edits (character offsets in the linted text): wrap the personal data in the
 * project's masking helper, drop a personal field from the object given to the sink, or suppress the finding
 * with a reason. Each fix is computed from the AST ESLint parsed for the lint; the caller checks that the
 * edited text still parses before offering it.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { SourceCode } from 'eslint';
import type { Finding } from 'eslint-plugin-pii-guard/engine';
import { ancestry, nodeAt, shortText, tokenSpanning, within, type AstNode } from './ast.js';

export interface Edit {
  from: number;
  to: number;
  text: string;
}

export interface MaskingHelper {
  name: string;
  module: string;
}

/** Where the personal data sits in the sink's arguments. */
interface Anchor {
  from: number;
  to: number;
}

const CALLS = new Set(['CallExpression', 'NewExpression']);
const FUNCTIONS = new Set(['ArrowFunctionExpression', 'FunctionExpression']);
/** Wrappers that belong to the value: `user.email!`, `user.email as string`, `user?.email`. */
const LITERALS = new Set(['Literal', 'TemplateLiteral']);
const VALUE_WRAPPERS = new Set(['ChainExpression', 'TSNonNullExpression', 'TSAsExpression', 'TSSatisfiesExpression', 'TSTypeAssertion']);
/** Nodes that are not values and cannot be wrapped in a call. */
const NOT_VALUES = /Pattern$|^(Property|SpreadElement|RestElement|TemplateElement|JSX(Text|Attribute|SpreadAttribute|EmptyExpression|OpeningElement|ClosingElement|Identifier|NamespacedName)|Super|PrivateIdentifier|TS[A-Za-z]*Type[A-Za-z]*|VariableDeclarator|.*Declaration|.*Statement|Program)$/;

/** The sink call (or assignment) of a finding and the argument expressions that carry data into it. */
function sinkRegions(sourceCode: SourceCode, f: Finding): AstNode[] | null {
  if (f.rule === 'no-hardcoded-pii') return null;
  const report = nodeAt(sourceCode, f.offsets[0], f.offsets[1], false);
  if (!report || report.range[0] !== f.offsets[0] || report.range[1] !== f.offsets[1]) return null;
  // The callee may sit inside wrappers (`(logger.info)(x)`, `logger?.info(x)`): climb to the call that uses it.
  for (const n of ancestry(report)) {
    const p = n.parent;
    if (!p) break;
    if (CALLS.has(p.type) && p.callee === n) {
      return (p.arguments as AstNode[]).map((a) => (a.type === 'SpreadElement' ? (a.argument as AstNode) : a));
    }
    if (p.type === 'AssignmentExpression' && p.left === n) return [p.right as AstNode];
    if (!VALUE_WRAPPERS.has(p.type) && p.type !== 'MemberExpression') break;
  }
  return null;
}

/**
 * Where each data item shows in the sink's arguments: its origin when that is there; else every use of its
 * path (`customer.email`) or of the variable it was stored in (`const address = order.shippingAddress` →
 * `address.city`); else, for the first item, the last flow step there. An item found nowhere gets no
 * anchors: a wrap must then not be offered, since it would leave the finding.
 */
function anchorsByItem(sourceCode: SourceCode, f: Finding, regions: readonly AstNode[], bareAliases: boolean): Anchor[][] {
  const toOffsets = (r: Finding['range']): Anchor | null => {
    try {
      return { from: sourceCode.getIndexFromLoc(r.start), to: sourceCode.getIndexFromLoc(r.end) };
    } catch {
      return null;
    }
  };
  const inside = (a: Anchor | null): a is Anchor => !!a && regions.some((r) => r.range[0] <= a.from && a.to <= r.range[1]);
  const squeeze = (s: string): string => s.replace(/\s+/g, '');
  const uses = [...regions.flatMap((r) => [...valueNodes(sourceCode, r)])];
  const steps = f.flow.slice(0, -1).map((s) => toOffsets(s.range)).reverse();
  return f.data.map((d, i) => {
    const origin = toOffsets(d.origin);
    if (inside(origin)) return [origin];
    const path = squeeze(d.path);
    const byPath = uses.filter((n) => squeeze(sourceCode.text.slice(n.range[0], n.range[1])) === path);
    if (byPath.length > 0) return byPath.map((n) => ({ from: n.range[0], to: n.range[1] }));
    const alias = origin ? aliasOf(sourceCode, origin) : null;
    if (alias) {
      const byAlias = uses.filter((n) => n.type === 'Identifier' && n.name === alias).map((n) => (bareAliases ? n : memberChain(n))).filter((n) => !bareAliases || memberChain(n) === n);
      if (byAlias.length > 0) return byAlias.map((n) => ({ from: n.range[0], to: n.range[1] }));
    }
    if (i === 0) {
      const step = steps.find(inside);
      if (step) return [step];
    }
    return [];
  });
}

/** Expressions in a region that can stand for a value: not keys, not member names, not types. */
function* valueNodes(sourceCode: SourceCode, region: AstNode): Generator<AstNode> {
  const keys = sourceCode.visitorKeys;
  const stack: AstNode[] = [region];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (/^TS.*Type|^TSTypeAnnotation$|^TSInterface|^TSTypeParameter/.test(n.type)) continue;
    const p = n.parent;
    const isKey = p && ((p.type === 'Property' && p.key === n && !p.computed && p.value !== n) || (p.type === 'MemberExpression' && p.property === n && !p.computed));
    if (!isKey && (n.type === 'Identifier' || n.type === 'MemberExpression' || n.type === 'ChainExpression' || n.type === 'ThisExpression')) yield n;
    for (const k of keys[n.type] ?? []) {
      const v = n[k];
      if (Array.isArray(v)) for (const c of v) if (c && typeof c === 'object' && typeof (c as AstNode).type === 'string') stack.push(c as AstNode);
      if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as AstNode).type === 'string') stack.push(v as AstNode);
    }
  }
}

/** The variable an origin was stored in: `const address = order.shippingAddress`, a parameter `customer: T`. */
function aliasOf(sourceCode: SourceCode, origin: Anchor): string | null {
  const node = nodeAt(sourceCode, origin.from, origin.to);
  for (const n of ancestry(node)) {
    if (n.type === 'VariableDeclarator') {
      const id = n.id as AstNode;
      return id.type === 'Identifier' && (n.init === node || within(node!, n.init as AstNode)) ? String(id.name) : null;
    }
    if (n.type === 'Identifier' && n.range[0] === origin.from) {
      // A parameter (with or without a type annotation).
      if (n.parent && (FUNCTIONS.has(n.parent.type) || n.parent.type === 'FunctionDeclaration' || n.parent.type === 'TSParameterProperty' || n.parent.type === 'AssignmentPattern')) return String(n.name);
    }
    if (/Statement$|Declaration$/.test(n.type)) break;
  }
  return null;
}

/** `address` in `address.city.name` → the whole non-computed member chain. */
function memberChain(node: AstNode): AstNode {
  let n = node;
  while (n.parent && n.parent.type === 'MemberExpression' && n.parent.object === n && !n.parent.computed) n = n.parent;
  return n;
}

export interface WrapTarget {
  node: AstNode;
  /** `{ email }`: the property to expand to `email: maskPII(email)`. */
  shorthand?: AstNode;
}

function wrapTarget(sourceCode: SourceCode, a: Anchor, region: AstNode, helper: string): WrapTarget | null {
  let node = nodeAt(sourceCode, a.from, a.to);
  if (!node) return null;
  const parent = node.parent;
  if (parent?.type === 'Property' && parent.shorthand && (parent.key === node || parent.value === node)) node = parent;
  // A key names the data (`{ email: value }`): mask the value.
  else if (parent?.type === 'Property' && parent.key === node && !parent.computed) node = parent;
  if (node.type === 'Property') {
    if (node.parent?.type !== 'ObjectExpression' || node.kind !== 'init' || node.method) return null;
    const value = node.value as AstNode;
    if (node.shorthand) return within(node, region) && !NOT_VALUES.test(value.type) ? { node: value, shorthand: node } : null;
    node = value;
  }
  while (node.parent && within(node.parent, region) && node !== region) {
    const p: AstNode = node.parent;
    if (VALUE_WRAPPERS.has(p.type)) node = p;
    // `email.trim()`: the method's result is the value that reaches the sink.
    else if (p.type === 'MemberExpression' && p.object === node && p.parent && CALLS.has(p.parent.type) && p.parent.callee === p && within(p.parent, region)) node = p.parent;
    else break;
  }
  if (NOT_VALUES.test(node.type) || LITERALS.has(node.type) || FUNCTIONS.has(node.type) || !within(node, region)) return null;
  const p = node.parent;
  if (p && ((p.type === 'AssignmentExpression' && p.left === node) || p.type === 'UpdateExpression' || (p.type === 'Property' && p.key === node && !p.computed))) return null;
  // Already masked: `maskPII(user.email)`.
  for (const n of ancestry(node.parent)) {
    if (!within(n, region)) break;
    if (CALLS.has(n.type) && calleeName(sourceCode, n) === helper) return null;
  }
  return { node };
}

function calleeName(sourceCode: SourceCode, call: AstNode): string {
  const callee = call.callee as AstNode;
  return sourceCode.text.slice(callee.range[0], callee.range[1]).replace(/\s+/g, '');
}

/**
 * Ways to wrap one finding's data, best first, each outermost-only: every data item where it shows in the
 * arguments; else the value that carries the data into the sink (the last step of its flow: `csv` in
 * `writeFile(path, csv)`). The caller keeps the first that clears the finding.
 */
export function wrapCandidates(sourceCode: SourceCode, f: Finding, helper: string): WrapTarget[][] {
  const regions = sinkRegions(sourceCode, f);
  if (!regions || regions.length === 0) return [];
  const toTargets = (anchors: readonly Anchor[]): WrapTarget[] | null => {
    const targets = anchors.map((a) => {
      const region = regions.find((r) => r.range[0] <= a.from && a.to <= r.range[1]);
      return region ? wrapTarget(sourceCode, a, region, helper) : null;
    });
    return targets.length > 0 && targets.every((t) => t) ? outermost(targets as WrapTarget[]) : null;
  };
  const out: WrapTarget[][] = [];
  const perItem = anchorsByItem(sourceCode, f, regions, false);
  const precise = perItem.every((a) => a.length > 0) ? toTargets(perItem.flat()) : null;
  if (precise) out.push(precise);
  const carried = carrierAnchors(sourceCode, f, regions);
  const carrier = carried.length > 0 ? toTargets(carried) : null;
  if (carrier && !out.some((o) => sameTargets(o, carrier))) out.push(carrier);
  return out;
}

function sameTargets(a: readonly WrapTarget[], b: readonly WrapTarget[]): boolean {
  return a.length === b.length && a.every((t, i) => targetSpan(t)[0] === targetSpan(b[i]!)[0] && targetSpan(t)[1] === targetSpan(b[i]!)[1]);
}

/** The last flow step before the sink, as it shows in the arguments (itself, or the variable it was stored in). */
function carrierAnchors(sourceCode: SourceCode, f: Finding, regions: readonly AstNode[]): Anchor[] {
  const step = f.flow.length >= 2 ? f.flow[f.flow.length - 2]! : null;
  if (!step) return [];
  let from: number;
  let to: number;
  try {
    from = sourceCode.getIndexFromLoc(step.range.start);
    to = sourceCode.getIndexFromLoc(step.range.end);
  } catch {
    return [];
  }
  if (regions.some((r) => r.range[0] <= from && to <= r.range[1])) return [{ from, to }];
  const node = nodeAt(sourceCode, from, to);
  let name: string | null = null;
  if (node?.type === 'VariableDeclarator' && (node.id as AstNode).type === 'Identifier') name = String((node.id as AstNode).name);
  else if (node?.type === 'AssignmentExpression' && (node.left as AstNode).type === 'Identifier') name = String((node.left as AstNode).name);
  else if (node?.type === 'Identifier') name = String(node.name);
  if (!name) return [];
  return regions.flatMap((r) => [...valueNodes(sourceCode, r)]).filter((n) => n.type === 'Identifier' && n.name === name).map((n) => ({ from: n.range[0], to: n.range[1] }));
}

/** The text a wrap changes. */
export function targetSpan(t: WrapTarget): [number, number] {
  return (t.shorthand ?? t.node).range;
}

function outermost(targets: WrapTarget[]): WrapTarget[] {
  const span = (t: WrapTarget): AstNode => t.shorthand ?? t.node;
  const sorted = [...targets].sort((a, b) => span(a).range[0] - span(b).range[0] || span(b).range[1] - span(a).range[1]);
  const out: WrapTarget[] = [];
  for (const t of sorted) {
    const last = out[out.length - 1];
    if (last && span(t).range[0] < span(last).range[1]) continue; // nested in (or overlapping) the previous one
    out.push(t);
  }
  return out;
}

export function wrapEdits(sourceCode: SourceCode, targets: readonly WrapTarget[], helper: string): Edit[] {
  const text = sourceCode.text;
  return targets.flatMap((t): Edit[] => {
    const [from, to] = t.node.range;
    const value = text.slice(from, to);
    if (t.shorthand) return [{ from: t.shorthand.range[0], to: t.shorthand.range[1], text: `${value}: ${helper}(${value})` }];
    // `a, b` as one argument would become two: keep it one expression.
    if (t.node.type === 'SequenceExpression') return [{ from, to, text: `${helper}((${value}))` }];
    return [
      { from, to: from, text: `${helper}(` },
      { from: to, to, text: ')' },
    ];
  });
}

export function describeTargets(sourceCode: SourceCode, targets: readonly WrapTarget[]): string {
  return targets.map((t) => shortText(sourceCode, t.node, 30)).join(', ');
}

// ---- import of the masking helper --------------------------------------------------------------------

export interface ImportContext {
  /** The linted file name (extension decides ESM vs CommonJS, `.gs` has no modules). */
  filename: string;
  onDisk: boolean;
  /** The workspace folder, for a module given relative to it (`./src/privacy`). */
  folder: string | null;
}

/** The edit that imports the helper, or null when none is needed (no module set, already in scope, Apps Script). */
export function importEdit(sourceCode: SourceCode, helper: MaskingHelper, ctx: ImportContext): Edit | null {
  if (!helper.module || !/^[A-Za-z_$][\w$]*$/.test(helper.name) || /\.gs$/i.test(ctx.filename)) return null;
  if (declaredAtTop(sourceCode, helper.name)) return null;
  const body = sourceCode.ast.body as unknown as AstNode[];
  const specifier = moduleSpecifier(helper.module, ctx);
  const imports = body.filter((s) => s.type === 'ImportDeclaration');
  const quote = imports.length > 0 ? sourceCode.text[(imports[0]!.source as AstNode).range[0]] ?? "'" : guessQuote(sourceCode);
  const semi = usesSemicolons(sourceCode) ? ';' : '';
  const commonJs =
    /\.c[jt]s$/i.test(ctx.filename) ||
    (imports.length === 0 && !body.some((s) => /^Export/.test(s.type)) && /(^|[^.\w$])require\s*\(/.test(sourceCode.text));
  const line = commonJs
    ? `const { ${helper.name} } = require(${quote}${specifier}${quote})${semi}`
    : `import { ${helper.name} } from ${quote}${specifier}${quote}${semi}`;
  const lastImport = imports[imports.length - 1];
  if (lastImport) return { from: endOfLine(sourceCode, lastImport.range[1]), to: endOfLine(sourceCode, lastImport.range[1]), text: `\n${line}` };
  // Before the first statement after the directive prologue ('use strict', 'use client'), below header comments.
  const firstCode = body.find((s) => !(s.type === 'ExpressionStatement' && typeof s.directive === 'string'));
  const directives = body.filter((s) => s.type === 'ExpressionStatement' && typeof s.directive === 'string');
  if (directives.length > 0) {
    const at = endOfLine(sourceCode, directives[directives.length - 1]!.range[1]);
    return { from: at, to: at, text: `\n${line}` };
  }
  if (firstCode) {
    const at = startOfLine(sourceCode, firstCode.range[0]);
    return { from: at, to: at, text: `${line}\n\n` };
  }
  // An empty program: after a shebang, if any.
  const at = sourceCode.text.startsWith('#!') ? endOfLine(sourceCode, 0) : 0;
  return { from: at, to: at, text: at === 0 ? `${line}\n` : `\n${line}` };
}

function declaredAtTop(sourceCode: SourceCode, name: string): boolean {
  const scopes = sourceCode.scopeManager?.scopes ?? [];
  return scopes.some((s) => (s.type === 'module' || s.type === 'global') && s.set.has(name) && s.set.get(name)!.defs.length > 0);
}

function moduleSpecifier(module: string, ctx: ImportContext): string {
  if (!/^\.\.?\//.test(module) || !ctx.folder || !ctx.onDisk) return module;
  let rel = relative(dirname(ctx.filename), resolve(ctx.folder, module)).split(sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel;
}

function guessQuote(sourceCode: SourceCode): string {
  const strings = (sourceCode.ast.tokens as unknown as Array<{ type: string; value: string }>).filter((t) => t.type === 'String');
  const double = strings.filter((t) => t.value.startsWith('"')).length;
  return double > strings.length / 2 ? '"' : "'";
}

/** Whether the file ends its statements with semicolons (judged on the top-level statements that can have one). */
function usesSemicolons(sourceCode: SourceCode): boolean {
  const body = sourceCode.ast.body as unknown as AstNode[];
  const statements = body
    .map((s) => (/^Export(Named|Default)Declaration$/.test(s.type) && s.declaration ? (s.declaration as AstNode) : s))
    .filter((s) => /^(VariableDeclaration|ExpressionStatement|ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration|TSTypeAliasDeclaration)$/.test(s.type));
  if (statements.length === 0) return true;
  const withSemi = statements.filter((s) => sourceCode.text[s.range[1] - 1] === ';').length;
  return withSemi * 2 >= statements.length;
}

function endOfLine(sourceCode: SourceCode, offset: number): number {
  const text = sourceCode.text;
  const m = /\r\n|\r|\n/.exec(text.slice(offset));
  return m ? offset + m.index : text.length;
}

function startOfLine(sourceCode: SourceCode, offset: number): number {
  const text = sourceCode.text;
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

// ---- drop a personal field -----------------------------------------------------------------------------

export interface DroppableField {
  /** The property (or `...spread`) of an object literal in the sink's arguments. */
  node: AstNode;
  label: string;
}

export function droppableFields(sourceCode: SourceCode, f: Finding): DroppableField[] {
  const regions = sinkRegions(sourceCode, f);
  if (!regions || regions.length === 0) return [];
  const out: DroppableField[] = [];
  for (const a of anchorsByItem(sourceCode, f, regions, true).flat()) {
    const region = regions.find((r) => r.range[0] <= a.from && a.to <= r.range[1]);
    if (!region) continue;
    const start = nodeAt(sourceCode, a.from, a.to);
    for (const n of ancestry(start)) {
      if (!within(n, region) || FUNCTIONS.has(n.type)) break;
      if ((n.type === 'Property' || n.type === 'SpreadElement') && n.parent?.type === 'ObjectExpression' && within(n.parent, region)) {
        if (!out.some((o) => o.node === n)) {
          const label = n.type === 'Property' ? shortText(sourceCode, n.key as AstNode, 30) : shortText(sourceCode, n, 30);
          out.push({ node: n, label });
        }
        break;
      }
    }
  }
  return out;
}

/** Removes a property with its comma; a property alone on its line(s) takes the line with it. */
export function dropEdit(sourceCode: SourceCode, field: DroppableField): Edit {
  const text = sourceCode.text;
  const node = field.node;
  const after = sourceCode.getTokenAfter(node as never, { includeComments: false }) as unknown as { value: string; range: [number, number] } | null;
  const before = sourceCode.getTokenBefore(node as never, { includeComments: false }) as unknown as { value: string; range: [number, number] } | null;
  let from = node.range[0];
  let to = node.range[1];
  if (after?.value === ',') {
    to = after.range[1];
  } else if (before?.value === ',') {
    from = before.range[0];
  }
  // Whole lines: only whitespace before the property on its first line and after the removed part on its last.
  const lineStart = startOfLine(sourceCode, node.range[0]);
  const lineEnd = endOfLine(sourceCode, to);
  if (from === node.range[0] && /^[ \t]*$/.test(text.slice(lineStart, from)) && /^[ \t]*$/.test(text.slice(to, lineEnd)) && lineEnd < text.length) {
    const newline = text.startsWith('\r\n', lineEnd) ? 2 : 1;
    return { from: lineStart, to: lineEnd + newline, text: '' };
  }
  // Same line: take the spaces after the comma too (`{ a, email, b }` → `{ a, b }`).
  if (to === after?.range[1]) {
    while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
  }
  return { from, to, text: '' };
}

// ---- suppression with a reason ----------------------------------------------------------------------

export interface SuppressionEdit {
  edit: Edit;
  /** Where the placeholder reason ends up in the edited text (offsets), to select it for the user. */
  placeholder: { from: number; to: number } | null;
}

const NEXT_LINE_DIRECTIVE = /^([ \t]*)(\/\/|\{\/\*)[ \t]*eslint-disable-next-line[ \t]+(.*?)(?:[ \t]+--[ \t]+(.*?))?[ \t]*(\*\/\})?[ \t]*$/;

/**
 * `// eslint-disable-next-line <rule> -- <reason>` on the line above the finding, with its indentation; in
 * JSX children `{/* ... *\/}`. A directive already on the line above gets the rule added to its list.
 * Null when the finding's line starts inside a string, template literal or comment (no line can go there).
 */
export function suppressionEdit(sourceCode: SourceCode, ruleId: string, findingStart: number, reason: string): SuppressionEdit | null {
  const text = sourceCode.text;
  const lineStart = startOfLine(sourceCode, findingStart);
  const spanning = tokenSpanning(sourceCode, lineStart);
  const jsx = spanning?.type === 'JSXText';
  if (spanning && !jsx) return null;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  if (lineStart > 0) {
    const prevEnd = text[lineStart - 1] === '\n' && text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
    const prevStart = startOfLine(sourceCode, prevEnd);
    const m = NEXT_LINE_DIRECTIVE.exec(text.slice(prevStart, prevEnd));
    if (m && (m[2] === '//' || m[5])) {
      const rules = m[3]!.split(',').map((r) => r.trim()).filter(Boolean);
      if (rules.includes(ruleId)) return null;
      const listEnd = prevStart + m[0].indexOf(m[3]!) + m[3]!.length;
      return { edit: { from: listEnd, to: listEnd, text: `, ${ruleId}` }, placeholder: null };
    }
  }
  const open = jsx ? '{/* ' : '// ';
  const close = jsx ? ' */}' : '';
  const head = `${indent}${open}eslint-disable-next-line ${ruleId} -- `;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = `${head}${reason}${close}${eol}`;
  return {
    edit: { from: lineStart, to: lineStart, text: line },
    placeholder: { from: lineStart + head.length, to: lineStart + head.length + reason.length },
  };
}

/**
 * `// eslint-disable-next-line <rule>` without `--`: the edit that adds ` -- <reason>` at the end of the
 * comment that starts at `commentStart`. Null when there is no such comment or it already has a reason.
 */
export function addReasonEdit(sourceCode: SourceCode, commentStart: number, reason: string): SuppressionEdit | null {
  const comment = (sourceCode.getAllComments() as unknown as Array<{ type: string; value: string; range: [number, number] }>).find(
    (c) => c.range[0] === commentStart,
  );
  if (!comment || !/^\s*eslint-disable/.test(comment.value) || comment.value.includes('--')) return null;
  const trimmed = comment.value.replace(/\s+$/, '');
  const valueStart = comment.range[0] + 2;
  const at = valueStart + trimmed.length;
  const text = ` -- ${reason}`;
  return { edit: { from: at, to: at, text }, placeholder: { from: at + 4, to: at + 4 + reason.length } };
}

// ---- applying ----------------------------------------------------------------------------------------

/** Where an offset of the original text is after the edits (edits before it, or inserting at it, shift it). */
export function shiftOffset(offset: number, edits: readonly Edit[]): number {
  let out = offset;
  for (const e of edits) if (e.to <= offset) out += e.text.length - (e.to - e.from);
  return out;
}

/**
 * Applies non-overlapping edits to a text, as an LSP client does: insertions at one point appear in the
 * order of the array.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.from - a.e.from || b.e.to - a.e.to || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/** Whether edits overlap (two insertions at one point are fine). */
export function overlaps(edits: readonly Edit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.from < sorted[i - 1]!.to) return true;
  return false;
}
