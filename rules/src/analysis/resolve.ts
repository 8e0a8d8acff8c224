/**
 * Resolves callees to access paths (module or global + segments) through imports, requires, aliases,
 * factory calls and class fields, so that sinks are found by what they are, not by what they are called.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { AccessPath } from '../catalog/types.js';
import { isFunction, keyName, propertyName, staticString, unwrap, type Node } from './ast.js';
import { ELEMENT_ITERATION_METHODS } from './builtins.js';
import { ARGUMENT_SEGMENT, ELEMENT_SEGMENT } from './catalog-index.js';
import { importedConstant, importedDeclaration, scriptGlobalConstant } from './project-files.js';
import type { Scopes, Variable } from './scopes.js';

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);
const MAX_DEPTH = 12;

export interface Resolved extends AccessPath {
  /** The call or construction nodes met on the way, in order (factory calls: `pino({...})`, `axios.create({...})`). */
  calls: Array<TSESTree.CallExpression | TSESTree.NewExpression>;
}

export function normalizeModule(spec: string): string {
  return spec.startsWith('node:') ? spec.slice(5) : spec;
}

export class Resolver {
  private readonly cache = new WeakMap<Node, Resolved | null>();
  private readonly constCache = new WeakMap<Node, string | null>();

  constructor(
    private readonly scopes: Scopes,
    /** The file being analysed (to read constants from the project files it imports). */
    private readonly filename = '',
  ) {}

  /** A constant defined outside this file: imported from a project file, or an Apps Script global. */
  private foreignConstant(id: TSESTree.Identifier): Node | null {
    const v = this.scopes.variableOf(id);
    if (!v) return scriptGlobalConstant(this.filename, id.name);
    const def = v.defs[0];
    if (def?.type !== 'ImportBinding' || def.node.type !== 'ImportSpecifier') return null;
    const decl = def.parent as TSESTree.ImportDeclaration;
    const imported = def.node.imported.type === 'Identifier' ? def.node.imported.name : String(def.node.imported.value);
    return importedConstant(this.filename, String(decl.source.value), imported);
  }

  /** Resolve an expression (usually a callee) to an access path, or null when it has no static shape. */
  resolve(node: Node): Resolved | null {
    return this.resolveAt(node, 0);
  }

  private resolveAt(node: Node, depth: number): Resolved | null {
    if (depth > MAX_DEPTH) return null;
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached;
    this.cache.set(node, null); // cycle guard
    const result = this.compute(node, depth);
    this.cache.set(node, result);
    return result;
  }

  private compute(raw: Node, depth: number): Resolved | null {
    const node = unwrap(raw);
    switch (node.type) {
      case 'Identifier':
        return this.resolveIdentifier(node, depth);
      case 'ThisExpression':
        return { root: { type: 'unknown', name: 'this' }, segments: [], calls: [] };
      case 'MemberExpression': {
        // `book.getSheets()[0]`: an element by index of a collection a library or a service global gave.
        if (node.computed && node.property.type === 'Literal' && typeof node.property.value === 'number') {
          const base = this.resolveAt(node.object, depth + 1);
          return base && base.root.type !== 'unknown' ? { ...base, segments: [...base.segments, ELEMENT_SEGMENT] } : null;
        }
        const name = propertyName(node);
        if (name === null) return null;
        if (node.object.type === 'ThisExpression') {
          const field = this.resolveThisField(node, name, depth);
          if (field) return field;
          return { root: { type: 'unknown', name }, segments: [], calls: [] };
        }
        const base = this.resolveAt(node.object, depth + 1);
        if (!base) return null;
        return extend(base, name);
      }
      case 'CallExpression': {
        if (isRequire(node)) {
          const spec = node.arguments[0] ? staticString(node.arguments[0]) : null;
          return spec ? { root: { type: 'module', module: normalizeModule(spec) }, segments: [], calls: [] } : null;
        }
        // A local factory (`function makeLogger() { return new Signale({...}) }`) is what it returns.
        const factory = this.localFactoryReturn(node.callee);
        if (factory) return this.resolveAt(factory, depth + 1);
        const base = this.resolveAt(node.callee, depth + 1);
        if (!base) return null;
        return { root: base.root, segments: [...base.segments, '()'], calls: [...base.calls, node] };
      }
      case 'NewExpression': {
        const base = this.resolveAt(node.callee, depth + 1);
        if (!base) return null;
        return { root: base.root, segments: [...base.segments, 'new()'], calls: [...base.calls, node] };
      }
      case 'ImportExpression': {
        const spec = staticString(node.source);
        return spec ? { root: { type: 'module', module: normalizeModule(spec) }, segments: [], calls: [] } : null;
      }
      default:
        return null;
    }
  }

