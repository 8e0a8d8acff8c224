/**
 * Backward, demand-driven flow analysis: for an expression that reaches a sink, which personal data does it
 * carry? Follows variables (through ESLint's scope manager), destructuring, spread, object/array literals,
 * templates, concatenation, string and array methods, JSON.stringify and the return values of functions in
 * the same file; sanitizers from the catalog cut the flow.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { SanitizerSpec } from '../catalog/types.js';
import type { Vocabulary } from '../vocabulary/classify.js';
import { ENUM_OWNER_WORDS } from '../vocabulary/terms.js';
import { splitWords } from '../vocabulary/tokenize.js';
import type { NameMatch, NameRole } from '../vocabulary/types.js';
import { chainSegments, isFunction, keyName, propertyName, shorten, unwrap, type Node } from './ast.js';
import { DeclaredTypes, annotationOf } from './declared-types.js';
import { conditionsHold, type SanitizerIndex } from './catalog-index.js';
import type { Resolver } from './resolve.js';
import { patternPath } from './resolve.js';
import type { Scopes, Variable } from './scopes.js';
import { CONSTANT, EMPTY, downgrade, union, withStep, type Item, type Taint } from './taint.js';
import { childNodes } from './walk.js';
import { PAYLOAD_DECORATORS, isPayload } from './sources.js';
import { REFERENCE_KINDS } from './references.js';
import {
  BOOLEAN_CALL_PREFIXES,
  ELEMENT_CALLBACK_METHODS,
  MAPPING_METHODS,
  MUTATING_METHODS,
  NO_DATA_METHODS,
  NO_DATA_PROPERTIES,
  PASS_THROUGH_CALLS,
  PASS_THROUGH_METHODS,
  RESULT_NOT_ARGS_PREFIXES,
  SCHEMA_MODULES,
  SERVICE_OBJECT_GLOBALS,
  TRANSFORM_METHOD_PREFIXES,
  VALUE_FREE_CALLS,
} from './builtins.js';

const MAX_CALL_DEPTH = 3;

type Env = ReadonlyMap<Variable, Taint>;

export interface FlowOptions {
  scopes: Scopes;
  resolver: Resolver;
  vocabulary: Vocabulary;
  sanitizers: SanitizerIndex;
  japaneseContext: boolean;
  /** The data argument of a serialiser call (csv-stringify with a callback), or null. */
  serialiserInput: (call: TSESTree.CallExpression | TSESTree.NewExpression) => Node | null;
  /** Source text of a node (for labels). */
  sourceText: (node: Node) => string;
  /** Calls and constructions that are sinks themselves: their result carries nothing further. */
  isSinkNode: (node: Node) => boolean;
}

export class Flow {
  private readonly memo = new WeakMap<Node, Taint>();
  private readonly varMemo = new WeakMap<Variable, Taint>();
  private readonly inProgress = new Set<Node | Variable>();
  private readonly returnsMemo = new WeakMap<Node, TSESTree.Expression[]>();
  private readonly readsMemo = new WeakMap<Variable, Taint>();
  private readonly types: DeclaredTypes;

  constructor(private readonly o: FlowOptions) {
    this.types = new DeclaredTypes(o.scopes);
  }

  /** The personal fields a declared type says a value holds (`lead: Lead` with `email`, `phone`). */
  private typeTaint(type: TSESTree.TypeNode | undefined, origin: Node, base: string): Taint {
    const members = this.types.members(type);
    if (!members || members.length === 0) return EMPTY;
    const fields = new Map<string, Taint>();
    const items: Item[] = [];
    for (const m of members) {
      const item = this.nameItem(m, 'key', [], origin, members);
      if (!item) continue;
      const labelled = { ...item, label: `${base}.${m}` };
      fields.set(m, { items: [labelled] });
      items.push({ ...labelled, wholeRecord: true });
    }
    return items.length > 0 ? { items, fields } : EMPTY;
  }

  /** The personal data an expression carries. */
  evaluate(node: Node): Taint {
    return this.eval(node, undefined, 0);
  }

  /** The personal data a callback returns (morgan `token(name, fn)`), its parameters read by name. */
  evaluateReturns(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression): Taint {
    return this.returns(fn, null, undefined, 0);
  }

  private eval(node: Node, env: Env | undefined, depth: number): Taint {
    if (env === undefined) {
      const hit = this.memo.get(node);
      if (hit) return hit;
      if (this.inProgress.has(node)) return EMPTY;
      this.inProgress.add(node);
      const t = this.compute(node, undefined, depth);
      this.inProgress.delete(node);
      this.memo.set(node, t);
      return t;
    }
    return this.compute(node, env, depth);
  }

