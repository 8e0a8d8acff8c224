/**
 * pii-guard/require-suppression-reason: an `eslint-disable` comment that silences a personal-data finding
 * must say why (`-- <reason> [by @who] [until YYYY-MM-DD]`), and once its `until` day has passed the
 * finding is reported again, with its own message.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { getFileAnalysis, noteReported, type FileAnalysis } from '../analysis/engine.js';
import { hardcodedRuleOptionsSchema } from '../config/schema.js';
import { configFromEslint } from '../config/resolve.js';
import type { PiiGuardSettings } from '../config/types.js';
import { render } from '../findings/messages.js';
import type { DataItem, Finding, Locale, RuleName, SinkInfo } from '../findings/model.js';
import { disableDirectives, mayHaveDirectives } from '../report/suppression-directives.js';
import { currentDay, isExpired, parseSuppressionReason } from '../report/suppression-reason.js';
import { createRule } from './create-rule.js';

/** Requirements a suppression answers to: an exception to the take-out rules is approved and recorded. */
export const SUPPRESSION_REQUIREMENTS = ['TO-APR', 'PMK-J.4.5.5'];

const TEMPLATES = {
  missingReason: {
    en: 'A suppression of a personal-data finding needs a reason ({{rules}}): write why it is acceptable after `--`, e.g. `-- masked by the log pipeline (SEC-12) until 2026-12-31`. [TO-APR, PMK-J.4.5.5]',
    ja: '個人情報の検出を抑止するには理由が必要です({{rules}})。`--` の後に許容できる理由を書いてください(例: `-- ログ基盤でマスキング済み(SEC-12) 期限 2026-12-31`)。[TO-APR, PMK-J.4.5.5]',
  },
  invalidUntil: {
    en: 'The suppression\'s expiry "{{date}}" is not a calendar day; write it as YYYY-MM-DD (e.g. `until 2026-12-31`). [TO-APR, PMK-J.4.5.5]',
    ja: '抑止の期限「{{date}}」は存在しない日付です。YYYY-MM-DD で書いてください(例: `期限 2026-12-31`)。[TO-APR, PMK-J.4.5.5]',
  },
  expired: {
    en: 'The suppression of this finding expired on {{until}}: {{message}}',
    ja: 'この検出の抑止は期限({{until}})を過ぎています: {{message}}',
  },
} as const;

export type SuppressionMessageId = keyof typeof TEMPLATES;
type MessageIds = SuppressionMessageId | `${SuppressionMessageId}Ja`;

/** What the rule reported at one place, with the finding model behind it (for the CLI and the reports). */
export interface SuppressionReport {
  messageId: SuppressionMessageId;
  /** 1-based line and column of the report, as ESLint gives them. */
  line: number;
  column: number;
  /** expired: the suppressed finding itself (its message prefixed with the expiry); otherwise a model of the unaccountable suppression. */
  finding: Finding;
}

const reports = new WeakMap<FileAnalysis, SuppressionReport[]>();

/** The rule's reports in the file this analysis belongs to (empty when it did not run there). */
export function suppressionReportsOf(analysis: FileAnalysis): readonly SuppressionReport[] {
  return reports.get(analysis) ?? [];
}

const SINK_RULES: readonly RuleName[] = ['no-pii-in-logs', 'no-unprotected-pii-export', 'no-unprotected-pii-transmission'];
const RULES: readonly RuleName[] = [...SINK_RULES, 'no-hardcoded-pii'];

const PLACEHOLDER_SINK: Record<RuleName, Pick<SinkInfo, 'kind' | 'family'>> = {
  'no-pii-in-logs': { kind: 'log', family: 'loggers' },
  'no-unprotected-pii-export': { kind: 'export', family: 'files' },
  'no-unprotected-pii-transmission': { kind: 'send', family: 'http' },
  'no-hardcoded-pii': { kind: 'export', family: 'files' },
};

const isPiiRule = (id: string): boolean => id.startsWith('pii-guard/');
const at = (f: Finding): { line: number; column: number } => ({ line: f.range.start.line, column: f.range.start.column + 1 });

/** The model of a suppression that is not accountable: where the comment is, what it hides, whom it answers to. */
function suppressionModel(comment: TSESTree.Comment, named: readonly string[], covered: readonly Finding[], message: Finding['message']): Finding {
  const first = covered[0];
  const namedRule = RULES.find((r) => named.includes(`pii-guard/${r}`));
  const rule = first?.rule ?? namedRule ?? 'no-pii-in-logs';
  const data: DataItem[] = [];
  for (const d of covered.flatMap((f) => f.data)) {
    if (!data.some((x) => x.kind === d.kind && x.path === d.path)) data.push(d);
  }
  return {
    rule,
    reason: first?.reason ?? 'unprotected',
    sink: first?.sink ?? { ...PLACEHOLDER_SINK[rule], api: 'eslint-disable', id: 'eslint-disable' },
    data,
    requirements: [...SUPPRESSION_REQUIREMENTS],
    leakTrigger: { ids: [], reportableFromOne: false },
    confidence: 'high',
    severity: 'warning',
    range: {
      start: { line: comment.loc.start.line, column: comment.loc.start.column },
      end: { line: comment.loc.end.line, column: comment.loc.end.column },
    },
    offsets: [comment.range[0], comment.range[1]],
    flow: [],
    message,
  };
}