  private resolveIdentifier(id: TSESTree.Identifier, depth: number): Resolved | null {
    const variable = this.scopes.variableOf(id);
    if (!variable) {
      if (GLOBAL_OBJECTS.has(id.name)) return { root: { type: 'global', name: id.name }, segments: [], calls: [] };
      return { root: { type: 'global', name: id.name }, segments: [], calls: [] };
    }
    // `declare const Intercom: ...` / `declare function gtag(...)`: a global the page provides.
    const valueDefs = variable.defs.filter((d) => d.type !== 'Type');
    if (valueDefs.length > 0 && valueDefs.every((d) => isAmbient(d.node as Node))) return { root: { type: 'global', name: id.name }, segments: [], calls: [] };
    return this.resolveVariable(variable, id.name, depth) ?? { root: { type: 'unknown', name: id.name }, segments: [], calls: [] };
  }

  private resolveVariable(variable: Variable, name: string, depth: number): Resolved | null {
    const def = variable.defs[0];
    if (!def) return null;
    switch (def.type) {
      case 'ImportBinding': {
        const decl = def.parent as TSESTree.ImportDeclaration | TSESTree.TSImportEqualsDeclaration;
        if (decl.type !== 'ImportDeclaration') {
          const ref = decl.moduleReference;
          if (ref.type === 'TSExternalModuleReference' && ref.expression.type === 'Literal' && typeof ref.expression.value === 'string') {
            return { root: { type: 'module', module: normalizeModule(ref.expression.value) }, segments: [], calls: [] };
          }
          return null;
        }
        const module = normalizeModule(String(decl.source.value));
        const spec = def.node as TSESTree.ImportClause;
        // `import { client } from './line'` where line.ts makes it with an SDK: resolve it there.
        if (spec.type === 'ImportSpecifier' && module.startsWith('.')) {
          const imported = spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
          const foreign = importedDeclaration(this.filename, module, imported);
          const through = foreign ? resolveForeign(foreign.init, foreign.imports, foreign.declarations, 0) : null;
          if (through) return through;
        }
        if (spec.type === 'ImportNamespaceSpecifier' || spec.type === 'ImportDefaultSpecifier') {
          return { root: { type: 'module', module }, segments: [], calls: [] };
        }
        const imported = spec.imported.type === 'Identifier' ? spec.imported.name : String(spec.imported.value);
        return { root: { type: 'module', module }, segments: imported === 'default' ? [] : [imported], calls: [] };
      }
      case 'Variable': {
        // Only single-assignment bindings resolve statically; a reassigned `let` keeps its name.
        if (variable.defs.length !== 1) return null;
        const declarator = def.node as TSESTree.VariableDeclarator;
        if (!declarator.init) {
          // `for (const client of wss.clients)`: an element of the collection.
          const loop = declarator.parent.parent;
          return loop?.type === 'ForOfStatement' && loop.left === declarator.parent && declarator.id.type === 'Identifier' ? this.elementOf(loop.right, depth) : null;
        }
        if (declarator.id.type === 'Identifier') {
          if (declarator.parent.kind !== 'const' && hasLaterWrites(variable)) return null;
          return this.resolveAt(declarator.init, depth + 1);
        }
        if (declarator.id.type === 'ObjectPattern') {
          const path = patternPath(declarator.id, def.name as TSESTree.Identifier);
          if (!path) return null;
          const base = this.resolveAt(declarator.init, depth + 1);
          if (!base) return null;
          return path.reduce<Resolved>((acc, seg) => extend(acc, seg), base);
        }
        return null;
      }
      case 'Parameter': {
        // `wss.clients.forEach((client) => ...)`: an element of the collection.
        const element = this.callbackElement(def.node as Node, def.name as TSESTree.Identifier, depth);
        if (element) return element;
        // A typed parameter (`logger: Logger`, NestJS constructor injection) is an instance of its type.
        const ann = (def.name as TSESTree.Identifier).typeAnnotation ?? paramPropertyAnnotation(def.name as TSESTree.Identifier);
        return ann ? this.resolveTypeAnnotation(ann, depth) : this.resolveListenerArgument(def.name as TSESTree.Identifier, def.node as Node, depth);
      }
      default:
        return { root: { type: 'unknown', name }, segments: [], calls: [] };
    }
  }