  private compute(raw: Node, env: Env | undefined, depth: number): Taint {
    if (raw.type === 'TSAsExpression' || raw.type === 'TSTypeAssertion' || raw.type === 'TSSatisfiesExpression') {
      // `JSON.parse(raw) as CardForm`: the asserted type says what the value holds.
      const inner = this.eval(raw.expression, env, depth);
      if (inner.items.length > 0 || inner.constant) return inner;
      return this.typeTaint(raw.typeAnnotation, raw, shorten(this.o.sourceText(raw.expression), 30));
    }
    const node = unwrap(raw);
    switch (node.type) {
      case 'Literal':
        return CONSTANT;
      case 'TemplateLiteral':
        return node.expressions.length === 0 ? CONSTANT : union(node.expressions.map((e) => this.eval(e, env, depth)));
      case 'TaggedTemplateExpression':
        return union(node.quasi.expressions.map((e) => this.eval(e, env, depth)));
      case 'BinaryExpression':
        // Only `+` builds text from its operands; arithmetic and comparisons give numbers and booleans.
        return node.operator === '+'
          ? union([this.eval(node.left, env, depth), this.eval(node.right, env, depth)])
          : CONSTANT;
      case 'LogicalExpression':
        return node.operator === '&&'
          ? this.eval(node.right, env, depth)
          : union([this.eval(node.left, env, depth), this.eval(node.right, env, depth)]);
      case 'ConditionalExpression':
        return union([this.eval(node.consequent, env, depth), this.eval(node.alternate, env, depth)]);
      case 'SequenceExpression':
        return node.expressions.length > 0 ? this.eval(node.expressions[node.expressions.length - 1]!, env, depth) : EMPTY;
      case 'AssignmentExpression':
        return this.eval(node.right, env, depth);
      case 'Identifier':
        return this.identifier(node, env, depth);
      case 'MemberExpression':
        return this.member(node, env, depth);
      case 'CallExpression':
        return this.call(node, env, depth);
      case 'NewExpression':
        return this.construct(node, env, depth);
      case 'ObjectExpression':
        return this.object(node, env, depth);
      case 'ArrayExpression': {
        const parts: Taint[] = [];
        for (const el of node.elements) if (el) parts.push(this.eval(el.type === 'SpreadElement' ? el.argument : el, env, depth));
        return union(parts);
      }
      case 'SpreadElement':
        return this.eval(node.argument, env, depth);
      case 'UnaryExpression':
      case 'UpdateExpression':
        return CONSTANT;
      default:
        return EMPTY;
    }
  }

  // ---- names -------------------------------------------------------------------------------------------

  private nameItem(name: string, role: NameRole, receiver: readonly string[], origin: Node, siblings?: readonly string[]): Item | null {
    const m: NameMatch | null = this.o.vocabulary.classifyName(name, {
      role,
      receiver,
      siblings,
      japaneseContext: this.o.japaneseContext,
    });
    if (!m) return null;
    return { kind: m.kind, term: m.term, script: m.script, confidence: m.confidence, origin, steps: [] };
  }

  private recordItem(name: string, origin: Node): Item | null {
    if (!this.o.vocabulary.isPersonRecordName(name)) return null;
    return { kind: 'personalRecord', term: name, confidence: 'medium', origin, steps: [], wholeRecord: true };
  }

  private nameTaint(name: string, role: NameRole, receiver: readonly string[], origin: Node): Taint {
    const item = this.nameItem(name, role, receiver, origin) ?? (role === 'identifier' || role === 'property' ? this.recordItem(name, origin) : null);
    return item ? { items: [item] } : EMPTY;
  }

  // ---- identifiers -------------------------------------------------------------------------------------

  private identifier(id: TSESTree.Identifier, env: Env | undefined, depth: number): Taint {
    if (id.name === 'undefined') return CONSTANT;
    const variable = this.o.scopes.variableOf(id);
    if (!variable) return EMPTY;
    const bound = env?.get(variable);
    if (bound) return bound;
    const def = variable.defs[0];
    if (!def) return EMPTY;
    switch (def.type) {
      case 'Variable':
        return this.variable(variable, id);
      case 'Parameter': {
        const t = this.parameter(def.name as TSESTree.Identifier, def.node as Node, depth);
        return t.items.length === 0 && !t.fields && !t.constant ? this.recordFromReads(variable) : t;
      }
      default:
        return EMPTY;
    }
  }

  private variable(variable: Variable, use: TSESTree.Identifier): Taint {
    const hit = this.varMemo.get(variable);
    if (hit) return hit;
    if (this.inProgress.has(variable)) return EMPTY;
    this.inProgress.add(variable);
    const parts: Taint[] = [];
    let allConstant = true;
    let destructured = false;
    for (const ref of variable.references) {
      if (!ref.isWrite()) {
        // Mutations put data into the value: rows.push(x), params.append(k, x), obj.email = x.
        const mutation = this.mutation(ref.identifier as TSESTree.Identifier);
        if (mutation) {
          if (!mutation.constant) allConstant = false;
          parts.push(mutation);
        }
        continue;
      }
      if (!ref.writeExpr) continue;
      const target = ref.identifier as TSESTree.Identifier;
      const root = patternRoot(target);
      const value = this.eval(ref.writeExpr as Node, undefined, 0);
      const path = root && root !== target ? patternPath(root, target) : [];
      let t = value;
      if (path && path.length > 0) {
        // `const { name } = user` reads user.name; `const { name } = parse(id)` reads a result nobody named.
        const source = unwrap(ref.writeExpr as Node);
        const receiver = source.type === 'Identifier' || source.type === 'MemberExpression' || source.type === 'ThisExpression' ? chainSegments(source) : [];
        for (let i = 0; i < path.length; i++) {
          t = this.property(t, [...receiver, ...path.slice(0, i)], path[i]!, target, i === path.length - 1 ? target : (ref.writeExpr as Node));
        }
        destructured = true;
      }
      if (!t.constant && !isForInKey(target)) allConstant = false;
      parts.push(withStep(t, declarationOf(target)));
    }
    let result = parts.length === 0 ? EMPTY : union(parts);
    if (result.items.length === 0 && !result.fields && !allConstant) {
      const typed = this.declaredTypeOf(variable);
      if (typed) result = this.typeTaint(typed, variable.identifiers[0] ?? use, variable.name);
    }
    if (parts.length > 0 && result.items.length === 0 && !result.fields && !allConstant && !destructured && !this.isServiceObject(variable)) {
      // Unknown origin (a call we cannot see into): the variable's own name is the evidence.
      result = this.nameTaint(variable.name, 'identifier', [], variable.identifiers[0] ?? use);
    }
    if (parts.length > 0 && result.items.length === 0 && !result.fields && !allConstant) result = this.recordFromReads(variable);
    this.inProgress.delete(variable);
    this.varMemo.set(variable, result);
    return result;
  }