/**
 * The engine settings the sink rules use, plus no-hardcoded-pii's own two options: a directive is judged
 * against what those rules would report, so configure them alike (the strict preset does).
 */
export interface SuppressionRuleOptions extends PiiGuardSettings {
  checkComments?: boolean;
  allowTestValues?: boolean;
}

export default createRule<[SuppressionRuleOptions?], MessageIds>({
  name: 'require-suppression-reason',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a reason on eslint-disable comments that suppress personal-data findings, and report them again once their `until` date has passed',
      recommended: true,
      requirements: SUPPRESSION_REQUIREMENTS,
    },
    schema: hardcodedRuleOptionsSchema,
    messages: {
      missingReason: TEMPLATES.missingReason.en,
      missingReasonJa: TEMPLATES.missingReason.ja,
      invalidUntil: TEMPLATES.invalidUntil.en,
      invalidUntilJa: TEMPLATES.invalidUntil.ja,
      expired: TEMPLATES.expired.en,
      expiredJa: TEMPLATES.expired.ja,
    },
  },
  defaultOptions: [{}],
  create(context, options) {
    const { sourceCode } = context;
    if (!mayHaveDirectives(sourceCode.text)) return {};
    const directives = disableDirectives(sourceCode.getAllComments()).filter((d) => d.rules.length === 0 || d.rules.some(isPiiRule));
    if (directives.length === 0) return {};
    const { checkComments = true, allowTestValues = true, ...settings } = options[0] ?? {};
    const config = configFromEslint(context.settings, Object.keys(settings).length > 0 ? settings : undefined);
    const analysis = getFileAnalysis(sourceCode, config, context.filename);
    const locale: Locale = config.locale;
    const findings: Finding[] = [];
    // Only findings of rules some directive can silence are looked for (a directive covers only the rules it lists).
    const silenceable = (rule: RuleName): boolean => directives.some((d) => d.rules.length === 0 || d.rules.includes(`pii-guard/${rule}`));
    // The sink rules ask the same analysis for the same nodes: the findings are computed once (memoised).
    const check = (node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): void => {
      findings.push(...analysis.findingsAt(node));
    };
    const sinks = SINK_RULES.some(silenceable) ? { CallExpression: check, NewExpression: check, AssignmentExpression: check } : {};
    return {
      ...sinks,
      'Program:exit'() {
        // The values no-hardcoded-pii reports with the same options (memoised per option set, shared with it).
        if (silenceable('no-hardcoded-pii')) findings.push(...analysis.hardcodedFindings({ checkComments, allowTestValues }));
        const reportable = findings.filter((f) => analysis.reportable(f));
        const out: SuppressionReport[] = [];
        const day = currentDay();
        const revived = new Set<Finding>();
        /** `data` per language: an expired finding's own message differs between them. */
        const emit = (
          messageId: SuppressionMessageId,
          loc: TSESTree.SourceLocation,
          data: Record<Locale, Record<string, string>>,
          finding: (message: Finding['message']) => Finding,
        ): void => {
          const message = { en: render(TEMPLATES[messageId].en, data.en), ja: render(TEMPLATES[messageId].ja, data.ja) };
          out.push({ messageId, line: loc.start.line, column: loc.start.column + 1, finding: finding(message) });
          context.report({ loc, messageId: locale === 'ja' ? `${messageId}Ja` : messageId, data: data[locale] });
        };
        const both = (data: Record<string, string>): Record<Locale, Record<string, string>> => ({ en: data, ja: data });
        for (const d of directives) {
          const covered = reportable.filter((f) => d.covers(`pii-guard/${f.rule}`, at(f)));
          const named = d.rules.filter(isPiiRule);
          if (named.length === 0 && covered.length === 0) continue;
          const parsed = parseSuppressionReason(d.justification);
          const rules = named.length > 0 ? named.join(', ') : [...new Set(covered.map((f) => `pii-guard/${f.rule}`))].join(', ');
          if (parsed.invalidUntil !== undefined) {
            emit('invalidUntil', d.comment.loc, both({ date: parsed.invalidUntil }), (m) => suppressionModel(d.comment, named, covered, m));
          }
          if (parsed.reason === '') {
            emit('missingReason', d.comment.loc, both({ rules }), (m) => suppressionModel(d.comment, named, covered, m));
          }
          if (parsed.until !== undefined && isExpired(parsed.until, day)) {
            for (const f of covered) {
              if (revived.has(f)) continue;
              revived.add(f);
              const until = parsed.until;
              emit('expired', toLoc(f), { en: { until, message: f.message.en }, ja: { until, message: f.message.ja } }, (message) => ({ ...f, message }));
            }
          }
        }
        if (out.length > 0) {
          reports.set(analysis, out);
          noteReported(context.filename, analysis);
        }
      },
    };
  },
});

function toLoc(f: Finding): TSESTree.SourceLocation {
  return { start: { ...f.range.start }, end: { ...f.range.end } };
}