  /** The first parameter of an iteration callback (`wss.clients.forEach((client) => ...)`) is an element of the receiver. */
  private callbackElement(fn: Node, param: TSESTree.Identifier, depth: number): Resolved | null {
    const call = fn.parent;
    if (!isFunction(fn) || call?.type !== 'CallExpression' || call.arguments[0] !== fn || fn.params[0] !== param) return null;
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression' || !ELEMENT_ITERATION_METHODS.has(propertyName(callee) ?? '')) return null;
    return this.elementOf(callee.object, depth);
  }

  /**
   * An element of a collection that a library gave (`wss.clients`): its path plus the element segment. A
   * project's own array is not followed: its element keeps the name it is bound to, which is the better hint.
   */
  private elementOf(collection: Node, depth: number): Resolved | null {
    const base = this.resolveAt(collection, depth + 1);
    if (!base || base.root.type !== 'module') return null;
    return { root: base.root, segments: [...base.segments, ELEMENT_SEGMENT], calls: base.calls };
  }

  private resolveTypeAnnotation(ann: TSESTree.TSTypeAnnotation, depth: number): Resolved | null {
    const t = ann.typeAnnotation;
    if (t.type !== 'TSTypeReference') return null;
    const typeName = t.typeName;
    let base: Resolved | null = null;
    if (typeName.type === 'Identifier') base = this.resolveIdentifier(typeName, depth + 1);
    else if (typeName.type === 'TSQualifiedName' && typeName.left.type === 'Identifier') {
      const left = this.resolveIdentifier(typeName.left, depth + 1);
      base = left ? extend(left, typeName.right.name) : null;
    }
    if (!base || base.root.type === 'unknown') return null;
    return { root: base.root, segments: [...base.segments, 'new()'], calls: base.calls };
  }

  /**
   * A property destructured from a listener's argument: `say` in `app.command('/x', async ({ say }) => ...)`
   * of a Slack Bolt `App` is the registration's path, the argument segment, then `say`.
   */
  private resolveListenerArgument(id: TSESTree.Identifier, fn: Node, depth: number): Resolved | null {
    if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return null;
    const param = fn.params[0];
    if (param?.type !== 'ObjectPattern') return null;
    const path = patternPath(param, id);
    const call = fn.parent;
    if (!path || path.length === 0 || call?.type !== 'CallExpression' || !call.arguments.includes(fn)) return null;
    const base = this.resolveAt(call.callee, depth + 1);
    if (!base || base.root.type === 'unknown') return null;
    return { root: base.root, segments: [...base.segments, ARGUMENT_SEGMENT, ...path], calls: base.calls };
  }