  /** A variable holding what a service global returns (a Sheet from SpreadsheetApp): never a person. */
  private isServiceObject(variable: Variable): boolean {
    const def = variable.defs[0];
    if (def?.type !== 'Variable') return false;
    const init = (def.node as TSESTree.VariableDeclarator).init;
    const root = init ? this.o.resolver.resolve(init)?.root : undefined;
    return root?.type === 'global' && SERVICE_OBJECT_GLOBALS.has(root.name);
  }

  /**
   * A value of unknown origin that the code reads personal fields from (`c.email`, `props['電話番号']`,
   * `row[header.indexOf('メールアドレス')]`) is a record of a person: logged or sent whole, it takes those
   * fields out. One pass over the variable's references, memoised per variable.
   */
  private recordFromReads(variable: Variable): Taint {
    const hit = this.readsMemo.get(variable);
    if (hit) return hit;
    const items: Item[] = [];
    const seen = new Set<string>();
    for (const ref of variable.references) {
      if (ref.isWrite()) continue;
      const id = ref.identifier as Node;
      const member = id.parent;
      if (member?.type !== 'MemberExpression' || member.object !== id) continue;
      const use = member.parent;
      // A method (`user.getEmail()`) is not a field, and a write (`row.email = x`) is seen as a mutation.
      if (use?.type === 'CallExpression' && use.callee === member) continue;
      if (use?.type === 'AssignmentExpression' && use.left === member) continue;
      let name = propertyName(member);
      if (name === null && member.computed) name = this.o.resolver.constantString(member.property) ?? headerKey(member.property, this.o.resolver);
      if (name === null || seen.has(name)) continue;
      seen.add(name);
      const item = this.nameItem(name, 'property', [variable.name], member);
      // A customer ID on an order says the order refers to someone, not that it describes them.
      if (!item || REFERENCE_KINDS.has(item.kind)) continue;
      // Evidence of a record, not a read of the value itself: never more than medium.
      const confidence = item.confidence === 'high' ? 'medium' : item.confidence;
      items.push({ ...item, confidence, label: `${variable.name}.${name}`, wholeRecord: true, inferred: true });
    }
    const t: Taint = items.length > 0 ? { items } : EMPTY;
    this.readsMemo.set(variable, t);
    return t;
  }

  /** `const x: Lead = ...` or `const [form] = useState<SignupForm>(...)`. */
  private declaredTypeOf(variable: Variable): TSESTree.TypeNode | undefined {
    const id = variable.identifiers[0] as TSESTree.Identifier | undefined;
    if (!id) return undefined;
    const own = annotationOf(id);
    if (own) return own;
    const pattern = id.parent;
    const declarator = pattern?.parent;
    if (pattern?.type === 'ArrayPattern' && pattern.elements[0] === id && declarator?.type === 'VariableDeclarator') {
      const init = declarator.init ? unwrap(declarator.init) : null;
      if (init?.type === 'CallExpression') return init.typeArguments?.params[0];
    }
    return undefined;
  }

  private mutation(id: TSESTree.Identifier): Taint | null {
    const member = id.parent;
    if (member?.type !== 'MemberExpression' || member.object !== id) return null;
    const parent = member.parent;
    if (parent?.type === 'CallExpression' && parent.callee === member) {
      const method = propertyName(member);
      if (!method || !MUTATING_METHODS.has(method) || parent.arguments.length === 0) return null;
      return withStep(this.args(parent, undefined, 0), parent);
    }
    if (parent?.type === 'AssignmentExpression' && parent.left === member) {
      const key = propertyName(member);
      let t = this.eval(parent.right, undefined, 0);
      if (t.items.length === 0 && !t.constant && key) t = this.nameTaint(key, 'key', [], member);
      return withStep(t, parent);
    }
    return null;
  }

