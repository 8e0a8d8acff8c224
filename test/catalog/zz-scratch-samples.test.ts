import { it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../rules/src/index.js';
// @ts-expect-error plain ESM helper
import { parseExpectMarkers } from '../../bench/lib/expect-markers.mjs';

it('samples', () => {
  const files = (readdirSync('samples', { recursive: true }) as string[]).map((f) => join('samples', f)).filter((f) => /\.(ts|tsx|js)$/.test(f));
  const linter = new Linter({ configType: 'flat' });
  const expected: string[] = [];
  const actual: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of parseExpectMarkers(text)) expected.push(`${f}:${m.line} ${m.rule}`);
    const msgs = linter.verify(text, [{ files: ['**/*.ts', '**/*.tsx', '**/*.js'], languageOptions: { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: true } } }, ...(plugin as any).configs.recommended }], { filename: f });
    for (const m of msgs) { if (m.ruleId) actual.push(`${f}:${m.line} ${m.ruleId}`); else console.log('ERR', f, m.message); }
  }
  const missing = expected.filter((e) => !actual.includes(e));
  const extra = actual.filter((a) => !expected.includes(a));
  console.log('expected', expected.length, 'actual', actual.length);
  console.log('MISSING\n' + missing.join('\n'));
  console.log('EXTRA\n' + extra.join('\n'));
});
it('detail', () => {
  const f = 'samples/express-api/src/services/user.service.ts';
  const text = readFileSync(f, 'utf8');
  const linter = new Linter({ configType: 'flat' });
  const msgs = linter.verify(text, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser as never }, ...(plugin as any).configs.recommended }], { filename: f });
  for (const m of msgs) if (m.line === 62 || m.line === 88 || m.line === 110) console.log(m.line, m.message);
});
