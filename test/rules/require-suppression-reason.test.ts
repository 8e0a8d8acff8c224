// Accountable suppressions: an eslint-disable comment that silences a personal-data finding needs a reason,
// an `until` date that is a real day, and once that day has passed the finding is reported again at its own
// place with its own message. "Today" is fixed through PII_GUARD_TODAY so the cases do not age.
process.env.PII_GUARD_TODAY = '2025-06-01';

import * as parser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/src/index.js';
import rule from '../../rules/src/rules/require-suppression-reason.js';

// The plugin is registered (its rules off) so that directives naming pii-guard/* rules refer to known rules;
// the directives are unused here (the sink rules are off), which is not what these cases are about.
const ruleTester = new RuleTester({ plugins: { 'pii-guard': plugin as never }, linterOptions: { reportUnusedDisableDirectives: 'off' } });

const MISSING = (rules: string): string =>
  `A suppression of a personal-data finding needs a reason (${rules}): write why it is acceptable after \`--\`, e.g. \`-- masked by the log pipeline (SEC-12) until 2026-12-31\`. [TO-APR, PMK-J.4.5.5]`;

const EMAIL_LOG =
  'Personal data (e-mail address: user.email) is written to a log by logger.info. Log a reference (ID, count), not the value, or mask it. [TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]';

/** A function logging an e-mail address on line 5, preceded by `comment` on line 4. */
const logging = (comment: string, extra = ''): string => `import pino from 'pino';
const logger = pino();
export function signup(user: { id: string; email: string }) {
  ${comment}
  logger.info({ email: user.email }, 'signup');${extra}
}
`;

ruleTester.run('require-suppression-reason', rule, {
  valid: [
    // a reason
    logging('// eslint-disable-next-line pii-guard/no-pii-in-logs -- the log pipeline masks e-mails (SEC-12)'),
    // a reason, an author and an expiry still ahead
    logging('// eslint-disable-next-line pii-guard/no-pii-in-logs -- masked by the pipeline, by @sato until 2025-12-31'),
    // the `until` day itself still holds
    logging('// eslint-disable-next-line pii-guard/no-pii-in-logs -- migration in progress until 2025-06-01'),
    // Japanese markers
    logging('// eslint-disable-next-line pii-guard/no-pii-in-logs -- 監査ログとして承認済み 承認: 山田 期限: 2025-09-30'),
    // other plugins' directives are not ours to judge
    logging('// eslint-disable-next-line no-console', "\n  console.log('ok');"),
    // a blanket directive that silences nothing personal
    `// eslint-disable-next-line\nconsole.log(order.id);\n`,
    // `// eslint-disable` is not a directive as a line comment (ESLint ignores it)
    logging('// eslint-disable pii-guard/no-pii-in-logs'),
    // no directive at all (the sink rule reports the finding, not this one)
    logging('// log the sign-up'),
    // an expired suppression of nothing: no finding comes back
    `// eslint-disable-next-line pii-guard/no-pii-in-logs -- old workaround until 2024-01-01\nconsole.log(order.id);\n`,
    // with no-hardcoded-pii's default options a test value is no finding, so its expired suppression hides nothing
    `// eslint-disable-next-line pii-guard/no-hardcoded-pii -- fixture until 2025-01-15\nconst owner = 'tanaka@example.com';\n`,
  ],
  invalid: [
    // no reason at all
    {
      code: logging('// eslint-disable-next-line pii-guard/no-pii-in-logs'),
      errors: [{ messageId: 'missingReason', line: 4, column: 3, endLine: 4, endColumn: 55, data: { rules: 'pii-guard/no-pii-in-logs' } }],
    },
    // markers only: an author and a date are not a reason
    {
      code: logging('// eslint-disable-next-line pii-guard/no-pii-in-logs -- @alice until 2025-12-31'),
      errors: [{ messageId: 'missingReason', line: 4, column: 3, data: { rules: 'pii-guard/no-pii-in-logs' } }],
    },
    // the editor's placeholder, left unfilled, is no reason
    {
      code: logging('// eslint-disable-next-line pii-guard/no-pii-in-logs -- TODO: reason'),
      errors: [{ messageId: 'missingReason', line: 4, column: 3, data: { rules: 'pii-guard/no-pii-in-logs' } }],
    },
    // named rules without a reason are reported even where the engine sees nothing (other rule options may)
    {
      code: `/* eslint-disable pii-guard/no-unprotected-pii-export, pii-guard/no-pii-in-logs */\nconsole.log(order.id);\n`,
      errors: [{ messageId: 'missingReason', line: 1, column: 1, endLine: 1, endColumn: 83, data: { rules: 'pii-guard/no-unprotected-pii-export, pii-guard/no-pii-in-logs' } }],
    },
    // eslint-disable-line on the finding's own line
    {
      code: `import pino from 'pino';\nconst logger = pino();\nexport const f = (user: { email: string }) => logger.info(user.email); // eslint-disable-line pii-guard/no-pii-in-logs\n`,
      errors: [{ messageId: 'missingReason', line: 3, column: 72, data: { rules: 'pii-guard/no-pii-in-logs' } }],
    },
    // the `until` day has passed: the finding is back at its own place, with its own message
    {
      code: logging('// eslint-disable-next-line pii-guard/no-pii-in-logs -- masked downstream until 2025-05-31'),
      errors: [{ messageId: 'expired', line: 5, column: 3, endLine: 5, endColumn: 14, data: { until: '2025-05-31', message: EMAIL_LOG } }],
    },
    // an expiry that is not a calendar day
    {
      code: logging('// eslint-disable-next-line pii-guard/no-pii-in-logs -- masked downstream until 2026-02-30'),
      errors: [{ messageId: 'invalidUntil', line: 4, column: 3, data: { date: '2026-02-30' } }],
    },
    // an expiry that is not a calendar day, and nothing else said
    {
      code: logging('// eslint-disable-next-line pii-guard/no-pii-in-logs -- until 2026-13-01'),
      errors: [
        { messageId: 'invalidUntil', line: 4, column: 3, data: { date: '2026-13-01' } },
        { messageId: 'missingReason', line: 4, column: 3, data: { rules: 'pii-guard/no-pii-in-logs' } },
      ],
    },
    // a block: findings inside it come back after expiry, those after eslint-enable were never silenced
    {
      code: `import pino from 'pino';
const logger = pino();
export function signup(user: { email: string; phone: string }) {
  /* eslint-disable pii-guard/no-pii-in-logs -- bulk migration logging, ticket OPS-7 until 2025-03-31 */
  logger.info(user.email);
  logger.warn(user.phone);
  /* eslint-enable pii-guard/no-pii-in-logs */
  logger.error(user.email);
}
`,
      errors: [
        { messageId: 'expired', line: 5, column: 3, data: { until: '2025-03-31', message: EMAIL_LOG } },
        { messageId: 'expired', line: 6, column: 3 },
      ],
    },
    // hard-coded values come back too
    {
      code: `// eslint-disable-next-line pii-guard/no-hardcoded-pii -- demo account until 2025-01-15\nconst owner = 'tanaka.hiroshi@gmail.com';\n`,
      errors: [{ messageId: 'expired', line: 2, column: 16, endLine: 2, endColumn: 40 }],
    },
    // configured like no-hardcoded-pii in the strict preset (test values reported), an obviously fake value
    // that was suppressed comes back too
    {
      code: `// eslint-disable-next-line pii-guard/no-hardcoded-pii -- fixture until 2025-01-15\nconst owner = 'tanaka@example.com';\n`,
      options: [{ minConfidence: 'low', allowTestValues: false }],
      errors: [{ messageId: 'expired', line: 2, column: 16, endLine: 2, endColumn: 34 }],
    },
    // Japanese
    {
      code: logging('// eslint-disable-next-line pii-guard/no-pii-in-logs'),
      settings: { piiGuard: { locale: 'ja' } },
      errors: [{ messageId: 'missingReasonJa', line: 4, column: 3, data: { rules: 'pii-guard/no-pii-in-logs' } }],
    },
  ],
});