  private parameter(name: TSESTree.Identifier, fn: Node, depth: number): Taint {
    // `users.forEach((u) => ...)`: the element of a collection carries what the collection carries.
    const call = fn.parent;
    if (isFunction(fn) && call?.type === 'CallExpression' && call.arguments[0] === fn && call.callee.type === 'MemberExpression') {
      const method = propertyName(call.callee);
      const index = fn.params.findIndex((p) => containsNode(p, name));
      const elementIndex = method === 'reduce' ? 1 : 0;
      if (method && ELEMENT_CALLBACK_METHODS.has(method) && index === elementIndex) {
        const collection = this.eval(call.callee.object, undefined, depth);
        const param = fn.params[index]!;
        const path = patternPath(param, name);
        if (collection.items.length > 0 || collection.fields) {
          if (!path || path.length === 0) return collection;
          let t = collection;
          for (const seg of path) t = this.property(t, chainSegments(call.callee.object), seg, name, name);
          return t;
        }
      }
    }
    // stringify(rows, opts, (err, output) => ...): the output of a serialiser is its input, serialised.
    if (isFunction(fn) && call && (call.type === 'CallExpression' || call.type === 'NewExpression') && call.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
      const index = fn.params.findIndex((p) => containsNode(p, name));
      const input = index >= 1 ? this.o.serialiserInput(call) : null;
      if (input) return withStep(this.eval(input, undefined, depth), call);
    }
    // NestJS `@Body() dto`: what the user submitted.
    const decorated = name.parent?.type === 'TSParameterProperty' ? name.parent : name;
    if ('decorators' in decorated && decorated.decorators?.some((d) => {
      const e = d.expression;
      const callee = e.type === 'CallExpression' ? e.callee : e;
      return callee.type === 'Identifier' && PAYLOAD_DECORATORS.has(callee.name);
    })) {
      return { items: [{ kind: 'personalRecord', term: name.name, confidence: 'medium', origin: name, steps: [], wholeRecord: true }] };
    }
    const typed = this.typeTaint(annotationOf(name), name, name.name);
    if (typed.items.length > 0) return typed;
    // A destructured parameter `({ email, name })` reads properties of an unknown object.
    const fnNode = isFunction(fn) ? fn : null;
    if (fnNode) {
      const param = fnNode.params.find((p) => containsNode(p, name));
      if (param && param !== name) {
        const path = patternPath(param.type === 'TSParameterProperty' ? param.parameter : param, name);
        if (path && path.length > 0) {
          const key = path[path.length - 1]!;
          const item = this.nameItem(key, 'property', path.slice(0, -1), name) ?? this.recordItem(key, name);
          return item ? { items: [item] } : EMPTY;
        }
      }
    }
    return this.nameTaint(name.name, 'identifier', [], name);
  }

  // ---- members -----------------------------------------------------------------------------------------

  private member(node: TSESTree.MemberExpression, env: Env | undefined, depth: number): Taint {
    // `email.split('@')[1]`: the domain of an address identifies an organisation, not a person.
    if (node.computed && isDomainPart(node)) return CONSTANT;
    let name = propertyName(node);
    if (name === null && node.computed) name = this.o.resolver.constantString(node.property) ?? headerKey(node.property, this.o.resolver);
    const objectTaint = this.eval(node.object, env, depth);
    if (name === null) {
      if (objectTaint.fields) return union([...objectTaint.fields.values()]);
      // `row[0]`, `props[key]`: an unknown column of a record known only by what else is read from it.
      return { items: objectTaint.items.filter((i) => !i.inferred) };
    }
    return this.property(objectTaint, chainSegments(node.object), name, node, node);
  }

  /** Reading `name` from a value with taint `obj`. */
  private property(obj: Taint, receiver: readonly string[], name: string, origin: Node, step: Node): Taint {
    // One field of a record known only from its personal fields says what its own name says.
    if (obj.items.some((i) => i.inferred)) obj = { items: obj.items.filter((i) => !i.inferred), fields: obj.fields };
    const field = obj.fields?.get(name);
    if (field) return field.items.length > 0 ? withStep(field, step) : field;
    if (obj.fields && obj.fields.size > 0 && !obj.items.length) {
      // A known object literal without that key: nothing personal is read.
      return EMPTY;
    }
    // `rows.length`, `res.status`: counts and codes, not data.
    if (NO_DATA_PROPERTIES.has(name)) return CONSTANT;
    // `FieldType.EMAIL`, `GrantType.PASSWORD`: an enum member names a kind of data and holds none.
    if (obj.items.length === 0 && isEnumMember(receiver, name)) return CONSTANT;
    // `customers.map((c) => c.name)`: the element of a person collection is a person.
    const record = obj.items.find((i) => i.wholeRecord);
    if (record && receiver.length > 0 && !this.o.vocabulary.isPersonHolder(receiver[receiver.length - 1]!)) {
      const viaRecord = this.nameItem(name, 'property', [...receiver.slice(0, -1), record.label?.split('.')[0] ?? record.term], origin);
      if (viaRecord) return { items: [{ ...viaRecord, steps: [...record.steps] }] };
    }
    if (isPayload(receiver, name)) {
      return { items: [{ kind: 'personalRecord', term: name, confidence: 'medium', origin, steps: [], wholeRecord: true }] };
    }
    const item = this.nameItem(name, 'property', receiver, origin);
    if (item) {
      // Keep what the record passed through (e.g. a destructured parameter of a callback) as the path.
      const from = obj.items.find((i) => i.wholeRecord);
      return { items: [from ? { ...item, steps: [...from.steps] } : item] };
    }
    if (obj.items.length === 0) {
      // `session.user`, `const { user } = await res.json()`: a person record read from an opaque value.
      // Plural names (`booking.people`, `event.guests`) are as often head counts: only on a person holder.
      const holder = receiver.length > 0 && this.o.vocabulary.isPersonHolder(receiver[receiver.length - 1]!);
      const rec = isPluralName(name) && !holder ? null : this.recordItem(name, origin);
      return rec && !obj.fields ? { items: [rec] } : EMPTY;
    }
    const records = obj.items.filter((i) => i.wholeRecord);
    const scalars = obj.items.filter((i) => !i.wholeRecord);
    const out: Item[] = [...scalars];
    if (records.length > 0 && (this.o.vocabulary.isPersonHolder(name) || this.o.vocabulary.isPersonRecordName(name))) {
      out.push(...records.map((r) => ({ ...r, origin, term: name })));
    }
    return out.length > 0 ? { items: out } : EMPTY;
  }