  /** `this.logger` → the class field initializer, an assignment in the constructor, or a typed constructor parameter. */
  private resolveThisField(member: TSESTree.MemberExpression, name: string, depth: number): Resolved | null {
    const cls = enclosingClass(member);
    if (!cls) return null;
    for (const el of cls.body.body) {
      if (el.type === 'PropertyDefinition' && keyName(el) === name) {
        if (el.value) return this.resolveAt(el.value, depth + 1);
        if (el.typeAnnotation) return this.resolveTypeAnnotation(el.typeAnnotation, depth);
      }
      if (el.type === 'MethodDefinition' && el.kind === 'constructor') {
        for (const p of el.value.params) {
          if (p.type === 'TSParameterProperty' && p.parameter.type === 'Identifier' && p.parameter.name === name && p.parameter.typeAnnotation) {
            return this.resolveTypeAnnotation(p.parameter.typeAnnotation, depth);
          }
        }
        const body = el.value.body;
        if (body) {
          for (const stmt of body.body) {
            if (stmt.type !== 'ExpressionStatement' || stmt.expression.type !== 'AssignmentExpression') continue;
            const left = stmt.expression.left;
            if (left.type === 'MemberExpression' && left.object.type === 'ThisExpression' && propertyName(left) === name) {
              return this.resolveAt(stmt.expression.right, depth + 1);
            }
          }
        }
      }
    }
    return null;
  }

  /** The string value of an expression when it is a constant in this file (literal, const, simple concatenation). */
  constantString(node: Node, depth = 0): string | null {
    if (depth > 6) return null;
    const hit = this.constCache.get(node);
    if (hit !== undefined) return hit;
    this.constCache.set(node, null);
    const n = unwrap(node);
    let value: string | null = null;
    if (n.type === 'Literal') value = typeof n.value === 'string' ? n.value : typeof n.value === 'number' ? String(n.value) : null;
    else if (n.type === 'UnaryExpression' && n.operator === '-' && n.argument.type === 'Literal' && typeof n.argument.value === 'number') value = `-${n.argument.value}`;
    else if (n.type === 'TemplateLiteral') {
      let acc = n.quasis[0]?.value.cooked ?? '';
      let complete = true;
      for (let i = 0; i < n.expressions.length; i++) {
        const part = this.constantString(n.expressions[i] as Node, depth + 1);
        if (part === null) {
          complete = false;
          break;
        }
        acc += part + (n.quasis[i + 1]?.value.cooked ?? '');
      }
      value = complete ? acc : null;
    } else if (n.type === 'BinaryExpression' && n.operator === '+') {
      const l = this.constantString(n.left, depth + 1);
      const r = l === null ? null : this.constantString(n.right, depth + 1);
      value = l !== null && r !== null ? l + r : null;
    } else if (n.type === 'Identifier') {
      const v = this.scopes.variableOf(n);
      const def = v?.defs[0];
      if (v && def?.type === 'Variable' && v.defs.length === 1) {
        const d = def.node as TSESTree.VariableDeclarator;
        if (d.id.type === 'Identifier' && d.init && d.parent.kind === 'const') value = this.constantString(d.init, depth + 1);
      } else {
        const foreign = this.foreignConstant(n);
        if (foreign) value = this.constantString(foreign, depth + 1);
      }
    } else if (n.type === 'MemberExpression' && !n.computed) {
      // COL.NAME where `const COL = { NAME: '氏名' }` (optionally `as const` / Object.freeze)
      const obj = this.constantObject(n.object, depth + 1);
      const name = propertyName(n);
      if (obj && name !== null) {
        const prop = obj.properties.find((p): p is TSESTree.Property => p.type === 'Property' && keyName(p) === name);
        if (prop) value = this.constantString(prop.value, depth + 1);
      }
    }
    this.constCache.set(node, value);
    return value;
  }

