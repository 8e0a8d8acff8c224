/** Child nodes by visitor keys (TypeScript-aware), for the few places the analysis walks a subtree itself. */
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { Node } from './ast.js';

export function childNodes(node: Node): Node[] {
  const keys = visitorKeys[node.type] ?? [];
  const out: Node[] = [];
  const record = node as unknown as Record<string, unknown>;
  for (const key of keys) {
    const value = record[key];
    if (Array.isArray(value)) {
      for (const v of value) if (v && typeof v === 'object' && 'type' in v) out.push(v as Node);
    } else if (value && typeof value === 'object' && 'type' in value) {
      out.push(value as Node);
    }
  }
  return out;
}