  // ---- calls -------------------------------------------------------------------------------------------

  private call(node: TSESTree.CallExpression, env: Env | undefined, depth: number): Taint {
    if (this.o.isSinkNode(node)) return EMPTY;
    const callee = unwrap(node.callee);
    const sanitizer = this.sanitizerFor(node, false);
    if (sanitizer) return this.protect(node, sanitizer, env, depth);

    const resolved = this.o.resolver.resolve(callee);
    if (resolved && resolved.root.type === 'module' && SCHEMA_MODULES.has(resolved.root.module)) return CONSTANT;
    if (resolved && resolved.root.type !== 'unknown') {
      const key = resolved.root.type === 'global' ? [resolved.root.name, ...resolved.segments].join('.') : `${resolved.root.module}:${resolved.segments.join('.')}`;
      if (VALUE_FREE_CALLS.has(key)) return CONSTANT;
      if (PASS_THROUGH_CALLS.has(key)) return withStep(this.args(node, env, depth), node);
    }

    const fn = this.localFunction(callee);
    if (fn) {
      if (depth >= MAX_CALL_DEPTH) return EMPTY;
      return withStep(this.returns(fn, node, env, depth + 1), node);
    }

    const calleeName = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee) : null;
    if (calleeName && isBooleanish(calleeName)) return EMPTY;

