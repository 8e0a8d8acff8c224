/**
 * `--format json`: the finding model (see rules/docs/finding-model.md), one entry per file, with
 * suppressions and parse errors, so other tools can consume exactly what the rules found.
 */
import type { LintRun } from '../report/model.js';

export const JSON_FORMAT_VERSION = 1;

export function formatJson(run: LintRun, meta: { tool: string; version: string }): string {
  return JSON.stringify(
    {
      version: JSON_FORMAT_VERSION,
      tool: meta,
      filesLinted: run.filesLinted,
      notChecked: run.notChecked,
      files: run.files.map((f) => ({
        filePath: f.filePath,
        parseError: f.parseError,
        skipped: f.skipped,
        findings: f.findings.map(({ eslintSeverity, text, ...finding }) => ({
          ...finding,
          eslintSeverity: eslintSeverity === 2 ? 'error' : 'warning',
          text,
        })),
        suppressions: f.suppressions,
      })),
    },
    null,
    2,
  );
}
