/**
 * One analysis per file, shared by every rule: sinks are matched against the catalog as ESLint visits
 * them, and the data reaching each sink is computed on demand by the flow analysis (memoised per node).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { ArgRole, ArgSpec, SinkSpec } from '../catalog/types.js';
import type { ResolvedConfig } from '../config/resolve.js';
import type { ApprovedFlow } from '../config/types.js';
import { renderMessage } from '../findings/describe.js';
import type { DataItem, Finding, FindingReason, FlowStep, RuleName, Severity, SinkInfo, SourceRange } from '../findings/model.js';
import { leakTriggerFor, requirementsFor, sortRequirementIds } from '../requirements/index.js';
import { splitWords } from '../vocabulary/tokenize.js';
import { CONFIDENCE_RANK, type Confidence, type Tier } from '../vocabulary/types.js';
import { chainSegments, isFunction, keyName, lastName, propertyName, shorten, unwrap, type Node } from './ast.js';
import { conditionsHold } from './catalog-index.js';
import { annotationOf } from './declared-types.js';
import { AUTH_ENDPOINT, classifyUrl, hostMatches, type Destination } from './destinations.js';
import { Flow } from './flow.js';
import { hardcodedFindings, type HardcodedOptions } from './hardcoded.js';
import { Resolver, type Resolved } from './resolve.js';
import { Scopes, type SourceCodeLike } from './scopes.js';
import { REFERENCE_KINDS, STRONG_ALONE } from './references.js';
import { CLEAR_PASSWORD_TERM, ID_RECIPIENT, NEVER_IN_CLEAR_TO_SELF, SENDER_SELF, STAFF_RECIPIENT_JA, STAFF_RECIPIENT_WORDS } from './self-delivery.js';
import type { Item, Taint } from './taint.js';

export interface SinkHit {
  spec: SinkSpec;
  resolvedBy: 'import' | 'global' | 'receiver-name' | 'name';
  /** The call, construction or assignment. */
  node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression;
  /** What the finding is reported on: the callee, or the assignment target. */
  reportNode: Node;
  resolved: Resolved | null;
}