    if (callee.type === 'MemberExpression' && calleeName) {
      if (NO_DATA_METHODS.has(calleeName)) return EMPTY;
      const receiver = this.eval(callee.object, env, depth);
      if (MAPPING_METHODS.has(calleeName)) {
        const cb = node.arguments[0];
        if (cb && isFunction(cb)) return withStep(this.returns(cb, null, env, depth + 1, receiver), node);
        return receiver;
      }
      if (calleeName === 'reduce') {
        // The accumulated value is what the callback returns: a sum of head counts carries nothing personal.
        const cb = node.arguments[0];
        if (cb && isFunction(cb)) {
          const t = this.returns(cb, null, env, depth + 1);
          return t.items.length > 0 ? withStep(t, node) : CONSTANT;
        }
      }
      if (PASS_THROUGH_METHODS.has(calleeName)) {
        const args = calleeName === 'concat' ? this.args(node, env, depth) : EMPTY;
        return union([receiver, args]);
      }
      const getter = /^(get|fetch|read|load)([A-Z\u3000-\u9fff].*)$/.exec(calleeName);
      // `user.getEmail()` reads the receiver's e-mail; `this.getFullName(task)` names its argument instead;
      // `sheet.getName()` of a spreadsheet service object names a sheet.
      const serviceRoot = this.o.resolver.resolve(callee.object)?.root;
      const receiverName = lastSegment(chainSegments(callee.object));
      // A plural receiver (`members.getName()`) is a collection or a sheet of them, not one person.
      const service = (serviceRoot?.type === 'global' && SERVICE_OBJECT_GLOBALS.has(serviceRoot.name)) || isPluralName(receiverName);
      if (getter && node.arguments.length === 0 && !service) {
        const item = this.nameItem(getter[2]!, 'method', chainSegments(callee.object), node);
        if (item) return { items: [item] };
      }
      // An unknown method acts on its receiver (`user.toJSON()`); its arguments go elsewhere (`db.query(sql, [email])`
      // returns rows, not the email) unless the method builds text from them.
      // Builders take data in and return themselves: `new Identify().set('email', x)`, `params.append(k, v)`.
      const scalars = { items: receiver.items.filter((i) => !i.wholeRecord) };
      // Text transforms carry the data through unchanged in certainty (`Encoding.convert(csv)`).
      if (hasPrefix(calleeName, TRANSFORM_METHOD_PREFIXES)) return union([scalars, this.args(node, env, depth)]);
      const args = MUTATING_METHODS.has(calleeName) ? this.args(node, env, depth) : EMPTY;
      // A fluent chain (`new Identify().set('a', x).set('b', y)`): the receiver is the builder an earlier step
      // returned, judged there; only this step's arguments went through an unknown method.
      if (MUTATING_METHODS.has(calleeName) && isBuilderStep(callee.object)) return union([scalars, downgrade(args)]);
      return downgrade(union([scalars, args]));
    }
    if (calleeName && hasPrefix(calleeName, RESULT_NOT_ARGS_PREFIXES)) return EMPTY;
    // Text built from the data and handed to a wrapper (`text(\`${r.name}様\`)`) comes back in the wrapper's result.
    const parts = node.arguments.map((a) => {
      const arg = a.type === 'SpreadElement' ? a.argument : a;
      const t = this.eval(arg, env, depth);
      if (isStringBuilding(arg)) return t;
      // A record known only from its fields, handed to a helper (`parseExpiry(body)`), comes back as one
      // value derived from it more often than as the whole record.
      return downgrade(t.items.some((i) => i.inferred) ? { items: t.items.filter((i) => !i.inferred) } : t);
    });
    return union(parts);
  }

  private construct(node: TSESTree.NewExpression, env: Env | undefined, depth: number): Taint {
    if (this.o.isSinkNode(node)) return EMPTY;
    const sanitizer = this.sanitizerFor(node, true);
    if (sanitizer) return this.protect(node, sanitizer, env, depth);
    const callee = unwrap(node.callee);
    if (callee.type === 'Identifier' && (callee.name === 'Date' || callee.name === 'RegExp' || callee.name === 'Map' && node.arguments.length === 0)) return CONSTANT;
    // A client configured with a token (`new Client({ channelAccessToken })`) is not the token.
    const t = this.args(node, env, depth);
    const kept = t.items.filter((i) => this.o.vocabulary.kind(i.kind)?.tier !== 'credential');
    return kept.length === t.items.length ? t : { items: kept };
  }

  private args(node: TSESTree.CallExpression | TSESTree.NewExpression, env: Env | undefined, depth: number): Taint {
    if (node.arguments.length === 0) return EMPTY;
    return union(node.arguments.map((a) => this.eval(a.type === 'SpreadElement' ? a.argument : a, env, depth)));
  }

  /** A function declared in this file that a callee refers to. */
  private localFunction(callee: Node): TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | null {
    if (callee.type !== 'Identifier') return null;
    const v = this.o.scopes.variableOf(callee);
    const def = v?.defs[0];
    if (!v || !def) return null;
    if (def.type === 'FunctionName' && isFunction(def.node as Node)) return def.node as TSESTree.FunctionDeclaration;
    if (def.type === 'Variable' && v.defs.length === 1) {
      const init = (def.node as TSESTree.VariableDeclarator).init;
      if (init && isFunction(init)) return init;
    }
    return null;
  }

  /** Union of a function's return values, with its parameters bound to the call's arguments. */
  private returns(
    fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression,
    call: TSESTree.CallExpression | null,
    env: Env | undefined,
    depth: number,
    elementTaint?: Taint,
  ): Taint {
    const bound = new Map<Variable, Taint>();
    const params = this.o.scopes.declaredVariables(fn);
    fn.params.forEach((param, index) => {
      let t: Taint | undefined;
      if (call) {
        const arg = call.arguments[index];
        if (arg) t = this.eval(arg.type === 'SpreadElement' ? arg.argument : arg, env, depth);
      } else if (elementTaint && index === 0) {
        t = elementTaint;
      }
      if (!t) return;
      for (const v of params) {
        const id = v.identifiers[0];
        if (!id || !containsNode(param, id)) continue;
        if (param.type === 'Identifier') bound.set(v, t);
        else {
          const path = patternPath(param, id as TSESTree.Identifier);
          // An array-pattern element (`([no, shimei]) => ...`) has no key to read: when the value carries
          // nothing known, its own name is the evidence, as for any parameter.
          if (path?.length === 0 && t.items.length === 0 && !t.fields && !t.constant) continue;
          let pt = t;
          for (const seg of path ?? []) pt = this.property(pt, call ? chainSegments(call.arguments[index] as Node) : [], seg, id as Node, id as Node);
          bound.set(v, pt);
        }
      }
    });
    const innerEnv: Env = env ? new Map([...env, ...bound]) : bound;
    const parts = this.returnExpressions(fn).map((r) => this.eval(r, innerEnv.size > 0 ? innerEnv : undefined, depth));
    return union(parts);
  }

  private returnExpressions(fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): TSESTree.Expression[] {
    const hit = this.returnsMemo.get(fn);
    if (hit) return hit;
    const out: TSESTree.Expression[] = [];
    if (fn.body.type !== 'BlockStatement') out.push(fn.body);
    else {
      const stack: Node[] = [fn.body];
      while (stack.length > 0) {
        const n = stack.pop()!;
        if (n.type === 'ReturnStatement') {
          if (n.argument) out.push(n.argument);
          continue;
        }
        if (isFunction(n) || n.type === 'ClassDeclaration' || n.type === 'ClassExpression') continue;
        // Only statements can hold a return; expressions are skipped for speed.
        for (const c of childNodes(n)) if (isStatementLike(c)) stack.push(c);
      }
    }
    this.returnsMemo.set(fn, out);
    return out;
  }

  // ---- objects -----------------------------------------------------------------------------------------

  private object(node: TSESTree.ObjectExpression, env: Env | undefined, depth: number): Taint {
    const fields = new Map<string, Taint>();
    const items: Item[] = [];
    let siblings: string[] | undefined;
    for (const prop of node.properties) {
      if (prop.type === 'SpreadElement') {
        const t = this.eval(prop.argument, env, depth);
        items.push(...t.items);
        if (t.fields) for (const [k, v] of t.fields) fields.set(k, v);
        continue;
      }
      if (prop.kind !== 'init' || prop.method) continue;
      const key = prop.computed ? this.o.resolver.constantString(prop.key) : keyName(prop);
      const value = prop.value as Node;
      if (isFunction(value)) continue;
      let t = this.eval(value, env, depth);
      if (t.items.length === 0 && !t.constant && key !== null && !prop.shorthand) {
        siblings ??= node.properties.flatMap((p) => (p.type === 'Property' ? [keyName(p) ?? ''] : []));
        const item = this.nameItem(key, 'key', [], value, siblings);
        if (item) t = { items: [item] };
      }
      if (key !== null) fields.set(key, t);
      items.push(...t.items);
    }
    if (items.length === 0 && fields.size === 0) return EMPTY;
    return { items: union([{ items }]).items, fields };
  }

  // ---- sanitizers --------------------------------------------------------------------------------------

  sanitizerFor(node: TSESTree.CallExpression | TSESTree.NewExpression, construct: boolean): SanitizerSpec | null {
    const callee = unwrap(node.callee);
    const literal = (i: number): string | null => {
      const a = node.arguments[i];
      return a && a.type !== 'SpreadElement' ? this.o.resolver.constantString(a) : null;
    };
    const resolved = this.o.resolver.resolve(callee);
    if (resolved) {
      for (const m of this.o.sanitizers.match(resolved)) {
        if (!!m.spec.construct === construct && conditionsHold(m.spec.when, literal)) return m.spec;
      }
    }
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee) : null;
    if (name) {
      for (const spec of this.o.sanitizers.matchName(name)) {
        if (!!spec.construct === construct && conditionsHold(spec.when, literal)) return spec;
      }
    }
    return null;
  }

  /** Whether the key argument of the chain's first call is written in the code. */
  private hasHardcodedKey(node: TSESTree.CallExpression | TSESTree.NewExpression, keyArg: number): boolean {
    const resolved = this.o.resolver.resolve(unwrap(node.callee));
    const first = resolved?.calls[0] ?? node;
    const key = first.arguments[keyArg];
    if (!key || key.type === 'SpreadElement') return false;
    let k = unwrap(key);
    // `const KEY = Buffer.from('3f1c…', 'hex')` at the top of the module: the key is still in the source.
    if (k.type === 'Identifier') k = unwrap(this.o.resolver.constInit(k) ?? k);
    if (this.o.resolver.constantString(k) !== null) return true;
    // Buffer.from('secret…'), Buffer.from('…', 'hex'); a key derived from a password in the code
    // (crypto.scryptSync('passphrase', salt, 32)) is as easy to recompute.
    if (k.type === 'CallExpression' && k.arguments[0] && k.arguments[0].type !== 'SpreadElement') {
      const callee = this.o.resolver.resolve(k.callee);
      const from = callee?.segments.join('.');
      const fromLiteral = this.o.resolver.constantString(k.arguments[0]) !== null;
      if (callee?.root.type === 'global' && callee.root.name === 'Buffer' && from === 'from') return fromLiteral;
      if (callee?.root.type === 'module' && callee.root.module === 'crypto' && (from === 'scryptSync' || from === 'pbkdf2Sync')) return fromLiteral;
    }
    return false;
  }

  private protect(node: TSESTree.CallExpression | TSESTree.NewExpression, spec: SanitizerSpec, env: Env | undefined, depth: number): Taint {
    const inputs: Taint[] = [];
    if (spec.dataArg !== undefined) {
      const a = node.arguments[spec.dataArg];
      if (a) inputs.push(this.eval(a.type === 'SpreadElement' ? a.argument : a, env, depth));
    } else {
      inputs.push(this.args(node, env, depth));
    }
    const callee = unwrap(node.callee);
    if (callee.type === 'MemberExpression') inputs.push(this.eval(callee.object, env, depth));
    const input = union(inputs);
    if (input.items.length === 0) return input.constant ? CONSTANT : EMPTY;
    const kept: Item[] = [];
    const hardcodedKey = spec.keyArg !== undefined && this.hasHardcodedKey(node, spec.keyArg);
    for (const item of input.items) {
      // A weak protection never cuts the flow, nor does encryption with a key written in the code. A keyed
      // hash, a token or a partial mask does not protect a My Number (My Number Act Art. 2(8): a number used
      // in its place is still specific personal information; only full masking counts).
      const myNumber = item.kind === 'myNumber' && (spec.strength === 'keyed-hash' || !!spec.partial);
      if (spec.strength === 'weak' || hardcodedKey || myNumber) {
        const api = hardcodedKey ? `${spec.api} with a hard-coded key` : spec.api;
        kept.push({ ...item, protection: { strength: hardcodedKey ? 'weak' : spec.strength, api, hardcodedKey }, steps: [...item.steps, node] });
      }
    }
    // What comes out of a sanitizer carries nothing personal, like a constant.
    return kept.length > 0 ? { items: kept } : CONSTANT;
  }
}

