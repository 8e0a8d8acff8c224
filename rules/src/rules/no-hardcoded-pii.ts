import { hardcodedRuleOptionsSchema } from '../config/schema.js';
import type { PiiGuardSettings } from '../config/types.js';
import { configFromEslint } from '../config/resolve.js';
import { getFileAnalysis } from '../analysis/engine.js';
import { eslintMessages } from '../findings/messages.js';
import { createRule } from './create-rule.js';
import { report } from './sink-rule.js';

export interface HardcodedRuleOptions extends PiiGuardSettings {
  /** Also check comments (default true). */
  checkComments?: boolean;
  /** Accept obviously fake values: example.com addresses, test card numbers, 090-0000-0000 (default true). */
  allowTestValues?: boolean;
}

export default createRule<[HardcodedRuleOptions?], string>({
  name: 'no-hardcoded-pii',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow real-looking personal data (emails, phone numbers, card numbers, My Numbers) written in code, fixtures and comments',
      recommended: true,
      requirements: ['PPC-GL-10-6-4', 'APPI-SEC', 'CWE-312'],
    },
    schema: hardcodedRuleOptionsSchema,
    messages: eslintMessages('no-hardcoded-pii'),
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const { checkComments = true, allowTestValues = true, ...settings } = options ?? {};
    const config = configFromEslint(context.settings, Object.keys(settings).length > 0 ? settings : undefined);
    return {
      'Program:exit'() {
        const analysis = getFileAnalysis(context.sourceCode, config, context.filename);
        for (const f of analysis.hardcodedFindings({ checkComments, allowTestValues })) {
          if (analysis.reportable(f)) report(context, analysis, f);
        }
      },
    };
  },
});
