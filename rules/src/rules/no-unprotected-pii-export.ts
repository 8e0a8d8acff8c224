import { ruleOptionsSchema } from '../config/schema.js';
import type { PiiGuardSettings } from '../config/types.js';
import { eslintMessages } from '../findings/messages.js';
import { createRule } from './create-rule.js';
import { sinkRuleListeners } from './sink-rule.js';

export default createRule<[PiiGuardSettings?], string>({
  name: 'no-unprotected-pii-export',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow exporting personal data to files, downloads, browser storage, cookies, the clipboard or object storage without encryption',
      recommended: true,
      requirements: ['TO-ENC', 'TO-MIN', 'TO-DEL', 'SM-ENC', 'APPI-R7-ENC', 'CWE-312'],
    },
    schema: ruleOptionsSchema,
    messages: eslintMessages('no-unprotected-pii-export'),
  },
  defaultOptions: [{}],
  create(context, options) {
    return sinkRuleListeners('no-unprotected-pii-export', context, options);
  },
});
