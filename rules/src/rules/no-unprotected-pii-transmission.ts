import { ruleOptionsSchema } from '../config/schema.js';
import type { PiiGuardSettings } from '../config/types.js';
import { eslintMessages } from '../findings/messages.js';
import { createRule } from './create-rule.js';
import { sinkRuleListeners } from './sink-rule.js';

export default createRule<[PiiGuardSettings?], string>({
  name: 'no-unprotected-pii-transmission',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending personal data to third parties, in URLs or over plain-text transport without masking or encryption',
      recommended: true,
      requirements: ['TO-MIN', 'TO-NET', 'APPI-3P', 'APPI-XB', 'CWE-201', 'CWE-319', 'CWE-598'],
    },
    schema: ruleOptionsSchema,
    messages: eslintMessages('no-unprotected-pii-transmission'),
  },
  defaultOptions: [{}],
  create(context, options) {
    return sinkRuleListeners('no-unprotected-pii-transmission', context, options);
  },
});