const HIGH_TIERS: ReadonlySet<Tier> = new Set(['national-id', 'special-care', 'financial', 'credential', 'biometric']);
const WEAK_TIERS: ReadonlySet<Tier> = new Set(['quasi-identifier', 'online-identifier']);
const RULE_OF_KIND: Record<SinkSpec['kind'], RuleName> = {
  log: 'no-pii-in-logs',
  export: 'no-unprotected-pii-export',
  send: 'no-unprotected-pii-transmission',
};
const DESTINATION_FAMILIES = new Set(['http', 'realtime', 'beacon']);
const TLS_OFF_KEYS = new Set(['rejectUnauthorized', 'strictSSL', 'verifySsl', 'verifySSL']);
const JAPANESE_CONTEXT = /マイナンバー|個人番号|kojin_?ban|mainanb|[\u3040-\u30ff\u4e00-\u9fff]{2}/i;
const TLS_DISABLED_GLOBALLY = /NODE_TLS_REJECT_UNAUTHORIZED['"]?\s*\]?\s*=\s*['"]?0/;

const cache = new WeakMap<SourceCodeLike, Map<string, FileAnalysis>>();

/**
 * In-process callers (the `pii-guard` command) can ask for the analyses of files that reported findings,
 * so that the full finding model is read without linting those files a second time.
 */
let reported: Map<string, FileAnalysis> | null = null;

export function collectReportedAnalyses(on: boolean): void {
  reported = on ? new Map() : null;
}

export function noteReported(filename: string, analysis: FileAnalysis): void {
  reported?.set(filename, analysis);
}

export function reportedAnalysis(filename: string): FileAnalysis | undefined {
  return reported?.get(filename);
}

/** Every analysis made of a file (one per distinct configuration; usually one). */
export function analysesOf(sourceCode: SourceCodeLike): FileAnalysis[] {
  return [...(cache.get(sourceCode)?.values() ?? [])];
}

/** The analysis of a file for a configuration, created once and shared by all rules (and the server). */
export function getFileAnalysis(sourceCode: SourceCodeLike, config: ResolvedConfig, filename = ''): FileAnalysis {
  let byConfig = cache.get(sourceCode);
  if (!byConfig) {
    byConfig = new Map();
    cache.set(sourceCode, byConfig);
  }
  let analysis = byConfig.get(config.key);
  if (!analysis) {
    analysis = new FileAnalysis(sourceCode, config, filename);
    byConfig.set(config.key, analysis);
  }
  return analysis;
}

export class FileAnalysis {
  readonly scopes: Scopes;
  readonly resolver: Resolver;
  readonly flow: Flow;
  private readonly sinkMemo = new WeakMap<Node, SinkHit | null>();
  private readonly findingMemo = new WeakMap<Node, Finding[]>();
  /** Every finding computed so far, in the order ESLint visited the sinks. */
  private readonly computed: Finding[] = [];
  /** Hard-coded values per option set (no-hardcoded-pii and require-suppression-reason may ask alike). */
  private readonly hardcoded = new Map<string, Finding[]>();
  private readonly japaneseContext: boolean;
  private readonly tlsDisabledGlobally: boolean;

  constructor(
    readonly sourceCode: SourceCodeLike,
    readonly config: ResolvedConfig,
    readonly filename = '',
  ) {
    this.scopes = new Scopes(sourceCode);
    this.resolver = new Resolver(this.scopes, filename);
    this.japaneseContext = JAPANESE_CONTEXT.test(sourceCode.text);
    this.tlsDisabledGlobally = TLS_DISABLED_GLOBALLY.test(sourceCode.text);
    this.flow = new Flow({
      scopes: this.scopes,
      resolver: this.resolver,
      vocabulary: config.vocabulary,
      sanitizers: config.sanitizers,
      japaneseContext: this.japaneseContext,
      sourceText: (n) => sourceCode.getText(n),
      serialiserInput: (call) => {
        const hit = this.sinkAt(call);
        if (!hit?.spec.intermediate) return null;
        const arg = call.arguments[0];
        return arg && arg.type !== 'SpreadElement' ? arg : null;
      },
      // A sink's result carries nothing further (it was reported there); a serialiser's carries the data on.
      isSinkNode: (n) => {
        if (n.type !== 'CallExpression' && n.type !== 'NewExpression') return false;
        const hit = this.sinkAt(n);
        return hit !== null && !hit.spec.intermediate;
      },
    });
  }

  // ---- sinks -------------------------------------------------------------------------------------------

  sinkAt(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): SinkHit | null {
    const hit = this.sinkMemo.get(node);
    if (hit !== undefined) return hit;
    const found = this.findSink(node);
    this.sinkMemo.set(node, found);
    return found;
  }

  private findSink(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): SinkHit | null {
    const assign = node.type === 'AssignmentExpression';
    const construct = node.type === 'NewExpression';
    const target = assign ? node.left : node.callee;
    if (assign && target.type !== 'MemberExpression') return null;
    const literal = (i: number): string | null => {
      if (assign) return null;
      const a = node.arguments[i];
      return a && a.type !== 'SpreadElement' ? this.resolver.constantString(a) : null;
    };
    const objectArg = (i: number): boolean => {
      if (assign) return false;
      const a = node.arguments[i];
      return !!a && a.type !== 'SpreadElement' && (unwrap(a).type === 'ObjectExpression' || this.resolver.constantObject(a) !== null);
    };
    const resolved = this.resolver.resolve(target);
    if (resolved) {
      for (const m of this.config.sinks.match(resolved)) {
        const spec = m.spec;
        if (!!spec.assign !== assign || (!assign && !!spec.construct !== construct)) continue;
        if (!conditionsHold(spec.when, literal, objectArg)) continue;
        return { spec, resolvedBy: m.resolvedBy, node, reportNode: target, resolved };
      }
    }
    if (!assign && this.config.sinks.hasNameEntries) {
      const name = lastName(target);
      if (name) {
        for (const spec of this.config.sinks.matchName(name)) {
          if (!!spec.construct !== construct || spec.assign) continue;
          if (!conditionsHold(spec.when, literal, objectArg)) continue;
          return { spec, resolvedBy: 'name', node, reportNode: target, resolved };
        }
      }
    }
    return null;
  }

  // ---- findings ----------------------------------------------------------------------------------------

  /** Findings at a call, construction or assignment (empty when it is not a sink or nothing personal reaches it). */
  findingsAt(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): Finding[] {
    const memo = this.findingMemo.get(node);
    if (memo) return memo;
    const hit = this.sinkAt(node);
    const out = hit && !(hit.spec.intermediate && node.type !== 'AssignmentExpression' && this.goesOnward(node)) ? this.analyzeSink(hit) : [];
    this.findingMemo.set(node, out);
    this.computed.push(...out);
    return out;
  }

  /** The findings the rules asked for while linting (sinks) plus hard-coded values, if that rule ran. */
  allFindings(): Finding[] {
    return [...this.computed, ...[...this.hardcoded.values()].flat()].sort((a, b) => a.offsets[0] - b.offsets[0]);
  }

  /** Hard-coded personal data values in literals and comments (computed once per file and option set). */
  hardcodedFindings(options: HardcodedOptions): Finding[] {
    const key = `${options.checkComments}\u0000${options.allowTestValues}`;
    let found = this.hardcoded.get(key);
    if (!found) {
      found = hardcodedFindings(this, options);
      this.hardcoded.set(key, found);
    }
    return found;
  }

  private analyzeSink(hit: SinkHit): Finding[] {
    const { spec } = hit;
    if (spec.targetedByElementTest && pickedByIdentity(hit.node)) return [];
    const collected = this.collect(hit);
    let items = collected.items;
    if (items.length === 0) return [];

    // Where a send goes decides whether it is a take-out at all.
    let destination: Destination | undefined;
    let insecure =
      collected.tlsOff ||
      (spec.kind === 'send' && this.tlsDisabledGlobally && DESTINATION_FAMILIES.has(spec.family)) ||
      // TLS verification turned off where the client was made: https.request({...}), axios.create({ httpsAgent }).
      (DESTINATION_FAMILIES.has(spec.family) && (hit.resolved?.calls ?? []).some((c) => c.arguments.some((a) => a.type !== 'SpreadElement' && hasTlsOff(unwrap(a), this.resolver))));
    if (spec.thirdParty) {
      destination = { firstParty: false, thirdParty: true, insecure: false, known: true };
    } else if (DESTINATION_FAMILIES.has(spec.family)) {
      destination = collected.destination;
      // A relative path on a client made with a base URL (`axios.create({ baseURL })`) goes to that base.
      if (!destination || (destination.firstParty && !destination.host)) {
        const chain = this.destinationFromChain(hit);
        if (!destination || chain.known || chain.thirdParty) destination = chain;
      }
      if (destination.insecure) insecure = true;
    }
    const inUrl = items.some((i) => i.inUrl);
    const body = items.filter((i) => !i.inUrl);
    const thirdParty = !!spec.vendor || !!destination?.thirdParty;
    const vendor = spec.vendor ?? destination?.vendor;

    if (DESTINATION_FAMILIES.has(spec.family) && !insecure) {
      if (destination?.firstParty) {
        // A form posted to the app's own back end is the purpose; data in its URL is still a take-out.
        items = items.filter((i) => i.inUrl);
      } else if (destination && !destination.thirdParty && !destination.known) {
        // Unknown destination: a first-party call as often as not. Report the URL part; the body only in strict.
        items = [...items.filter((i) => i.inUrl), ...body.map((i) => lower(i))];
      }
    }
    if (collected.recipients.length > 0) items = this.excludeSelfDelivery(items, collected.recipients);
    // A session or auth token in a cookie is what cookies are for; a password or personal data is not.
    if (spec.family === 'cookies') items = items.filter((i) => i.kind !== 'credential' || CLEAR_PASSWORD_TERM.test(i.term));
    if (spec.kind === 'log') items = this.excludeRedacted(items, hit);
    items = this.applyPolicy(items, hit, destination);
    if (items.some((i) => !REFERENCE_KINDS.has(i.kind))) items = items.filter((i) => !REFERENCE_KINDS.has(i.kind));
    else items = items.map(lower);
    if (items.length === 0) return [];

    const data = items.map((i) => this.dataItem(i));
    const tiers = [...new Set(data.map((d) => d.tier))];
    const kinds = [...new Set(data.map((d) => d.kind))];
    const wholeRecord = data.every((d) => d.wholeRecord);
    const weak = data.some((d) => d.weakProtection);
    const isError = spec.family === 'errors';
    let reason: FindingReason;
    if (insecure && spec.kind === 'send') reason = 'insecure-transport';
    else if (inUrl && items.some((i) => i.inUrl) && spec.kind === 'send') reason = 'in-url';
    else if (weak) reason = 'weak-protection';
    else if (wholeRecord) reason = 'whole-record';
    else if (isError) reason = 'error-message';
    else reason = 'unprotected';

    const confidence = this.findingConfidence(items, hit);
    const foreign = !!vendor?.country && vendor.country !== 'JP';
    const requirements = sortRequirementIds([
      ...requirementsFor({
        sinkKind: spec.kind,
        family: spec.family,
        tiers,
        kinds,
        wholeRecord: data.some((d) => d.wholeRecord),
        insecureTransport: insecure,
        thirdParty,
        foreign,
        inUrl: items.some((i) => i.inUrl),
        weakProtection: weak,
        hardcodedKey: items.some((i) => i.protection?.hardcodedKey),
        shippedToSaas: spec.kind === 'log' && !!spec.vendor,
      }),
      ...kinds.flatMap((k) => this.config.vocabulary.kind(k)?.requirements ?? []),
    ]);
    const leakTrigger = leakTriggerFor({ tiers, kinds });
    const sink: SinkInfo = {
      kind: spec.kind,
      family: spec.family,
      api: shorten(this.sourceCode.getText(hit.reportNode), 40),
      id: spec.id,
      destination:
        vendor || destination
          ? { host: destination?.host, vendor, firstParty: destination?.firstParty, insecure: insecure || undefined }
          : insecure
            ? { insecure: true }
            : undefined,
    };
    const partial: Omit<Finding, 'message'> = {
      rule: RULE_OF_KIND[spec.kind],
      reason,
      sink,
      data,
      requirements: [...new Set([...requirements, ...leakTrigger.ids])],
      leakTrigger,
      confidence,
      severity: severityOf(tiers, reason),
      range: this.rangeOf(hit.reportNode),
      offsets: [hit.reportNode.range[0], hit.reportNode.range[1]],
      flow: this.flowSteps(items[0]!, hit),
    };
    return [{ ...partial, message: renderMessage(partial, (id) => this.config.vocabulary.kind(id)) }];
  }

  /** Whether a serialiser's result is seen reaching another sink or a sanitizer (directly, via a variable or a callback). */
  private goesOnward(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    if (this.reachesSinkOrSanitizer(call, 0)) return true;
    for (const arg of call.arguments) {
      const fn = unwrap(arg);
      if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') continue;
      // stringify(rows, opts, (err, output) => fs.writeFile(file, output))
      for (const param of fn.params.slice(1)) {
        if (param.type !== 'Identifier') continue;
        const v = this.scopes.declaredVariables(fn).find((x) => x.name === param.name);
        if (v?.references.some((r) => this.reachesSinkOrSanitizer(r.identifier as Node, 1))) return true;
      }
    }
    return false;
  }

  private reachesSinkOrSanitizer(start: Node, depth: number): boolean {
    if (depth > 4) return false;
    let n: Node = start;
    while (n.parent) {
      const p: Node = n.parent;
      switch (p.type) {
        case 'CallExpression':
        case 'NewExpression':
          if (p.callee === n) return false;
          if (this.sinkAt(p) || this.flow.sanitizerFor(p, p.type === 'NewExpression')) return true;
          n = p;
          continue;
        case 'VariableDeclarator':
        case 'AssignmentExpression': {
          const id = p.type === 'VariableDeclarator' ? (p.init === n ? p.id : null) : p.right === n ? p.left : null;
          if (!id || id.type !== 'Identifier') return false;
          const v = this.scopes.variableOf(id);
          return !!v?.references.some((r) => !r.isWrite() && this.reachesSinkOrSanitizer(r.identifier as Node, depth + 1));
        }
        case 'AwaitExpression':
        case 'TemplateLiteral':
        case 'BinaryExpression':
        case 'ArrayExpression':
        case 'ObjectExpression':
        case 'Property':
        case 'SpreadElement':
        case 'TSAsExpression':
        case 'TSNonNullExpression':
        case 'ConditionalExpression':
        case 'LogicalExpression':
        case 'ChainExpression':
          n = p;
          continue;
        default:
          return false;
      }
    }
    return false;
  }

  private findingConfidence(items: readonly Item[], hit: SinkHit): Confidence {
    let best: Confidence = 'low';
    const strong = items.some((i) => {
      const tier = this.config.vocabulary.kind(i.kind)?.tier;
      return tier !== undefined && !WEAK_TIERS.has(tier);
    });
    for (const i of items) {
      const tier = this.config.vocabulary.kind(i.kind)?.tier;
      // Quasi and online identifiers alone (age, IP, device ID) are weak evidence of a take-out.
      const c = tier && WEAK_TIERS.has(tier) && !strong && !STRONG_ALONE.has(i.kind) ? 'low' : i.confidence;
      if (CONFIDENCE_RANK[c] > CONFIDENCE_RANK[best]) best = c;
    }
    if ((hit.resolvedBy === 'receiver-name' || hit.resolvedBy === 'name') && best === 'high') best = 'medium';
    return best;
  }

  /** Minimum confidence check shared by rules and other front ends. */
  reportable(f: Finding): boolean {
    return CONFIDENCE_RANK[f.confidence] >= CONFIDENCE_RANK[this.config.minConfidence];
  }

  // ---- arguments ---------------------------------------------------------------------------------------

  private collect(hit: SinkHit): { items: Item[]; recipients: Recipient[]; destination?: Destination; tlsOff: boolean } {
    const items: Item[] = [];
    const recipients: Recipient[] = [];
    let destination: Destination | undefined;
    let urlPrefix: string | null = null;
    let tlsOff = false;
    let storageKey: string | null = null;
    const unnamed: Node[] = [];
    const add = (t: Taint, inUrl: boolean): void => {
      for (const i of t.items) items.push(inUrl ? { ...i, inUrl: true } : i);
    };
    const urlSeen = (node: Node): void => {
      if (destination) return;
      // `const url = process.env.SLACK_WEBHOOK_URL`: the name it was read from says where it points.
      let head = unwrap(node);
      while (head.type === 'BinaryExpression' && head.operator === '+') head = unwrap(head.left);
      const bound = head.type === 'Identifier' ? this.resolver.constInit(head) : null;
      const hint = shorten(this.sourceCode.getText(bound ?? head), 80);
      urlPrefix = this.resolver.stringPrefix(node);
      destination = classifyUrl(urlPrefix, this.config.firstPartyHosts, hint);
    };
    const visit = (node: Node, role: ArgRole, properties?: Record<string, ArgRole>, callbackReturn?: boolean): void => {
      if (callbackReturn) {
        const fn = unwrap(node);
        if (fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression') add(this.flow.evaluateReturns(fn), false);
        return;
      }
      switch (role) {
        case 'data': {
          const t = this.flow.evaluate(node);
          if (t.items.length === 0 && !t.constant) unnamed.push(node);
          if (!properties) return add(t, false);
          // Object data: the properties listed with another role take it (a message's addressee); the rest is data.
          const roles = Object.fromEntries(Object.entries(properties).filter(([, r]) => r !== 'data'));
          this.visitProperties(node, roles, visit);
          const taken = new Set(Object.keys(roles).flatMap((key) => (t.fields?.get(key)?.items ?? []).map((i) => i.origin)));
          return add({ items: t.items.filter((i) => !taken.has(i.origin)) }, false);
        }
        case 'key':
          storageKey = this.resolver.constantString(node);
          return;
        case 'url': {
          // `https.request({ hostname, path })`: an options object in place of the URL.
          const options = this.resolver.constantObject(node);
          if (options) {
            const host = propertyAtPath(options, ['hostname'], this.resolver) ?? propertyAtPath(options, ['host'], this.resolver);
            const protocol = propertyAtPath(options, ['protocol'], this.resolver);
            const hostText = host ? this.resolver.constantString(host) : null;
            const scheme = protocol ? this.resolver.constantString(protocol) : null;
            if (hostText) destination ??= classifyUrl(`${scheme ?? 'https:'}//${hostText}`, this.config.firstPartyHosts);
            const path = propertyAtPath(options, ['path'], this.resolver);
            if (path) add(this.flow.evaluate(path), true);
            if (hasTlsOff(options, this.resolver)) tlsOff = true;
            return;
          }
          urlSeen(node);
          add(this.flow.evaluate(node), true);
          return;
        }
        case 'query':
          add(this.flow.evaluate(node), true);
          return;
        case 'options':
          if (hasTlsOff(unwrap(node), this.resolver)) tlsOff = true;
          if (properties) this.visitProperties(node, properties, visit);
          return;
        case 'recipient':
          recipients.push({ node, taint: this.flow.evaluate(node) });
          return;
        case 'destination':
        case 'none':
          return;
      }
    };

    const node = hit.node;
    if (node.type === 'AssignmentExpression') {
      visit(node.right, 'data');
      return { items, recipients, destination, tlsOff };
    }
    const named = (): void => {
      // `setItem('remembered-email', value)`: the key says what an unnamed value is.
      if (storageKey === null || unnamed.length === 0) return;
      const m = this.config.vocabulary.classifyName(storageKey, { role: 'key', japaneseContext: this.japaneseContext });
      if (!m) return;
      for (const origin of unnamed) {
        items.push({ kind: m.kind, term: m.term, script: m.script, confidence: m.confidence, origin, steps: [], label: `${storageKey}` });
      }
    };
    const args = node.arguments;
    const specs: readonly ArgSpec[] = hit.spec.args ?? [{ index: 'rest', from: 0, role: 'data' }];
    for (const a of specs) {
      const indexes = a.index === 'rest' ? range(a.from ?? 0, args.length) : [a.index];
      for (const i of indexes) {
        const arg = args[i];
        if (!arg) continue;
        visit(arg.type === 'SpreadElement' ? arg.argument : arg, a.role, a.properties, a.callbackReturn);
      }
    }
    named();
    if (!destination && hit.spec.urlFrom) destination = this.urlFromSibling(hit, hit.spec.urlFrom);
    // Credentials posted to an authentication endpoint are what it is for.
    if (urlPrefix !== null && AUTH_ENDPOINT.test(urlPrefix) && items.every((i) => !i.inUrl && this.config.vocabulary.kind(i.kind)?.tier === 'credential')) items.length = 0;
    return { items, recipients, destination, tlsOff };
  }

  /** Visit the properties of an options object literal (or a const bound to one) by their roles. */
  private visitProperties(
    node: Node,
    properties: Record<string, ArgRole>,
    visit: (node: Node, role: ArgRole, properties?: Record<string, ArgRole>) => void,
  ): void {
    const obj = this.resolver.constantObject(node);
    if (!obj) {
      // Not a literal: use what the flow analysis knows of its fields.
      const t = this.flow.evaluate(node);
      for (const [path, role] of Object.entries(properties)) {
        if (path.includes('.')) continue;
        const f = t.fields?.get(path);
        if (f && (role === 'data' || role === 'query' || role === 'url')) visit(node, role === 'data' ? 'data' : role);
      }
      return;
    }
    for (const [path, role] of Object.entries(properties)) {
      const value = propertyAtPath(obj, path.split('.'), this.resolver);
      if (value) visit(value, role);
    }
    for (const prop of obj.properties) {
      if (prop.type === 'SpreadElement') {
        const inner = this.resolver.constantObject(prop.argument);
        if (inner) this.visitProperties(inner, properties, visit);
      }
    }
  }

  /** `xhr.open('POST', url)` then `xhr.send(body)`: the URL set by another call on the same variable. */
  private urlFromSibling(hit: SinkHit, from: { method: string; index: number }): Destination | undefined {
    const callee = hit.node.type === 'AssignmentExpression' ? null : unwrap(hit.node.callee);
    if (callee?.type !== 'MemberExpression' || callee.object.type !== 'Identifier') return undefined;
    const variable = this.scopes.variableOf(callee.object);
    for (const ref of variable?.references ?? []) {
      const member = ref.identifier.parent;
      const call = member?.parent;
      if (member?.type !== 'MemberExpression' || call?.type !== 'CallExpression' || call.callee !== member) continue;
      if (propertyName(member) !== from.method) continue;
      const url = call.arguments[from.index];
      if (url && url.type !== 'SpreadElement') return classifyUrl(this.resolver.stringPrefix(url), this.config.firstPartyHosts, shorten(this.sourceCode.getText(url), 80));
    }
    return undefined;
  }

  /** The destination of a chained or factory-made client (`axios.create({ baseURL })`, `new WebSocket(url)`). */
  private destinationFromChain(hit: SinkHit): Destination {
    for (const call of hit.resolved?.calls ?? []) {
      const first = call.arguments[0];
      if (!first || first.type === 'SpreadElement') continue;
      const obj = this.resolver.constantObject(first);
      if (obj) {
        for (const key of ['baseURL', 'baseUrl', 'prefixUrl', 'url']) {
          const v = propertyAtPath(obj, [key], this.resolver);
          if (v) return classifyUrl(this.resolver.stringPrefix(v), this.config.firstPartyHosts, shorten(this.sourceCode.getText(v), 80));
        }
        // http.request({ host, port }): the module says the scheme.
        const host = propertyAtPath(obj, ['hostname'], this.resolver) ?? propertyAtPath(obj, ['host'], this.resolver);
        const hostText = host ? this.resolver.constantString(host) : null;
        if (hostText) {
          const protocol = propertyAtPath(obj, ['protocol'], this.resolver);
          const root = hit.resolved?.root;
          const scheme = (protocol && this.resolver.constantString(protocol)) || (root?.type === 'module' && root.module === 'http' ? 'http:' : 'https:');
          return classifyUrl(`${scheme}//${hostText}`, this.config.firstPartyHosts);
        }
        continue;
      }
      const prefix = this.resolver.stringPrefix(first);
      if (prefix !== null && /^([a-z][a-z0-9+.-]*:)?\/\//i.test(prefix)) return classifyUrl(prefix, this.config.firstPartyHosts);
      if (prefix !== null && prefix.startsWith('/')) return classifyUrl(prefix, this.config.firstPartyHosts);
    }
    return { firstParty: false, thirdParty: false, insecure: false, known: false };
  }

  // ---- judgement ---------------------------------------------------------------------------------------

  /** A mail to the person themself: their own data is the purpose, except kinds never fine in clear. */
  private excludeSelfDelivery(items: Item[], recipients: readonly Recipient[]): Item[] {
    // A fixed address among the recipients (an ops mailbox, a staff group, a bcc to the front desk): the
    // message also goes to someone other than the person.
    if (recipients.some((r) => this.isConfigValue(r.node))) return items;
    const neverFine = (i: Item): boolean => NEVER_IN_CLEAR_TO_SELF.has(i.kind) || (i.kind === 'credential' && CLEAR_PASSWORD_TERM.test(i.term));
    // A reply to whoever wrote (`replyToken`, `event.source.userId`): the sender themself.
    if (recipients.every((r) => SENDER_SELF.test(this.sourceCode.getText(r.node)))) return items.filter(neverFine);
    const recipientItems = recipients.flatMap((r) => r.taint.items);
    const personal =
      recipientItems.some((i) => i.kind === 'email' || i.kind === 'phone' || i.kind === 'loginId' || i.kind === 'customerId' || i.wholeRecord) ||
      recipients.some((r) => ID_RECIPIENT.test(this.sourceCode.getText(r.node)));
    if (!personal) return items;
    const roots = new Set([...recipientItems.map((i) => rootOf(i)), ...recipients.map((r) => chainSegments(r.node)[0] ?? null)]);
    const bareRecipient = recipientItems.some((i) => i.origin.type === 'Identifier' && !i.label);
    const toStaff = recipients.some((r) => this.namesStaff(r.node));
    return items.filter((i) => {
      if (NEVER_IN_CLEAR_TO_SELF.has(i.kind)) return true;
      if (i.kind === 'credential' && CLEAR_PASSWORD_TERM.test(i.term)) return true;
      // The recipient's own record (`to: user.email` with `user.name`), or plain values handed in with a plain
      // address (`sendWelcome(email, name)`), is what the mail is for; another record's data is not.
      const root = rootOf(i);
      if (root !== null && roots.has(root)) return false;
      // To an employee (the on-call nurse, the signed-in kintone user): anyone else's data is a third party's.
      if (toStaff) return true;
      const bare = i.origin.type === 'Identifier' && !i.label;
      if (bare && bareRecipient) return false;
      // `to: customer.email` with `order.shippingAddress`: the customer's own order, unless the data belongs
      // to another person: a record named as one, or declared as one (`p: Patient` with `to: nurse.keitai`).
      const vocab = this.config.vocabulary;
      const recipientIsPerson = [...roots].some((r) => r !== null && (vocab.isPersonRecordName(r) || vocab.isPersonHolder(r)));
      const otherPerson = root !== null && (vocab.isPersonRecordName(root) || vocab.isPersonHolder(root) || this.declaredAsPerson(i.origin));
      return !(recipientIsPerson && !otherPerson);
    });
  }

  /** A recipient expression that names a member of staff (see STAFF_RECIPIENT_WORDS). */
  private namesStaff(node: Node): boolean {
    const text = this.sourceCode.getText(node);
    if (STAFF_RECIPIENT_JA.test(text)) return true;
    return text.split(/[^\p{L}\p{N}_$]+/u).some((part) => splitWords(part).some((w, k, words) => STAFF_RECIPIENT_WORDS.has(w) || STAFF_RECIPIENT_WORDS.has(w + (words[k + 1] ?? ''))));
  }

  /** The root of `p.shimei` is annotated with a person type (`p: Patient`, `staff: StaffMember[]`). */
  private declaredAsPerson(origin: Node): boolean {
    let n: Node = unwrap(origin);
    while (n.type === 'MemberExpression') n = unwrap(n.object as Node);
    if (n.type !== 'Identifier') return false;
    const def = this.scopes.variableOf(n)?.defs[0];
    const type = def?.name.type === 'Identifier' ? annotationOf(def.name) : undefined;
    const named = type?.type === 'TSArrayType' ? type.elementType : type;
    if (named?.type !== 'TSTypeReference' || named.typeName.type !== 'Identifier') return false;
    return this.config.vocabulary.isPersonHolder(named.typeName.name);
  }

  /**
   * A logger configured to redact fields (pino `redact`, signale `secrets`) or built with a masking format
   * (winston `format: combine(maskPii(), ...)`) protects what it writes.
   */
  private excludeRedacted(items: Item[], hit: SinkHit): Item[] {
    const factory = hit.resolved?.calls[0];
    const options = factory?.arguments[0];
    if (!factory || !options || options.type === 'SpreadElement') return items;
    const obj = this.resolver.constantObject(options);
    if (!obj) return items;
    if (this.containsMaskingCall(obj)) return [];
    const option = hit.spec.redactOption;
    if (!option) return items;
    let value = propertyAtPath(obj, option.split('.'), this.resolver);
    if (value && unwrap(value).type === 'ObjectExpression') value = propertyAtPath(unwrap(value) as TSESTree.ObjectExpression, ['paths'], this.resolver);
    const list = value ? unwrap(value) : null;
    if (!list || list.type !== 'ArrayExpression') return items;
    const keys = new Set<string>();
    const parents = new Set<string>();
    const secretOrigins = new Set<Node>();
    const secretTexts = new Set<string>();
    for (const el of list.elements) {
      const path = el && el.type !== 'SpreadElement' ? this.resolver.constantString(el) : null;
      if (!path) {
        // signale `secrets: [customer.email, apiToken]`: these values are censored wherever they appear.
        if (el && el.type !== 'SpreadElement') {
          for (const i of this.flow.evaluate(el).items) secretOrigins.add(i.origin);
          secretTexts.add(this.sourceCode.getText(el));
        }
        continue;
      }
      const segments = path.replace(/\[["']?([^"'\]]+)["']?\]/g, '.$1').split('.');
      keys.add(segments[segments.length - 1]!);
      if (segments.length > 1) parents.add(segments[0]!);
    }
    return items.filter((i) => {
      if (secretOrigins.has(i.origin) || secretTexts.has(i.label ?? this.sourceCode.getText(i.origin))) return false;
      const name = i.label?.split('.').pop() ?? chainSegments(i.origin).pop() ?? (i.origin.type === 'Property' ? keyName(i.origin) : null);
      if (!name) return true;
      // `redact: ['user.email', 'user.phone']` censors the personal fields of a logged `user` record.
      if (i.wholeRecord) {
        const record = i.label?.split('.')[0] ?? chainSegments(i.origin).pop() ?? i.term;
        return !parents.has(record) && !parents.has(i.term);
      }
      return !(keys.has(name) || keys.has('*'));
    });
  }

  private containsMaskingCall(node: Node, depth = 0): boolean {
    if (depth > 4) return false;
    const n = unwrap(node);
    if (n.type === 'CallExpression') {
      const name = lastName(n.callee);
      if (name && this.config.sanitizers.matchName(name).some((s) => s.strength !== 'weak')) return true;
      return n.arguments.some((a) => a.type !== 'SpreadElement' && this.containsMaskingCall(a, depth + 1)) || this.containsMaskingCall(n.callee, depth + 1);
    }
    if (n.type === 'ObjectExpression') return n.properties.some((p) => p.type === 'Property' && this.containsMaskingCall(p.value as Node, depth + 1));
    if (n.type === 'Identifier') {
      const init = this.resolver.constInit(n);
      return !!init && this.containsMaskingCall(init, depth + 1);
    }
    return false;
  }

  /** A literal, an environment variable or a constant bound to one: configuration, not a person. */
  private isConfigValue(node: Node): boolean {
    const n = unwrap(node);
    if (this.resolver.constantString(n) !== null) return true;
    if (n.type === 'ArrayExpression') return n.elements.length > 0 && n.elements.every((e) => !!e && e.type !== 'SpreadElement' && this.isConfigValue(e));
    const text = this.sourceCode.getText(n);
    if (/^(process\.env|import\.meta\.env)\b/.test(text)) return true;
    if (n.type === 'Identifier') {
      const init = this.resolver.constInit(n);
      return !!init && this.isConfigValue(init);
    }
    // STUDIO.adminEmail, CONFIG.opsMailbox: a property of a constant object
    if (n.type === 'MemberExpression' && this.resolver.constantObject(n.object)) return true;
    return false;
  }

  /** Drop items whose take-out the organisation approved (TO-APR). */
  private applyPolicy(items: Item[], hit: SinkHit, destination: Destination | undefined): Item[] {
    const flows = this.config.approved;
    if (flows.length === 0) return items;
    const { spec } = hit;
    const sinkKeys = new Set([spec.kind, spec.family, spec.id, spec.api]);
    const dest = [destination?.host, spec.vendor?.name, destination?.vendor?.name].filter((d): d is string => !!d);
    const approves = (flow: ApprovedFlow, item: Item): boolean =>
      (!flow.kinds || flow.kinds.includes(item.kind)) &&
      (!flow.sinks || flow.sinks.some((s) => sinkKeys.has(s))) &&
      (!flow.destinations || flow.destinations.some((d) => dest.some((x) => hostMatches(d, x))));
    return items.filter((i) => !flows.some((f) => approves(f, i)));
  }

  // ---- output ------------------------------------------------------------------------------------------

  dataItem(i: Item): DataItem {
    const kind = this.config.vocabulary.kind(i.kind);
    return {
      kind: i.kind,
      tier: kind?.tier ?? 'direct-identifier',
      term: i.term,
      script: i.script,
      path: i.label ?? (i.origin.type === 'Identifier' ? i.origin.name : shorten(this.sourceCode.getText(i.origin), 60)),
      origin: this.rangeOf(i.origin),
      confidence: i.confidence,
      wholeRecord: i.wholeRecord || undefined,
      weakProtection: i.protection ? i.protection.api : undefined,
    };
  }

  private flowSteps(item: Item, hit: SinkHit): FlowStep[] {
    const nodes: Node[] = [item.origin, ...item.steps, hit.reportNode];
    const out: FlowStep[] = [];
    for (const n of nodes) {
      if (out.length > 0 && out[out.length - 1]!.range.start.line === n.loc.start.line && out[out.length - 1]!.range.start.column === n.loc.start.column) continue;
      out.push({ range: this.rangeOf(n), text: shorten(this.sourceCode.getText(n), 60) });
    }
    return out;
  }

  rangeOf(n: { loc: TSESTree.SourceLocation }): SourceRange {
    return {
      start: { line: n.loc.start.line, column: n.loc.start.column },
      end: { line: n.loc.end.line, column: n.loc.end.column },
    };
  }
}

interface Recipient {
  node: Node;
  taint: Taint;
}


function lower(i: Item): Item {
  return { ...i, confidence: 'low' };
}

function severityOf(tiers: readonly Tier[], reason: FindingReason): Severity {
  if (tiers.some((t) => HIGH_TIERS.has(t))) return 'error';
  if (reason === 'insecure-transport') return 'error';
  if (tiers.every((t) => WEAK_TIERS.has(t))) return 'info';
  return 'warning';
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** Properties that say who an element is (`c.userId`, `client.user`, `ws.sessionId`), unlike `c.readyState`. */
const IDENTITY_PROPERTY = /(^|[a-z_])(id|uid|ids)$|^(user|owner|account|member|customer|session)$/i;

/**
 * `if (c.userId === order.userId) c.send(x)`: the element the call is made on is picked by an identity test
 * in an enclosing `if`, `&&` or conditional, so the send goes to that one connection, not to everyone.
 */
function pickedByIdentity(call: Node): boolean {
  const callee = call.type === 'CallExpression' ? unwrap(call.callee) : null;
  const receiver = callee?.type === 'MemberExpression' ? unwrap(callee.object) : null;
  if (receiver?.type !== 'Identifier') return false;
  const tests = (test: Node): boolean => {
    let found = false;
    const stack: Node[] = [test];
    while (stack.length > 0 && !found) {
      const n = unwrap(stack.pop()!);
      if (n.type === 'LogicalExpression') stack.push(n.left as Node, n.right as Node);
      else if (n.type === 'BinaryExpression' && (n.operator === '===' || n.operator === '==')) {
        found = [n.left, n.right].some((side) => {
          const s = unwrap(side as Node);
          const obj = s.type === 'MemberExpression' ? unwrap(s.object as Node) : null;
          return obj?.type === 'Identifier' && obj.name === receiver.name && IDENTITY_PROPERTY.test(propertyName(s as TSESTree.MemberExpression) ?? '');
        });
      }
    }
    return found;
  };
  for (let n: Node | undefined = call.parent as Node | undefined; n && !isFunction(n); n = n.parent as Node | undefined) {
    if ((n.type === 'IfStatement' || n.type === 'ConditionalExpression') && tests(n.test as Node)) return true;
    if (n.type === 'LogicalExpression' && n.operator === '&&' && tests(n.left as Node)) return true;
  }
  return false;
}

function rootOf(item: Item): string | null {
  return item.label?.split('.')[0] ?? chainSegments(item.origin)[0] ?? null;
}


function propertyAtPath(obj: TSESTree.ObjectExpression, path: readonly string[], resolver: Resolver): Node | null {
  let current: TSESTree.ObjectExpression | null = obj;
  for (let i = 0; i < path.length && current; i++) {
    const prop: TSESTree.Property | undefined = current.properties.find(
      (p): p is TSESTree.Property => p.type === 'Property' && (p.computed ? resolver.constantString(p.key) : keyName(p)) === path[i],
    );
    if (!prop) return null;
    if (i === path.length - 1) return prop.value as Node;
    current = resolver.constantObject(prop.value as Node);
  }
  return null;
}

/** `rejectUnauthorized: false` anywhere in an options literal (also inside `new https.Agent({...})`). */
function hasTlsOff(node: Node, resolver: Resolver, depth = 0): boolean {
  if (depth > 3) return false;
  const obj = node.type === 'ObjectExpression' ? node : resolver.constantObject(node);
  if (obj) {
    for (const p of obj.properties) {
      if (p.type !== 'Property') continue;
      const key = keyName(p);
      const value = unwrap(p.value as Node);
      if (key && TLS_OFF_KEYS.has(key) && value.type === 'Literal' && value.value === false) return true;
      if (hasTlsOff(value, resolver, depth + 1)) return true;
    }
    return false;
  }
  if (node.type === 'NewExpression') {
    const a = node.arguments[0];
    return !!a && a.type !== 'SpreadElement' && hasTlsOff(unwrap(a), resolver, depth + 1);
  }
  if (node.type === 'Identifier') {
    const init = resolver.constInit(node);
    return !!init && hasTlsOff(unwrap(init), resolver, depth + 1);
  }
  return false;
}
