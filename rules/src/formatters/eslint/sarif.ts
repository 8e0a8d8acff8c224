/**
 * ESLint formatter: SARIF 2.1.0 (for GitHub code scanning and SARIF viewers).
 * `eslint -f ./node_modules/eslint-plugin-pii-guard/dist/formatters/eslint/sarif.js -o report.sarif .`
 */
import type { ESLint } from 'eslint';
import { formatEslintResults } from './run-formatter.js';

export default function sarifFormatter(results: ESLint.LintResult[], context?: ESLint.LintResultData): Promise<string> {
  return formatEslintResults('sarif', results, context);
}
