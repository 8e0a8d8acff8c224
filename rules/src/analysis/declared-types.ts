/**
 * Type annotations as evidence, without a type checker: a value annotated with an interface or type
 * declared in the same file (`lead: Lead`, `useState<SignupForm>`, `raw as CardForm`) carries the personal
 * fields that type declares.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Node } from './ast.js';
import type { Scopes } from './scopes.js';

const CONTAINERS = new Set(['Array', 'ReadonlyArray', 'Promise', 'Partial', 'Required', 'Readonly', 'Set', 'NonNullable']);
const MAX_DEPTH = 4;

export class DeclaredTypes {
  private readonly memo = new WeakMap<Node, string[] | null>();

  constructor(private readonly scopes: Scopes) {}

  /** The property names of a type node, following local declarations, arrays and common wrappers. */
  members(type: TSESTree.TypeNode | undefined, depth = 0): string[] | null {
    if (!type || depth > MAX_DEPTH) return null;
    const hit = this.memo.get(type);
    if (hit !== undefined) return hit;
    this.memo.set(type, null);
    const out = this.compute(type, depth);
    this.memo.set(type, out);
    return out;
  }

  private compute(type: TSESTree.TypeNode, depth: number): string[] | null {
    switch (type.type) {
      case 'TSTypeLiteral':
        return membersOf(type.members);
      case 'TSArrayType':
        return this.members(type.elementType, depth + 1);
      case 'TSUnionType':
      case 'TSIntersectionType': {
        const all = type.types.flatMap((t) => this.members(t, depth + 1) ?? []);
        return all.length > 0 ? [...new Set(all)] : null;
      }
      case 'TSTypeReference': {
        if (type.typeName.type !== 'Identifier') return null;
        const args = type.typeArguments?.params ?? [];
        if (CONTAINERS.has(type.typeName.name)) return this.members(args[0], depth + 1);
        const variable = this.scopes.variableOf(type.typeName);
        for (const def of variable?.defs ?? []) {
          const decl = def.node as Node;
          if (decl.type === 'TSInterfaceDeclaration') {
            const own = membersOf(decl.body.body);
            const inherited = (decl.extends ?? []).flatMap((h) =>
              h.expression.type === 'Identifier'
                ? (this.members({ type: 'TSTypeReference', typeName: h.expression, typeArguments: undefined } as unknown as TSESTree.TypeNode, depth + 1) ?? [])
                : [],
            );
            return [...own, ...inherited];
          }
          if (decl.type === 'TSTypeAliasDeclaration') return this.members(decl.typeAnnotation, depth + 1);
        }
        return null;
      }
      default:
        return null;
    }
  }
}

function membersOf(elements: readonly TSESTree.TypeElement[]): string[] {
  const out: string[] = [];
  for (const m of elements) {
    if (m.type !== 'TSPropertySignature') continue;
    const name = m.computed ? null : m.key.type === 'Identifier' ? m.key.name : m.key.type === 'Literal' ? String(m.key.value) : null;
    if (name) out.push(name);
  }
  return out;
}

/** The type annotation written on a binding (`lead: Lead`, a destructured parameter's annotation). */
export function annotationOf(id: TSESTree.Identifier): TSESTree.TypeNode | undefined {
  if (id.typeAnnotation) return id.typeAnnotation.typeAnnotation;
  const parent = id.parent;
  if (parent?.type === 'TSParameterProperty' && parent.parameter.type === 'Identifier') return parent.parameter.typeAnnotation?.typeAnnotation;
  return undefined;
}