/**
 * `row[header.indexOf('電話番号')]`: a column found by its header name (sheets read with getValues(), CSV rows)
 * is named by that header.
 */
function headerKey(key: Node, resolver: Resolver): string | null {
  let k = unwrap(key);
  if (k.type === 'Identifier') {
    const init = resolver.constInit(k);
    if (!init) return null;
    k = unwrap(init);
  }
  if (k.type !== 'CallExpression') return null;
  const arg = k.arguments[0];
  // `const col = (label) => header.indexOf(label); r[col('住所')]`: a local column finder.
  if (k.callee.type === 'Identifier' && arg?.type === 'Literal' && typeof arg.value === 'string') {
    const init = resolver.constInit(k.callee);
    if (init && (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') && init.params.length === 1) {
      const body = init.body.type === 'BlockStatement' ? (init.body.body.length === 1 && init.body.body[0]!.type === 'ReturnStatement' ? init.body.body[0]!.argument : null) : init.body;
      const call = body ? unwrap(body) : null;
      if (call?.type === 'CallExpression' && call.callee.type === 'MemberExpression' && propertyName(call.callee) === 'indexOf') return arg.value;
    }
    return null;
  }
  if (k.callee.type !== 'MemberExpression') return null;
  const method = propertyName(k.callee);
  if ((method === 'indexOf' || method === 'lastIndexOf') && arg?.type === 'Literal' && typeof arg.value === 'string') return arg.value;
  // header.findIndex((h) => h === '電話番号')
  if (method === 'findIndex' && arg && (arg.type === 'ArrowFunctionExpression') && arg.body.type === 'BinaryExpression' && (arg.body.operator === '===' || arg.body.operator === '==')) {
    const side = arg.body.right.type === 'Literal' ? arg.body.right : arg.body.left.type === 'Literal' ? arg.body.left : null;
    if (side && typeof side.value === 'string') return side.value;
  }
  return null;
}

function isStringBuilding(node: Node): boolean {
  const n = unwrap(node);
  return (n.type === 'TemplateLiteral' && n.expressions.length > 0) || (n.type === 'BinaryExpression' && n.operator === '+');
}

/** `members`, `guests`, `people`: a collection or a head count rather than one person. */
function isPluralName(name: string): boolean {
  return /s$|people$/i.test(name);
}

function lastSegment(segments: readonly string[]): string {
  return segments[segments.length - 1] ?? '';
}

function isDomainPart(node: TSESTree.MemberExpression): boolean {
  const obj = unwrap(node.object);
  if (obj.type !== 'CallExpression' || obj.callee.type !== 'MemberExpression' || propertyName(obj.callee) !== 'split') return false;
  const sep = obj.arguments[0];
  const index = node.property;
  return !!sep && sep.type === 'Literal' && sep.value === '@' && index.type === 'Literal' && index.value === 1;
}

/**
 * `AuthenticationMethodType.PASSWORD`, `InputKind.PHONE_NUMBER`: a SCREAMING_CASE member of a PascalCase
 * object named as a set of kinds. `Config.API_KEY` or `SECRETS.DB_PASSWORD` hold values and stay data.
 */
function isEnumMember(receiver: readonly string[], name: string): boolean {
  const owner = receiver[receiver.length - 1];
  if (!owner || !/^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(owner) || !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(name)) return false;
  // `AuthenticationMethodTypeV2`: the last word before a version suffix.
  const words = splitWords(owner.replace(/V?\d+$/, ''));
  return ENUM_OWNER_WORDS.has(words[words.length - 1] ?? '');
}

/** A call of a mutating method (`x.set(k, v)`): in a chain, its result is the builder it was called on. */
function isBuilderStep(node: Node): boolean {
  const n = unwrap(node);
  if (n.type !== 'CallExpression') return false;
  const callee = unwrap(n.callee);
  const name = callee.type === 'MemberExpression' ? propertyName(callee) : null;
  return name !== null && MUTATING_METHODS.has(name);
}

function isBooleanish(name: string): boolean {
  return hasPrefix(name, BOOLEAN_CALL_PREFIXES);
}

/** `name` is `prefix` or starts with it as a word (`createOrder`, `create_order`, not `creative`). */
function hasPrefix(name: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) {
    if (name.startsWith(p) && (name.length === p.length || /[A-Z_0-9]/.test(name[p.length]!))) return true;
  }
  return false;
}

