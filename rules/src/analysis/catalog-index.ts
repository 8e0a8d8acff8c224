/**
 * Compiles the catalog's access patterns and indexes entries by root, so that matching a resolved callee
 * costs one map lookup and a few segment comparisons.
 */
import type { AccessPath, ArgCondition, SanitizerSpec, SinkSpec } from '../catalog/types.js';
import { splitWords } from '../vocabulary/tokenize.js';

type Segment = { any: true } | { names: ReadonlySet<string> };

/**
 * The segment for "an element of" a collection: the resolver gives `client` in
 * `wss.clients.forEach((client) => ...)` or `for (const client of wss.clients)` the path of `wss.clients`
 * followed by this segment. Patterns write it `[]` (`clients[]`, `clients.[]`); it is spelled as a name
 * here so that a path stays a list of names, `()` and `new()`.
 */
export const ELEMENT_SEGMENT = '$element';

/**
 * The segment for "the argument a listener receives": `say` in `app.command('/x', async ({ say }) => ...)`
 * resolves to the path of `app.command`, this segment, then `say`. Patterns write it `=>`.
 */
export const ARGUMENT_SEGMENT = '$argument';

interface Compiled<T> {
  spec: T;
  patterns: Segment[][];
  chain: ReadonlySet<string>;
  receiverNames: ReadonlySet<string>;
  nameMatchers: Array<(name: string) => boolean>;
}

export interface CatalogEntry {
  module?: string[];
  global?: string;
  paths?: string[];
  chain?: string[];
  receiverNames?: string[];
  names?: string[];
}

function compileSegment(text: string): Segment {
  if (text === '*') return { any: true };
  if (text === '[]') return { names: new Set([ELEMENT_SEGMENT]) };
  if (text === '=>') return { names: new Set([ARGUMENT_SEGMENT]) };
  if (text.startsWith('{') && text.endsWith('}')) return { names: new Set(text.slice(1, -1).split(',').map((s) => s.trim())) };
  return { names: new Set([text]) };
}

/** Split a pattern on dots, keeping `{a,b}` groups and `()` / `new()` whole. */
export function parsePattern(pattern: string): Segment[] {
  if (pattern === '') return [];
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (const ch of pattern) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === '.' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    if (ch === '(' && depth === 0 && cur !== '' && cur !== 'new') {
      // `create()` is shorthand for `create.()`
      out.push(cur);
      cur = '';
    }
    if (ch === '[' && depth === 0 && cur !== '') {
      // `clients[]` is shorthand for `clients.[]`
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out.map(compileSegment);
}

/** `mask*`, `*Redact*`, `maskEmail` → a case-insensitive name test. */
export function wildcardMatcher(pattern: string): (name: string) => boolean {
  const p = pattern.toLowerCase();
  const starts = p.endsWith('*');
  const ends = p.startsWith('*');
  const core = p.replace(/^\*|\*$/g, '');
  if (starts && ends) return (n) => n.toLowerCase().includes(core);
  if (starts) return (n) => n.toLowerCase().startsWith(core);
  if (ends) return (n) => n.toLowerCase().endsWith(core);
  return (n) => n.toLowerCase() === core;
}

function segmentMatches(seg: Segment, value: string): boolean {
  if ('any' in seg) return value !== '()' && value !== 'new()' && value !== ELEMENT_SEGMENT && value !== ARGUMENT_SEGMENT;
  return seg.names.has(value);
}

function stripChain(segments: readonly string[], chain: ReadonlySet<string>): readonly string[] {
  if (chain.size === 0) return segments;
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (chain.has(s) && segments[i + 1] === '()') {
      i++;
      continue;
    }
    out.push(s);
  }
  return out;
}

function matchesPattern(pattern: Segment[], segments: readonly string[]): boolean {
  if (pattern.length !== segments.length) return false;
  for (let i = 0; i < pattern.length; i++) if (!segmentMatches(pattern[i]!, segments[i]!)) return false;
  return true;
}

function lastWord(name: string): string {
  const words = splitWords(name);
  return words[words.length - 1] ?? name.toLowerCase();
}

/**
 * The last word of the name of the object a method is called on: the segment before the method, past call
 * results; for an element, the collection's name in the singular (`worksheets[]` → `worksheet`); with no
 * such segment, the root's name (a project module's default export is named after its file).
 */
function receiverWord(segments: readonly string[], root: AccessPath['root']): string {
  let r = segments.length - 2;
  while (r >= 0 && (segments[r] === '()' || segments[r] === 'new()')) r--;
  if (r >= 0 && segments[r] === ELEMENT_SEGMENT) {
    let c = r - 1;
    while (c >= 0 && (segments[c] === '()' || segments[c] === 'new()')) c--;
    return c >= 0 ? singular(lastWord(segments[c]!)) : '';
  }
  const name = r >= 0 ? segments[r]! : root.type === 'module' ? root.module.replace(/\.[cm]?[jt]sx?$/, '').split('/').pop() ?? '' : root.name;
  return lastWord(name);
}

