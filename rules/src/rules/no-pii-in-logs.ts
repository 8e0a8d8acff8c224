import { ruleOptionsSchema } from '../config/schema.js';
import type { PiiGuardSettings } from '../config/types.js';
import { eslintMessages } from '../findings/messages.js';
import { createRule } from './create-rule.js';
import { sinkRuleListeners } from './sink-rule.js';

export default createRule<[PiiGuardSettings?], string>({
  name: 'no-pii-in-logs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow personal data in logs and error messages unless it is masked or encrypted',
      recommended: true,
      requirements: ['TO-MIN', 'SM-LOG', 'APPI-SEC', 'CWE-532'],
    },
    schema: ruleOptionsSchema,
    messages: eslintMessages('no-pii-in-logs'),
  },
  defaultOptions: [{}],
  create(context, options) {
    return sinkRuleListeners('no-pii-in-logs', context, options);
  },
});
