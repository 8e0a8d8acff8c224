/**
 * Personal data written into the code itself: values in string literals, template text and comments,
 * checked by the vocabulary's value checks (Luhn, My Number check digit next to a label, formats).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { renderMessage } from '../findings/describe.js';
import type { Finding } from '../findings/model.js';
import { leakTriggerFor, requirementsFor, sortRequirementIds } from '../requirements/index.js';
import { findValues } from '../vocabulary/values.js';
import type { ValueMatch } from '../vocabulary/types.js';
import { keyName, lastName, shorten, type Node } from './ast.js';
import type { FileAnalysis } from './engine.js';
import { childNodes } from './walk.js';

export interface HardcodedOptions {
  checkComments: boolean;
  allowTestValues: boolean;
}

// `@` alone is in every decorator and JSDoc tag: an address needs a domain after it.
const CANDIDATE = /[^\s@＠][@＠][^\s@＠.．]+[.．]|[0-9０-９][0-9０-９\s\-－ー()（）]{8,}/;

const ATTRIBUTION = /@author|@maintainer|@contributor|copyright|\(c\)|©|licen[cs]e|SPDX-/i;

/** Guidance on test data (PPC Q&A 10-21) is cited with every hard-coded value. */
const TEST_DATA_REQUIREMENT = 'PPC-GL-10-6-4';

export function hardcodedFindings(analysis: FileAnalysis, options: HardcodedOptions): Finding[] {
  const { sourceCode } = analysis;
  // Most files hold no personal-data value at all: one cheap scan of the text for anything shaped like an
  // address or a long number decides whether to look closer (context is judged per literal, not here).
  if (!CANDIDATE.test(sourceCode.text)) return [];
  const out: Finding[] = [];
  const visit = (text: string, start: number, label: string | undefined): void => {
    for (const m of findValues(text, label ? { label } : undefined)) {
      if (m.testValue && options.allowTestValues) continue;
      out.push(build(analysis, m, start + m.index, options.allowTestValues));
    }
  };
  const stack: Node[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'Literal' && typeof node.value === 'string') {
      visit(node.raw.slice(1, -1), node.range[0] + 1, labelOf(node));
      continue;
    }
    if (node.type === 'TemplateLiteral') {
      const label = labelOf(node);
      for (const q of node.quasis) visit(q.value.raw, q.range[0] + 1, label);
    }
    if (node.type === 'JSXText') {
      visit(node.value, node.range[0], undefined);
      continue;
    }
    for (const c of childNodes(node)) stack.push(c);
  }
  if (options.checkComments) {
    for (const c of sourceCode.getAllComments()) {
      // `@author Name <mail>`, copyright and licence headers: public attribution chosen by the author.
      if (ATTRIBUTION.test(c.value)) continue;
      visit(c.value, c.range[0] + 2, undefined);
    }
  }
  return out.sort((a, b) => a.offsets[0] - b.offsets[0]);
}

/** The name a literal is bound to: a property key, a variable, an assignment target or a call's callee. */
function labelOf(node: Node): string | undefined {
  const p = node.parent;
  if (!p) return undefined;
  if (p.type === 'Property' && p.value === node) return keyName(p) ?? undefined;
  if (p.type === 'VariableDeclarator' && p.id.type === 'Identifier') return p.id.name;
  if (p.type === 'AssignmentExpression') return lastName(p.left) ?? undefined;
  if (p.type === 'PropertyDefinition') return keyName(p) ?? undefined;
  if (p.type === 'JSXAttribute' && p.name.type === 'JSXIdentifier') return p.name.name;
  if (p.type === 'CallExpression' || p.type === 'NewExpression') {
    // setItem('myNumber', '123456789018') / row['個人番号'] = ... : the sibling key labels the value.
    const i = p.arguments.indexOf(node as TSESTree.CallExpressionArgument);
    const prev = i > 0 ? p.arguments[i - 1] : undefined;
    if (prev && prev.type === 'Literal' && typeof prev.value === 'string') return prev.value;
  }
  return undefined;
}

function build(analysis: FileAnalysis, m: ValueMatch, offset: number, allowTestValues: boolean): Finding {
  const { sourceCode, config } = analysis;
  const kind = config.vocabulary.kind(m.kind);
  const tier = kind?.tier ?? 'direct-identifier';
  const start = sourceCode.getLocFromIndex(offset);
  const end = sourceCode.getLocFromIndex(offset + m.text.length);
  const range = { start, end };
  const leakTrigger = leakTriggerFor({ tiers: [tier], kinds: [m.kind] });
  const requirements = sortRequirementIds([
    ...new Set([
      ...requirementsFor({
        sinkKind: 'export',
        family: 'files',
        tiers: [tier],
        kinds: [m.kind],
        wholeRecord: false,
        insecureTransport: false,
        thirdParty: false,
        foreign: false,
        inUrl: false,
        weakProtection: false,
        hardcodedKey: false,
        shippedToSaas: false,
      }).filter((id) => id !== 'TO-APR' && id !== 'TO-DEL'),
      TEST_DATA_REQUIREMENT,
      ...(kind?.requirements ?? []),
      ...leakTrigger.ids,
    ]),
  ]);
  const partial: Omit<Finding, 'message'> = {
    rule: 'no-hardcoded-pii',
    reason: 'hardcoded',
    sink: { kind: 'export', family: 'files', api: 'source code', id: 'source-code' },
    data: [
      {
        kind: m.kind,
        tier,
        term: m.check,
        path: shorten(mask(m.text), 40),
        origin: range,
        confidence: m.confidence,
      },
    ],
    requirements,
    leakTrigger,
    // A postal code or birth date alone in code identifies nobody; only with strict it is worth a look.
    // With allowTestValues off, obviously fake values are reported like real ones.
    confidence: (m.testValue && allowTestValues) || tier === 'quasi-identifier' || tier === 'online-identifier' ? 'low' : m.confidence,
    severity: tier === 'direct-identifier' || tier === 'quasi-identifier' ? 'warning' : 'error',
    range,
    offsets: [offset, offset + m.text.length],
    flow: [{ range, text: shorten(mask(m.text), 40) }],
  };
  return { ...partial, message: renderMessage(partial, (id: string) => config.vocabulary.kind(id)) };
}

/** Messages never repeat the value itself in full (they end up in CI logs and reports). */
function mask(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  const at = value.indexOf('@');
  if (at > 0) return `${value[0]}***${value.slice(at)}`;
  return `${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}