/** `clients` → `client`, `addresses` → `address`: enough for the receiver names of the catalog. */
function singular(word: string): string {
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(sh|ch|x|ss)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

export class CatalogIndex<T extends CatalogEntry> {
  private readonly byModule = new Map<string, Compiled<T>[]>();
  private readonly byGlobal = new Map<string, Compiled<T>[]>();
  private readonly byReceiver = new Map<string, Compiled<T>[]>();
  private readonly byName: Compiled<T>[] = [];
  /** Receiver-name entries with chain methods, tried again with those calls taken out of the path. */
  private readonly receiverChained: Compiled<T>[] = [];

  constructor(specs: readonly T[]) {
    for (const spec of specs) {
      const compiled: Compiled<T> = {
        spec,
        patterns: (spec.paths ?? []).map(parsePattern),
        chain: new Set(spec.chain ?? []),
        receiverNames: new Set((spec.receiverNames ?? []).map((n) => n.toLowerCase())),
        nameMatchers: (spec.names ?? []).map(wildcardMatcher),
      };
      for (const m of spec.module ?? []) push(this.byModule, m, compiled);
      if (spec.global) push(this.byGlobal, spec.global, compiled);
      for (const r of compiled.receiverNames) push(this.byReceiver, r, compiled);
      if (compiled.receiverNames.size > 0 && compiled.chain.size > 0) this.receiverChained.push(compiled);
      if (compiled.nameMatchers.length > 0) this.byName.push(compiled);
    }
  }

  /** Entries whose access pattern matches a resolved path. `confidence` says how the receiver was known. */
  match(path: AccessPath): Array<{ spec: T; resolvedBy: 'import' | 'global' | 'receiver-name' }> {
    const out: Array<{ spec: T; resolvedBy: 'import' | 'global' | 'receiver-name' }> = [];
    const { root } = path;
    if (root.type === 'module' || root.type === 'global') {
      const candidates = root.type === 'module' ? this.byModule.get(root.module) : this.byGlobal.get(root.name);
      for (const c of candidates ?? []) {
        const segs = stripChain(path.segments, c.chain);
        if (c.patterns.some((p) => matchesPattern(p, segs))) out.push({ spec: c.spec, resolvedBy: root.type === 'module' ? 'import' : 'global' });
      }
      if (out.length > 0) return out;
    }
    // An unresolved receiver (a parameter, `this.logger` without a visible type, a project module's export):
    // match by the receiver's name and the method.
    if (path.segments.length === 0) return out;
    const last = path.segments[path.segments.length - 1]!;
    const lastMatches = (c: Compiled<T>): boolean => c.patterns.some((p) => p.length > 0 && segmentMatches(p[p.length - 1]!, last));
    for (const c of this.byReceiver.get(receiverWord(path.segments, root)) ?? []) {
      if (lastMatches(c)) out.push({ spec: c.spec, resolvedBy: 'receiver-name' });
    }
    // Chain methods return the same kind of object: `socket.broadcast.to(room).emit` is sent by `broadcast`.
    for (const c of this.receiverChained) {
      if (out.some((o) => o.spec === c.spec)) continue;
      const segs = stripChain(path.segments, c.chain);
      if (segs.length === path.segments.length || segs.length === 0) continue;
      if (c.receiverNames.has(receiverWord(segs, root)) && lastMatches(c)) out.push({ spec: c.spec, resolvedBy: 'receiver-name' });
    }
    return out;
  }

  /** Entries recognised by the callee's own name (`maskEmail`, `*Exception`). */
  matchName(name: string): T[] {
    const out: T[] = [];
    for (const c of this.byName) if (c.nameMatchers.some((m) => m(name))) out.push(c.spec);
    return out;
  }

  get hasNameEntries(): boolean {
    return this.byName.length > 0;
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function conditionsHold(
  conditions: readonly ArgCondition[] | undefined,
  literalArg: (index: number) => string | null,
  objectArg: (index: number) => boolean = () => false,
): boolean {
  if (!conditions) return true;
  for (const c of conditions) {
    if (c.isObject !== undefined) {
      if (objectArg(c.index) !== c.isObject) return false;
      if (c.equals === undefined && c.matches === undefined) continue;
    }
    const v = literalArg(c.index);
    if (v === null) return false;
    if (c.equals !== undefined && v !== c.equals) return false;
    if (c.matches !== undefined && !new RegExp(c.matches).test(v)) return false;
  }
  return true;
}

export type SinkIndex = CatalogIndex<SinkSpec & CatalogEntry>;
export type SanitizerIndex = CatalogIndex<SanitizerSpec & CatalogEntry>;
