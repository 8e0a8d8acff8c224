import { it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { getFileAnalysis, analysesOf } from '../../rules/src/analysis/engine.js';
import { resolveConfig } from '../../rules/src/config/resolve.js';
// @ts-expect-error plain ESM helper
import { parseExpectMarkers } from '../../bench/lib/expect-markers.mjs';

it('sinks per marker line', () => {
  const files = (readdirSync('samples', { recursive: true }) as string[]).map((f) => join('samples', f)).filter((f) => /\.(ts|tsx|js)$/.test(f));
  const config = resolveConfig({});
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const linter = new Linter({ configType: 'flat' });
    const hits: Record<number, string[]> = {};
    const rule = { create(ctx: any) {
      const a = getFileAnalysis(ctx.sourceCode, config);
      const visit = (n: any) => { const h = a.sinkAt(n); if (h) (hits[n.loc.start.line] ??= []).push(`${h.spec.id}/${h.resolvedBy}:${ctx.sourceCode.getText(h.reportNode).slice(0, 50)}`); };
      return { CallExpression: visit, NewExpression: visit, AssignmentExpression: visit };
    } };
    const plugins: any = { x: { rules: { r: rule } } };
    const cfg: any = { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }, plugins, rules: { 'x/r': 'error' } };
    linter.verify(text, [cfg], { filename: f });
    const markers = parseExpectMarkers(text) as Array<{ line: number; rule: string }>;
    for (const [line, h] of Object.entries(hits)) console.log(`${f}:${line}`, h.join(' | '), markers.some((m) => m.line === +line) ? 'MARKED' : '');
    for (const m of markers) if (!hits[m.line] && !m.rule.includes('hardcoded')) console.log('NO SINK AT MARKER', `${f}:${m.line}`, m.rule);
  }
});
