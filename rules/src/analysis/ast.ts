/** Small, allocation-free helpers over ESTree / TSESTree nodes. */
import type { TSESTree } from '@typescript-eslint/utils';

export type Node = TSESTree.Node;
export type Expression = TSESTree.Expression;

/** Unwrap TS-only and grouping wrappers that do not change the value. */
export function unwrap(node: Node): Node {
  let n = node;
  for (;;) {
    switch (n.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
        n = n.expression;
        continue;
      case 'ChainExpression':
        n = n.expression;
        continue;
      case 'AwaitExpression':
        n = n.argument;
        continue;
      default:
        return n;
    }
  }
}

/** The static name of a member's property (`a.b`, `a['b']`, ``a[`b`]``), or null when computed. */
export function propertyName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed) {
    return node.property.type === 'Identifier' || node.property.type === 'PrivateIdentifier'
      ? node.property.name
      : null;
  }
  return staticString(node.property);
}

/** The value of a string literal or an expression-free template literal. */
export function staticString(node: Node): string | null {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : null;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/** The static name of an object literal property key. */
export function keyName(prop: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | null {
  if (!prop.computed) {
    if (prop.key.type === 'Identifier') return prop.key.name;
    if (prop.key.type === 'Literal') return String(prop.key.value);
    if (prop.key.type === 'PrivateIdentifier') return prop.key.name;
    return null;
  }
  return staticString(prop.key);
}

/** The last name of a callee or receiver: `a.b.c` → `c`, `foo` → `foo`, `this.logger` → `logger`. */
export function lastName(node: Node): string | null {
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') return propertyName(n);
  if (n.type === 'ThisExpression') return 'this';
  return null;
}

/**
 * Segments of a receiver chain as written: `req.body.customer` → ['req', 'body', 'customer'];
 * calls and computed non-literal accesses end the chain at what precedes them.
 */
export function chainSegments(node: Node, out: string[] = []): string[] {
  const n = unwrap(node);
  if (n.type === 'Identifier') {
    out.push(n.name);
  } else if (n.type === 'ThisExpression') {
    out.push('this');
  } else if (n.type === 'MemberExpression') {
    chainSegments(n.object, out);
    const name = propertyName(n);
    if (name !== null) out.push(name);
  } else if (n.type === 'CallExpression') {
    chainSegments(n.callee, out);
  }
  return out;
}

export function isFunction(node: Node): node is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

/** Shorten source text for messages and flow steps. */
export function shorten(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