  /** The literal prefix of a string-building expression: the scheme and host of a URL usually live there. */
  stringPrefix(node: Node, depth = 0): string | null {
    if (depth > 6) return null;
    const full = this.constantString(node, depth);
    if (full !== null) return full;
    const n = unwrap(node);
    if (n.type === 'TemplateLiteral') {
      const head = n.quasis[0]?.value.cooked ?? '';
      if (head.length > 0) return head;
      const first = n.expressions[0];
      if (!first) return null;
      const p = this.stringPrefix(first, depth + 1);
      return p === null ? null : p + (n.quasis[1]?.value.cooked ?? '');
    }
    if (n.type === 'BinaryExpression' && n.operator === '+') return this.stringPrefix(n.left, depth + 1);
    if (n.type === 'NewExpression' && n.callee.type === 'Identifier' && n.callee.name === 'URL' && n.arguments[0]) {
      const rel = this.stringPrefix(n.arguments[0], depth + 1);
      if (rel !== null && /^[a-z][a-z0-9+.-]*:/i.test(rel)) return rel;
      return n.arguments[1] ? this.stringPrefix(n.arguments[1], depth + 1) : rel;
    }
    if (n.type === 'Identifier') {
      const v = this.scopes.variableOf(n);
      const def = v?.defs[0];
      if (v && def?.type === 'Variable' && v.defs.length === 1) {
        const d = def.node as TSESTree.VariableDeclarator;
        if (d.id.type === 'Identifier' && d.init) return this.stringPrefix(d.init, depth + 1);
      }
    }
    return null;
  }

