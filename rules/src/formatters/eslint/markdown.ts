/**
 * ESLint formatter: the Markdown reviewer report.
 * `eslint -f ./node_modules/eslint-plugin-pii-guard/dist/formatters/eslint/markdown.js -o report.md .`
 */
import type { ESLint } from 'eslint';
import { formatEslintResults } from './run-formatter.js';

export default function markdownFormatter(results: ESLint.LintResult[], context?: ESLint.LintResultData): Promise<string> {
  return formatEslintResults('markdown', results, context);
}