describe('require-suppression-reason with blanket directives', () => {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    { files: ['**/*.ts'], languageOptions: { parser: parser as Linter.Parser } },
    { files: ['**/*.ts'], ...(plugin.configs.recommended as Linter.Config) },
    { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  ];

  it('reports a blanket directive without a reason only when it silences a personal-data finding', () => {
    const messages = linter.verify(logging('// eslint-disable-next-line'), config, 'src/a.ts');
    expect(messages).toEqual([
      expect.objectContaining({ ruleId: 'pii-guard/require-suppression-reason', messageId: 'missingReason', line: 4, column: 3, message: MISSING('pii-guard/no-pii-in-logs') }),
    ]);
    expect(linter.verify('// eslint-disable-next-line\nconsole.log(order.id);\n', config, 'src/b.ts')).toEqual([]);
  });

  it('is itself silenced by a blanket block directive: the report is among the suppressed messages', () => {
    const code = logging('/* eslint-disable */');
    expect(linter.verify(code, config, 'src/a.ts')).toEqual([]);
    // Linter#getSuppressedMessages exists since ESLint 8.8 but is missing from its type declarations.
    const suppressed = (linter as unknown as { getSuppressedMessages(): Linter.SuppressedLintMessage[] })
      .getSuppressedMessages()
      .map((m) => [m.ruleId, m.messageId, m.line, m.column]);
    expect(suppressed).toEqual([
      ['pii-guard/require-suppression-reason', 'missingReason', 4, 3],
      ['pii-guard/no-pii-in-logs', 'unprotected', 5, 3],
    ]);
  });

  it('ignores comments that are not directives and eslint-disable-line blocks spanning lines', () => {
    const code = logging('/* see eslint-disable docs */');
    expect(linter.verify(code, config, 'src/a.ts').map((m) => m.ruleId)).toEqual(['pii-guard/no-pii-in-logs']);
    // ESLint rejects the directive (it does not suppress), so there is no suppression to account for.
    const spanning = logging('// sign-up', " /* eslint-disable-line\n  pii-guard/no-pii-in-logs */");
    expect(linter.verify(spanning, config, 'src/a.ts').map((m) => [m.ruleId, m.line])).toEqual([
      ['pii-guard/no-pii-in-logs', 5],
      [null, 5],
    ]);
  });
});
