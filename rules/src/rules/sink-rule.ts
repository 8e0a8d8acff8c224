/**
 * The listeners every sink rule shares: ask the file's analysis (computed once for all rules) for the
 * findings at each call, construction and assignment, and report those of this rule.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getFileAnalysis, noteReported } from '../analysis/engine.js';
import { configFromEslint } from '../config/resolve.js';
import type { PiiGuardSettings } from '../config/types.js';
import { messageData } from '../findings/describe.js';
import { messageIdFor } from '../findings/messages.js';
import type { Finding, RuleName } from '../findings/model.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export function report(context: Context, analysis: ReturnType<typeof getFileAnalysis>, f: Finding): void {
  const locale = analysis.config.locale;
  noteReported(context.filename, analysis);
  context.report({
    loc: { start: f.range.start, end: f.range.end },
    messageId: messageIdFor(f.reason, locale),
    data: messageData(f, (id) => analysis.config.vocabulary.kind(id), locale),
  });
}

export function sinkRuleListeners(rule: RuleName, context: Context, options: readonly [PiiGuardSettings?]): TSESLint.RuleListener {
  const config = configFromEslint(context.settings, options[0]);
  const analysis = getFileAnalysis(context.sourceCode, config, context.filename);
  const check = (node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression): void => {
    for (const f of analysis.findingsAt(node)) {
      if (f.rule === rule && analysis.reportable(f)) report(context, analysis, f);
    }
  };
  return { CallExpression: check, NewExpression: check, AssignmentExpression: check };
}
