/**
 * `piiGuard/exportReport`: the last workspace scan as a reviewer report, made by the same formatters as
 * `pii-guard --format sarif|markdown|html`; `json` is the CLI's `--format json` document.
 */
import { relative, sep } from 'node:path';
import plugin from 'eslint-plugin-pii-guard';
import type { Locale } from 'eslint-plugin-pii-guard/engine';
import { formatJson, formatReport, type LintRun } from 'eslint-plugin-pii-guard/report';
import type { ExportReportParams, ExportReportResult } from './protocol.js';
import type { FolderRun } from './workspace-scan.js';

export const EXPORT_FORMATS: ReadonlyArray<ExportReportParams['format']> = ['sarif', 'markdown', 'html', 'json'];

const FILE_NAMES: Record<ExportReportParams['format'], string> = {
  sarif: 'pii-guard.sarif',
  markdown: 'pii-guard-report.md',
  html: 'pii-guard-report.html',
  json: 'pii-guard.json',
};

export function tool(): { name: string; version: string } {
  return { name: plugin.meta.name, version: plugin.meta.version };
}

export function exportReport(format: ExportReportParams['format'], runs: readonly FolderRun[], locale: Locale): ExportReportResult {
  const { run, cwd } = combine(runs);
  const t = tool();
  const content = format === 'json' ? formatJson(run, t) : formatReport(format, run, { locale, tool: t, cwd });
  return { content, fileName: FILE_NAMES[format] };
}

/** One run for all folders: paths relative to the folders' common parent when there are several. */
export function combine(runs: readonly FolderRun[]): { run: LintRun; cwd: string } {
  if (runs.length === 1) return { run: runs[0]!.run, cwd: runs[0]!.folder };
  const cwd = commonParent(runs.map((r) => r.folder));
  const run: LintRun = { files: [], filesLinted: 0, notChecked: [] };
  for (const r of runs) {
    const prefix = relative(cwd, r.folder).split(sep).join('/');
    run.files.push(...r.run.files.map((f) => ({ ...f, filePath: prefix ? `${prefix}/${f.filePath}` : f.filePath })));
    run.filesLinted += r.run.filesLinted;
    run.notChecked.push(...r.run.notChecked);
  }
  run.files.sort((a, b) => a.filePath.localeCompare(b.filePath));
  return { run, cwd };
}

function commonParent(paths: readonly string[]): string {
  const split = paths.map((p) => p.split(sep));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}
