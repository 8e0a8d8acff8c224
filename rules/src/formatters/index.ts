/**
 * The reviewer reports: SARIF for code scanning, Markdown and HTML for people. One entry point for the
 * `pii-guard` command, the ESLint formatters and the language server's "Export Findings".
 */
import type { Locale } from '../findings/model.js';
import type { LintRun } from '../report/model.js';
import { formatHtml } from './html.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';

export type ReportFormat = 'sarif' | 'markdown' | 'html';

export const REPORT_FORMATS: readonly ReportFormat[] = ['sarif', 'markdown', 'html'];

export interface ReportFormatOptions {
  locale: Locale;
  tool: { name: string; version: string };
  /** Absolute scan root: the run's paths are relative to it (SARIF `%SRCROOT%`, report links). */
  cwd: string;
  /** When the report was made (default: now). */
  generatedAt?: Date;
}

export function formatReport(format: ReportFormat, run: LintRun, options: ReportFormatOptions): string {
  switch (format) {
    case 'sarif':
      return formatSarif(run, options);
    case 'markdown':
      return formatMarkdown(run, options);
    case 'html':
      return formatHtml(run, options);
    default:
      throw new RangeError(`Unknown report format: ${String(format)}`);
  }
}

export { formatHtml, formatMarkdown, formatSarif };
