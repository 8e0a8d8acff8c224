/**
 * What the ESLint formatter entries share: ESLint's lint results → the report model → one report format.
 * Used as `eslint -f ./node_modules/eslint-plugin-pii-guard/dist/formatters/eslint/<format>.js`.
 */
import type { ESLint } from 'eslint';
import plugin from '../../index.js';
import type { Locale } from '../../findings/model.js';
import { reportFromEslintResults } from '../../report/from-eslint.js';
import type { LintRun } from '../../report/model.js';
import { formatReport, type ReportFormat } from '../index.js';

/**
 * The report's language: PII_GUARD_LOCALE when set, else the language the rules wrote their messages in
 * (the `locale` of the PII Guard settings in the ESLint config), else English.
 */
export function reportLocale(run: LintRun, env: NodeJS.ProcessEnv = process.env): Locale {
  const wanted = env.PII_GUARD_LOCALE?.trim().toLowerCase();
  if (wanted === 'en' || wanted === 'ja') return wanted;
  for (const file of run.files) {
    for (const f of file.findings) {
      if (f.message && f.text === f.message.ja && f.message.ja !== f.message.en) return 'ja';
      if (f.message && f.text === f.message.en) return 'en';
    }
  }
  return 'en';
}

export async function formatEslintResults(
  format: ReportFormat,
  results: ESLint.LintResult[],
  context: Partial<ESLint.LintResultData> | undefined,
): Promise<string> {
  const cwd = context?.cwd ?? process.cwd();
  const run = await reportFromEslintResults(results, { cwd });
  return formatReport(format, run, { locale: reportLocale(run), tool: { name: plugin.meta.name, version: plugin.meta.version }, cwd });
}
