/**
 * ESLint formatter: the self-contained HTML reviewer report.
 * `eslint -f ./node_modules/eslint-plugin-pii-guard/dist/formatters/eslint/html.js -o report.html .`
 */
import type { ESLint } from 'eslint';
import { formatEslintResults } from './run-formatter.js';

export default function htmlFormatter(results: ESLint.LintResult[], context?: ESLint.LintResultData): Promise<string> {
  return formatEslintResults('html', results, context);
}
