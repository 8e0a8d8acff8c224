/**
 * `--format json`: the finding model (see rules/docs/finding-model.md), one entry per file, with
 * suppressions (and the model of what each one silences), parse errors and the baseline comparison, so
 * other tools can consume exactly what the rules found.
 */
import type { LintRun, ReportedFinding } from '../report/model.js';

export const JSON_FORMAT_VERSION = 1;

function finding({ eslintSeverity, text, ...rest }: ReportedFinding): Record<string, unknown> {
  return { ...rest, eslintSeverity: eslintSeverity === 2 ? 'error' : 'warning', text };
}

export function formatJson(run: LintRun, meta: { name: string; version: string }): string {
  return JSON.stringify(
    {
      version: JSON_FORMAT_VERSION,
      tool: meta,
      filesLinted: run.filesLinted,
      notChecked: run.notChecked,
      baseline: run.baseline,
      files: run.files.map((f) => ({
        filePath: f.filePath,
        parseError: f.parseError,
        skipped: f.skipped,
        findings: f.findings.map(finding),
        suppressions: f.suppressions.map(({ finding: model, ...s }) => ({ ...s, ...(model ? { finding: finding(model) } : {}) })),
      })),
    },
    null,
    2,
  );
}
