// Personal data written into code, comments and JSX. Cases are written from what the rule must report (brief,
// digest §3 and §6.3); positions are those of the matched value inside the literal or comment, and `data`
// pins the message placeholders where the exact text matters.
import * as parser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/src/rules/no-hardcoded-pii.js';

const ruleTester = new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });

ruleTester.run('no-hardcoded-pii', rule, {
  valid: [
    // ---- test and organisational addresses ----
    // example.com address
    `
      const email = 'taro.yamada@example.com';
    `,
    // example.jp and .test addresses
    `
      const users = ['hanako@example.jp', 'jiro@shop.test'];
    `,
    // role mailbox
    `
      const support = 'support@acme-shoji.co.jp';
      const sales = 'sales-team@acme-shoji.co.jp';
    `,
    // no-reply sender
    `
      const from = 'no-reply@acme-shoji.co.jp';
    `,
    // role mailbox in a comment
    `
      // Questions: info@acme-shoji.co.jp
      export const x = 1;
    `,

    // ---- not e-mail addresses ----
    // git remote and asset names
    `
      const remote = 'git@github.com:acme/app.git';
      const logo = 'logo@2x.png';
    `,
    // Sentry DSN
    `
      Sentry.init({ dsn: 'https://0f1e2d3c4b5a@o123456.ingest.sentry.io/4507' });
    `,
    // credentials in a connection URL are not an address
    `
      const url = 'postgres://app:s3cret@db.internal.acme.co.jp:5432/app';
    `,
    // e-mail pattern in a regular expression
    `
      const EMAIL = /^[\\w.+-]+@[\\w-]+\\.[\\w.]+$/;
    `,
    // placeholder text
    {
      code: `
        export const Field = () => <input type="email" placeholder="you@example.com" />;
      `,
      filename: 'file.tsx',
    },

    // ---- phone numbers ----
    // dummy phone numbers
    `
      const phone = '090-0000-0000';
      const tel = '090-1234-5678';
    `,
    // toll-free number
    `
      const callCenter = '0120-123-456';
    `,

    // ---- card numbers ----
    // Luhn failure
    `
      const card = '4539 1488 0343 6468';
    `,
    // published test card numbers
    `
      const visa = '4111 1111 1111 1111';
      const mc = '5555555555554444';
      const stripe = '4242424242424242';
    `,
    // JAN code with a label
    `
      const product = { janCode: '4901234567894', name: 'お茶 500ml' };
    `,

    // ---- My Numbers and corporate numbers ----
    // bare 12 digits without a label
    `
      const orderNumber = '718263540911';
    `,
    // My Number failing the check digit
    `
      const myNumber = '718263540912';
    `,
    // My Number dummy
    `
      const myNumber = '123456789018';
    `,
    // corporate number
    `
      const company = { 法人番号: '4011001098993', houjinBangou: '7010705000725' };
    `,
    // corporate number in a comment
    `
      // 法人番号: 4011001098993
      export const corporate = true;
    `,

    // ---- options ----
    // comments not checked
    {
      code: `
        // Reported by kimura.taro@gmail.com, 090-5521-8834
        export function fix() {}
      `,
      options: [{ checkComments: false }],
    },
    // test values allowed by default in code
    `
      const fixture = { email: 'user@example.com', card: '4111 1111 1111 1111', phone: '090-0000-0000' };
    `,

    // ---- other strings ----
    // dates, times and versions
    `
      const released = '2024-05-01T09:30:00+09:00';
      const version = '1.12.0';
      const range = '10:00-18:00';
    `,
    // order and invoice numbers
    `
      const orderId = 'ORD-2024-000123';
      const invoice = 'T4011001098993';
    `,
    // numbers in code, not strings
    `
      const limit = 4539148803436467;
      const timeout = 9038712046;
    `,
    // UUID and hashes
    `
      const id = '3f2b8c1e-4d5a-4e6f-9a7b-0c1d2e3f4a5b';
      const sha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    `,
    // postal code alone
    `
      const office = '〒150-0002 東京都渋谷区渋谷2-21-1';
    `,
    // Japanese UI labels
    `
      const labels = { email: 'メールアドレス', phone: '電話番号（例: 090-0000-0000）' };
    `,
  ],
  invalid: [
    // ---- e-mail addresses ----
    // real-looking e-mail address
    {
      code: `
        const owner = 'tanaka.hiroshi@gmail.com';
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 24, endLine: 2, endColumn: 48,
          data: {
            data: 'e-mail address: t***@gmail.com',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
      ],
    },
    // e-mail address in an object literal
    {
      code: `
        export const seedUsers = [{ id: 1, email: 'yamada_hanako@docomo.ne.jp', role: 'admin' }];
      `,
      errors: [
        { messageId: 'hardcoded', line: 2, column: 52, endLine: 2, endColumn: 78 },
      ],
    },
    // two addresses in one string
    {
      code: `
        const cc = 'suzuki.ichiro@outlook.jp, sato.k@icloud.com';
      `,
      errors: [
        { messageId: 'hardcoded', line: 2, column: 21, endLine: 2, endColumn: 45 },
        { messageId: 'hardcoded', line: 2, column: 47, endLine: 2, endColumn: 64 },
      ],
    },
    // mailto link
    {
      code: `
        const link = 'mailto:kobayashi.ken@gmail.com';
      `,
      errors: [
        { messageId: 'hardcoded', line: 2, column: 30, endLine: 2, endColumn: 53 },
      ],
    },

    // ---- phone numbers ----
    // mobile number with hyphens
    {
      code: `
        const customer = { name: 'Tanaka', phone: '090-3871-2046' };
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 52, endLine: 2, endColumn: 65,
          data: {
            data: 'phone number: *********2046',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
      ],
    },
    // mobile number without hyphens
    {
      code: `
        const tel = '08038712046';
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 22, endLine: 2, endColumn: 33,
          data: {
            data: 'phone number: *******2046',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
      ],
    },
    // full-width mobile number
    {
      code: `
        const denwa = '０９０－３８７１－２０４６';
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 24, endLine: 2, endColumn: 37,
          data: {
            data: 'phone number: *********２０４６',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
      ],
    },
    // +81 number
    {
      code: `
        const contactNumber = '+81-90-3871-2046';
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 32, endLine: 2, endColumn: 48,
          data: {
            data: 'phone number: ************2046',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
      ],
    },
    // landline with a label
    {
      code: `
        const homePhone = '03-5412-7789';
      `,
      errors: [
        { messageId: 'hardcoded', line: 2, column: 28, endLine: 2, endColumn: 40 },
      ],
    },
    // landline in Japanese text
    {
      code: `
        const note = '自宅: 06-6345-1290 まで連絡';
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 27, endLine: 2, endColumn: 39,
          data: {
            data: 'phone number: ********1290',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
      ],
    },

    // ---- card numbers (Luhn) ----
    // Visa card number
    {
      code: `
        const card = { number: '4539 1488 0343 6467', exp: '12/27' };
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 33, endLine: 2, endColumn: 52,
          data: {
            data: 'credit card number (PAN): ***************6467',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-2, APPI-R7-ENC, APPI-SEC +9 more]',
            reportable: ' A leak would be reportable from a single person (APPI-R7-2).',
          },
        },
      ],
    },
    // Mastercard without spaces
    {
      code: `
        const pan = '5264189304721856';
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 22, endLine: 2, endColumn: 38,
          data: {
            data: 'credit card number (PAN): ************1856',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-2, APPI-R7-ENC, APPI-SEC +9 more]',
            reportable: ' A leak would be reportable from a single person (APPI-R7-2).',
          },
        },
      ],
    },
    // JCB with hyphens
    {
      code: `
        export const fixture = { cardNumber: '3589-0721-4635-0816' };
      `,
      errors: [
        { messageId: 'hardcoded', line: 2, column: 47, endLine: 2, endColumn: 66 },
      ],
    },

    // ---- My Numbers (check digit next to a label) ----
    // My Number next to a label
    {
      code: `
        const employee = { name: '佐藤', myNumber: '718263540911' };
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 51, endLine: 2, endColumn: 63,
          data: {
            data: 'My Number (individual number): ********0911',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC, APPI-SEC, PPC-GL-10-5-3 +9 more]',
            reportable: ' A leak would be reportable from a single person (MYN-BREACH).',
          },
        },
      ],
    },
    // My Number with spaces under a Japanese key
    {
      code: `
        const row = { 個人番号: '3019 5847 2633' };
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 30, endLine: 2, endColumn: 44,
          data: {
            data: 'My Number (individual number): **********2633',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC, APPI-SEC, PPC-GL-10-5-3 +9 more]',
            reportable: ' A leak would be reportable from a single person (MYN-BREACH).',
          },
        },
      ],
    },
    // My Number with hyphens under a romaji key
    {
      code: `
        const staff = { kojinBangou: '7182-6354-0911' };
      `,
      errors: [
        { messageId: 'hardcoded', line: 2, column: 39, endLine: 2, endColumn: 53 },
      ],
    },
    // My Number stored under a myNumber key
    {
      code: `
        localStorage.setItem('myNumber', '718263540911');
      `,
      errors: [
        { messageId: 'hardcoded', line: 2, column: 43, endLine: 2, endColumn: 55 },
      ],
    },
    // My Number labelled in a comment
    {
      code: `
        // マイナンバー: 718263540911
        export const id = 1;
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 20, endLine: 2, endColumn: 32,
          data: {
            data: 'My Number (individual number): ********0911',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC, APPI-SEC, PPC-GL-10-5-3 +9 more]',
            reportable: ' A leak would be reportable from a single person (MYN-BREACH).',
          },
        },
      ],
    },

    // ---- comments, template literals and JSX ----
    // e-mail in a comment
    {
      code: `
        // Reported by kimura.taro@gmail.com on 2024-05-01
        export function fix() {}
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 24, endLine: 2, endColumn: 45,
          data: {
            data: 'e-mail address: k***@gmail.com',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
      ],
    },
    // phone in a block comment
    {
      code: `
        /* 担当: 山本 (090-5521-8834) */
        export const owner = 'ops';
      `,
      errors: [
        { messageId: 'hardcoded', line: 2, column: 20, endLine: 2, endColumn: 33 },
      ],
    },
    // e-mail in a template literal
    {
      code: `
        const to = \`\${displayName} <nakamura.yui@yahoo.co.jp>\`;
      `,
      errors: [
        { messageId: 'hardcoded', line: 2, column: 37, endLine: 2, endColumn: 61 },
      ],
    },
    // phone in a template literal with an expression
    {
      code: `
        const sms = \`Call \${name} at 080-7712-3390\`;
      `,
      errors: [
        { messageId: 'hardcoded', line: 2, column: 38, endLine: 2, endColumn: 51 },
      ],
    },
    // e-mail in JSX text
    {
      code: `
        export const Contact = () => <p>ito.mei@gmail.com</p>;
      `,
      filename: 'file.tsx',
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 41, endLine: 2, endColumn: 58,
          data: {
            data: 'e-mail address: i***@gmail.com',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
      ],
    },
    // e-mail in a JSX attribute
    {
      code: `
        export const Mail = () => <a href="mailto:ito.mei@gmail.com">Mail</a>;
      `,
      filename: 'file.tsx',
      errors: [
        { messageId: 'hardcoded', line: 2, column: 51, endLine: 2, endColumn: 68 },
      ],
    },
    // phone in JSX text
    {
      code: `
        export const Footer = () => <p>担当 田中 TEL 090-3871-2046</p>;
      `,
      filename: 'file.tsx',
      errors: [
        { messageId: 'hardcoded', line: 2, column: 50, endLine: 2, endColumn: 63 },
      ],
    },
    // value in a test fixture array
    {
      code: `
        export const customers = [
          { name: '渡辺 葵', email: 'watanabe.aoi@gmail.com', phone: '070-2234-9981' },
        ];
      `,
      errors: [
        {
          messageId: 'hardcoded', line: 3, column: 35, endLine: 3, endColumn: 57,
          data: {
            data: 'e-mail address: w***@gmail.com',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
        {
          messageId: 'hardcoded', line: 3, column: 68, endLine: 3, endColumn: 81,
          data: {
            data: 'phone number: *********9981',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
      ],
    },

    // ---- options ----
    // checkComments false still checks literals
    {
      code: `
        // old owner: sato.k@icloud.com
        const owner = 'kimura.taro@gmail.com';
      `,
      options: [{ checkComments: false }],
      errors: [
        { messageId: 'hardcoded', line: 3, column: 24, endLine: 3, endColumn: 45 },
      ],
    },
    // test values with allowTestValues false
    {
      code: `
        const fixture = { email: 'user@example.com', card: '4111 1111 1111 1111' };
      `,
      options: [{ allowTestValues: false, minConfidence: 'low' }],
      errors: [
        {
          messageId: 'hardcoded', line: 2, column: 35, endLine: 2, endColumn: 51,
          data: {
            data: 'e-mail address: u***@example.com',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
        {
          messageId: 'hardcoded', line: 2, column: 61, endLine: 2, endColumn: 80,
          data: {
            data: 'credit card number (PAN): ***************1111',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-2, APPI-R7-ENC, APPI-SEC +9 more]',
            reportable: ' A leak would be reportable from a single person (APPI-R7-2).',
          },
        },
      ],
    },
    // dummy phone with allowTestValues false
    {
      code: `
        const phone = '090-0000-0000';
      `,
      options: [{ allowTestValues: false, minConfidence: 'low' }],
      errors: [
        { messageId: 'hardcoded', line: 2, column: 24, endLine: 2, endColumn: 37 },
      ],
    },
    // minConfidence low reports a role mailbox
    {
      code: `
        const contact = 'info@acme-shoji.co.jp';
      `,
      options: [{ minConfidence: 'low' }],
      errors: [
        { messageId: 'hardcoded', line: 2, column: 26, endLine: 2, endColumn: 47 },
      ],
    },
    // locale ja
    {
      code: `
        const owner = 'tanaka.hiroshi@gmail.com';
      `,
      options: [{ locale: 'ja' }],
      errors: [
        {
          messageId: 'hardcodedJa', line: 2, column: 24, endLine: 2, endColumn: 48,
          data: {
            data: 'メールアドレス: t***@gmail.com',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-3, APPI-R7-4, APPI-R7-ENC ほか7件]',
            reportable: '',
          },
        },
      ],
    },
    // locale ja through settings with a card number
    {
      code: `
        const pan = '4539148803436467';
      `,
      settings: { piiGuard: { locale: 'ja' } },
      errors: [
        {
          messageId: 'hardcodedJa', line: 2, column: 22, endLine: 2, endColumn: 38,
          data: {
            data: 'クレジットカード番号: ************6467',
            requirements: '[TO-ENC, TO-MIN, SM-ENC, APPI-R7-2, APPI-R7-ENC, APPI-SEC ほか9件]',
            reportable: ' 漏えい時は1人分でも報告対象です(APPI-R7-2)。',
          },
        },
      ],
    },
  ],
});

// RuleTester has no way to expect a configuration error, so these run the rule through ESLint's Linter.
function lint(options: unknown, settings: Record<string, unknown> = {}): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    "const owner = 'tanaka.hiroshi@gmail.com';\n",
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser },
        // typescript-eslint's RuleModule and ESLint's Rule.RuleModule describe the same object with different types.
        plugins: { 'pii-guard': { rules: { 'no-hardcoded-pii': rule as unknown as Rule.RuleModule } } },
        rules: { 'pii-guard/no-hardcoded-pii': options === undefined ? 'error' : ['error', options] },
        settings,
      },
    ],
    'file.ts',
  );
}

describe('no-hardcoded-pii configuration', () => {
  it('reports through the Linter with a valid configuration', () => {
    expect(lint({ checkComments: false, locale: 'ja' }).map((m) => m.messageId)).toEqual(['hardcodedJa']);
  });

  it('rejects an unknown option key, naming it', () => {
    expect(() => lint({ foo: 1 })).toThrow(/Unexpected property "foo"/);
  });

  it('rejects a non-boolean checkComments', () => {
    expect(() => lint({ checkComments: 'no' })).toThrow(/Value "no" should be boolean/);
  });

  it('rejects an unknown data kind in names.extra, naming the key and the kind', () => {
    expect(() => lint({ names: { extra: { shaban: 'employeeNumber' } } })).toThrow(
      /Invalid PII Guard configuration in rule options: "names\.extra\.shaban" names an unknown data kind "employeeNumber"/,
    );
  });

  it('rejects an unknown key in shared settings, naming it', () => {
    expect(() => lint(undefined, { piiGuard: { foo: 1 } })).toThrow(
      /Invalid PII Guard configuration in settings\.piiGuard: unknown key "foo"/,
    );
  });
});