  /** The single returned expression of a function declared in this file, when the callee names one. */
  private localFactoryReturn(callee: Node): Node | null {
    if (callee.type !== 'Identifier') return null;
    const v = this.scopes.variableOf(callee);
    const def = v?.defs[0];
    if (!v || !def) return null;
    let fn: Node | null = null;
    if (def.type === 'FunctionName') fn = def.node as Node;
    else if (def.type === 'Variable' && v.defs.length === 1) fn = (def.node as TSESTree.VariableDeclarator).init ?? null;
    if (!fn || (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression')) return null;
    if (fn.body.type !== 'BlockStatement') return fn.body;
    const returns = fn.body.body.filter((s): s is TSESTree.ReturnStatement => s.type === 'ReturnStatement');
    return returns.length === 1 && returns[0]!.argument ? returns[0]!.argument : null;
  }

  /** The initializer of a `const` bound once (`const agent = new https.Agent({...})`). */
  constInit(id: TSESTree.Identifier): Node | null {
    const v = this.scopes.variableOf(id);
    const def = v?.defs[0];
    if (!v || def?.type !== 'Variable' || v.defs.length !== 1) return null;
    const d = def.node as TSESTree.VariableDeclarator;
    return d.id.type === 'Identifier' && d.init && d.parent.kind === 'const' ? d.init : null;
  }

  /** An object literal bound to a const (`const COL = {...}`, `Object.freeze({...})`, `{...} as const`). */
  constantObject(node: Node, depth = 0): TSESTree.ObjectExpression | null {
    if (depth > 6) return null;
    const n = unwrap(node);
    if (n.type === 'ObjectExpression') return n;
    if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && propertyName(n.callee) === 'freeze' && n.arguments[0]) {
      return this.constantObject(n.arguments[0], depth + 1);
    }
    if (n.type === 'Identifier') {
      const v = this.scopes.variableOf(n);
      const def = v?.defs[0];
      if (v && def?.type === 'Variable' && v.defs.length === 1) {
        const d = def.node as TSESTree.VariableDeclarator;
        if (d.id.type === 'Identifier' && d.init && d.parent.kind === 'const') return this.constantObject(d.init, depth + 1);
      }
      const foreign = this.foreignConstant(n);
      if (foreign) return this.constantObject(foreign, depth + 1);
    }
    if (n.type === 'MemberExpression') {
      const parent = this.constantObject(n.object, depth + 1);
      const name = propertyName(n);
      if (parent && name !== null) {
        const prop = parent.properties.find((p): p is TSESTree.Property => p.type === 'Property' && keyName(p) === name);
        if (prop) return this.constantObject(prop.value, depth + 1);
      }
    }
    return null;
  }
}

/** Resolve an expression of another project file by that file's imports and top-level constants only. */
function resolveForeign(
  expr: Node,
  imports: ReadonlyMap<string, { module: string; imported: string }>,
  declarations: ReadonlyMap<string, Node>,
  depth: number,
): Resolved | null {
  if (depth > 6) return null;
  const n = unwrap(expr);
  switch (n.type) {
    case 'Identifier': {
      const imp = imports.get(n.name);
      if (imp && !imp.module.startsWith('.')) {
        return { root: { type: 'module', module: normalizeModule(imp.module) }, segments: imp.imported === 'default' ? [] : [imp.imported], calls: [] };
      }
      const decl = declarations.get(n.name);
      return decl ? resolveForeign(decl, imports, declarations, depth + 1) : null;
    }
    case 'MemberExpression': {
      const name = propertyName(n);
      const base = name === null ? null : resolveForeign(n.object, imports, declarations, depth + 1);
      return base && name !== null ? extend(base, name) : null;
    }
    case 'CallExpression':
    case 'NewExpression': {
      const base = resolveForeign(n.callee, imports, declarations, depth + 1);
      // The factory call is of another file: its options are not read from here.
      return base ? { root: base.root, segments: [...base.segments, n.type === 'CallExpression' ? '()' : 'new()'], calls: [] } : null;
    }
    default:
      return null;
  }
}

function extend(base: Resolved, name: string): Resolved {
  // window.localStorage → global localStorage
  if (base.root.type === 'global' && base.segments.length === 0 && GLOBAL_OBJECTS.has(base.root.name)) {
    return { root: { type: 'global', name }, segments: [], calls: base.calls };
  }
  // ESM default import of a CommonJS module: `default.x` is the namespace's `x`.
  if (name === 'default' && base.root.type === 'module' && base.segments.length === 0) return base;
  return { root: base.root, segments: [...base.segments, name], calls: base.calls };
}

function isAmbient(node: Node): boolean {
  if (node.type === 'TSDeclareFunction') return true;
  let n: Node | undefined = node;
  while (n) {
    if ('declare' in n && (n as { declare?: boolean }).declare) return true;
    if (n.type === 'Program') return false;
    n = n.parent;
  }
  return false;
}

function isRequire(node: TSESTree.CallExpression): boolean {
  return node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1;
}

function hasLaterWrites(variable: Variable): boolean {
  let writes = 0;
  for (const ref of variable.references) if (ref.isWrite()) writes++;
  return writes > 1;
}

/** The property path from an object pattern down to one of its bound identifiers. */
export function patternPath(pattern: TSESTree.Node, target: TSESTree.Identifier): string[] | null {
  if (pattern === target) return [];
  switch (pattern.type) {
    case 'ObjectPattern':
      for (const prop of pattern.properties) {
        if (prop.type === 'RestElement') {
          const sub = patternPath(prop.argument, target);
          if (sub) return sub;
          continue;
        }
        const key = keyName(prop);
        const sub = patternPath(prop.value, target);
        if (sub) return key === null ? sub : [key, ...sub];
      }
      return null;
    case 'ArrayPattern':
      for (const el of pattern.elements) {
        if (!el) continue;
        const sub = patternPath(el, target);
        if (sub) return sub;
      }
      return null;
    case 'AssignmentPattern':
      return patternPath(pattern.left, target);
    case 'RestElement':
      return patternPath(pattern.argument, target);
    case 'TSParameterProperty':
      return patternPath(pattern.parameter, target);
    default:
      return null;
  }
}

function paramPropertyAnnotation(id: TSESTree.Identifier): TSESTree.TSTypeAnnotation | undefined {
  const parent = id.parent;
  if (parent?.type === 'TSParameterProperty' && parent.parameter.type === 'Identifier') return parent.parameter.typeAnnotation;
  return undefined;
}

function enclosingClass(node: Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | null {
  let n: Node | undefined = node.parent;
  while (n) {
    if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') return n;
    n = n.parent;
  }
  return null;
}
