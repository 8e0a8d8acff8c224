/** Variable lookup over the scope manager ESLint already built for the file. */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

/** What the analysis needs from ESLint's SourceCode (kept narrow so tests can build one from a parse). */
export interface SourceCodeLike {
  ast: TSESTree.Program;
  text: string;
  getScope(node: TSESTree.Node): Scope.Scope;
  getDeclaredVariables(node: TSESTree.Node): readonly Scope.Variable[];
  getText(node?: TSESTree.Node): string;
  getAllComments(): TSESTree.Comment[];
  getLocFromIndex(index: number): { line: number; column: number };
}

export type Variable = Scope.Variable;

export class Scopes {
  private readonly cache = new WeakMap<TSESTree.Identifier, Variable | null>();

  constructor(private readonly sourceCode: SourceCodeLike) {}

  /** The variable an identifier refers to, or null for globals and unresolved names. */
  variableOf(id: TSESTree.Identifier): Variable | null {
    const hit = this.cache.get(id);
    if (hit !== undefined) return hit;
    let found: Variable | null = null;
    let scope: Scope.Scope | null = this.sourceCode.getScope(id);
    // getScope on a function's own identifier gives the function scope; walking up by name is what
    // the resolver itself does, without scanning every reference.
    while (scope) {
      const v = scope.set.get(id.name);
      if (v && v.defs.length > 0) {
        found = v;
        break;
      }
      scope = scope.upper;
    }
    this.cache.set(id, found);
    return found;
  }

  declaredVariables(node: TSESTree.Node): readonly Variable[] {
    return this.sourceCode.getDeclaredVariables(node);
  }
}