function isStatementLike(n: Node): boolean {
  return n.type.endsWith('Statement') || n.type === 'SwitchCase' || n.type === 'CatchClause' || n.type === 'VariableDeclaration';
}

/** The outermost pattern an identifier is bound in (declarator id, assignment left side, parameter). */
function patternRoot(id: TSESTree.Identifier): Node | null {
  let n: Node = id;
  while (n.parent) {
    const p: Node = n.parent;
    if (p.type === 'VariableDeclarator') return p.id === n ? n : null;
    if (p.type === 'AssignmentExpression') return p.left === n ? n : null;
    if (p.type === 'ForOfStatement' || p.type === 'ForInStatement') return n;
    if (p.type === 'Property' || p.type === 'ObjectPattern' || p.type === 'ArrayPattern' || p.type === 'RestElement' || p.type === 'AssignmentPattern') {
      if (p.type === 'AssignmentPattern' && p.right === n) return null;
      n = p;
      continue;
    }
    if (p.type === 'VariableDeclaration') return n;
    return n;
  }
  return n;
}

function declarationOf(id: TSESTree.Identifier): Node {
  let n: Node = id;
  while (n.parent && n.parent.type !== 'VariableDeclarator' && n.parent.type !== 'AssignmentExpression' && n.parent.type !== 'Program' && !n.parent.type.endsWith('Statement')) n = n.parent;
  return n.parent && (n.parent.type === 'VariableDeclarator' || n.parent.type === 'AssignmentExpression') ? n.parent : id;
}

function isForInKey(id: TSESTree.Identifier): boolean {
  let n: Node | undefined = id.parent;
  while (n && n.type !== 'ForInStatement' && !n.type.endsWith('Statement')) n = n.parent;
  return n?.type === 'ForInStatement';
}

function containsNode(outer: Node, inner: Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}
