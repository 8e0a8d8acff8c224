/**
 * Bad input through ESLint's Linter with the recommended config: every rule must give a clear result
 * (a parse error, no finding, or the finding at the right place) and never throw.
 */
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/src/index.js';

const config: Linter.Config[] = [
  { files: ['**/*.{js,ts,tsx}'], languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.{js,ts,tsx}'], ...(plugin.configs.recommended as Linter.Config) },
];

function lint(text: string, filename = 'input.ts'): Linter.LintMessage[] {
  return new Linter({ configType: 'flat' }).verify(text, config, filename);
}

describe('bad input', () => {
  it('reports a syntax error as a fatal parse message and nothing else', () => {
    const messages = lint('export const = ;\nconsole.log(user.email);\n');
    expect(messages).toEqual([expect.objectContaining({ fatal: true, line: 1, column: 13, message: 'Parsing error: Variable declaration expected.' })]);
  });

  it('accepts an empty file', () => {
    expect(lint('')).toEqual([]);
  });

  it('reports at the right line and column in a file with a BOM and CRLF line ends', () => {
    const text = '\uFEFFimport pino from "pino";\r\nconst log = pino();\r\n\r\nexport function f(customer: { phone: string }) {\r\n  log.warn(`phone ${customer.phone}`);\r\n}\r\n';
    expect(lint(text).map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn])).toEqual([['pii-guard/no-pii-in-logs', 5, 3, 5, 11]]);
  });

  it('analyses a large generated file and finds the one finding at its end', () => {
    const lines: string[] = [];
    for (let i = 0, size = 0; size < 1024 * 1024; i++) {
      const line = `export const row${i} = { id: ${i}, label: 'row ${i}', tags: ['a${i}', 'b${i}'], next: () => row${i}.id + ${i} };`;
      lines.push(line);
      size += line.length + 1;
    }
    lines.push('console.log(customer.email);');
    const messages = lint(lines.join('\n'), 'generated.js');
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['pii-guard/no-pii-in-logs', lines.length]]);
  }, 120_000);

  it('survives code that is valid but unusual: deep nesting, cycles and self-reference', () => {
    const deep = `${'['.repeat(400)}user.email${']'.repeat(400)}`;
    const text = `
      let a = b; let b = a; a = b;
      const loop = (x) => loop(x);
      function rec(u) { return rec(u.next) + u.email; }
      const self = { me: null }; self.me = self;
      console.log(a, loop(1), self, ${deep});
      console.log(rec(user));
    `;
    const messages = lint(text, 'odd.js');
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['pii-guard/no-pii-in-logs', 6],
      ['pii-guard/no-pii-in-logs', 7],
    ]);
  });
});
