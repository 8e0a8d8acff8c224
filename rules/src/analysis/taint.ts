/** What the flow analysis carries: personal-data items, and for object literals the items per field. */
import type { Confidence, Script } from '../vocabulary/types.js';
import type { SanitizerStrength } from '../catalog/types.js';
import type { Node } from './ast.js';

export interface Item {
  kind: string;
  term: string;
  script?: Script;
  confidence: Confidence;
  /** Source node the data was read from. */
  origin: Node;
  /** How to name the data when the origin's text does not (`lead.email` for a field of a typed `lead`). */
  label?: string;
  /** Nodes the data passed through on its way (declarations, assignments, calls), oldest first. */
  steps: readonly Node[];
  /** A whole record rather than one field. */
  wholeRecord?: boolean;
  /**
   * A record known only from the personal fields the code reads off it (`row[iMail]`, `props['電話番号']`):
   * taken out whole it carries them, but any one field read from it says only what its own name says.
   */
  inferred?: boolean;
  /** A protection that is not enough (its API name), or a keyed hash kept because the kind needs more. */
  protection?: { strength: SanitizerStrength; api: string; hardcodedKey?: boolean };
  /** Where the data came into the sink's argument through an options property, e.g. `params`. */
  inUrl?: boolean;
}

export interface Taint {
  readonly items: readonly Item[];
  /** Per-key taint of an object literal (or a const bound to one). */
  readonly fields?: ReadonlyMap<string, Taint>;
  /** True when the value is a literal or built only from literals (a constant, not data). */
  readonly constant?: boolean;
}

export const EMPTY: Taint = Object.freeze({ items: [] });
export const CONSTANT: Taint = Object.freeze({ items: [], constant: true });

export function union(taints: readonly Taint[]): Taint {
  let only: Taint | null = null;
  let count = 0;
  for (const t of taints) {
    if (t.items.length > 0 || t.fields) {
      only = t;
      count++;
    }
  }
  if (count === 0) return taints.length > 0 && taints.every((t) => t.constant) ? CONSTANT : EMPTY;
  if (count === 1 && only) return only;
  const items: Item[] = [];
  for (const t of taints) items.push(...t.items);
  return { items: dedupe(items) };
}

export function dedupe(items: readonly Item[]): Item[] {
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const i of items) {
    // Fields of one typed parameter share its node as origin: their labels (`p.本名`, `p.ニックネーム`) tell them apart.
    const key = `${i.kind}@${i.origin.range[0]}:${i.origin.range[1]}:${i.label ?? ''}:${i.protection?.api ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(i);
  }
  return out;
}

const DOWN: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low' };

/** Data that went through an unknown function: still likely there, less certainly. */
export function downgrade(t: Taint): Taint {
  if (t.items.length === 0) return EMPTY;
  return { items: t.items.map((i) => ({ ...i, confidence: DOWN[i.confidence] })) };
}

export function withStep(t: Taint, step: Node): Taint {
  if (t.items.length === 0) return t;
  return {
    items: t.items.map((i) => (i.steps.length >= 6 || i.steps[i.steps.length - 1] === step ? i : { ...i, steps: [...i.steps, step] })),
    fields: t.fields,
  };
}
