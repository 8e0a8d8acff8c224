/**
 * `eslint-plugin-pii-guard/report`: scan a folder the way the CLI does and read the report model, for
 * the language server's workspace scan and other tools.
 */
export { lint, builtInConfig, LINTED_FILES, APPS_SCRIPT_FILES, DEFAULT_IGNORES } from '../cli/lint.js';
export type { LintOptions } from '../cli/lint.js';
export { reportFromEslintResults } from './from-eslint.js';
export { messageModels, SUPPRESSION_RULE_ID, suppressionReportFor, type MessageModel } from './message-models.js';
export type { FromEslintOptions } from './from-eslint.js';
export type { BaselineSummary, FileReport, LintRun, ReportedFinding, Suppression } from './model.js';
export { activeFindings } from './model.js';
export { FINGERPRINT_KEY, fingerprintFindings } from './fingerprint.js';
export {
  BASELINE_VERSION,
  BaselineError,
  DEFAULT_BASELINE_FILE,
  applyBaseline,
  createBaseline,
  parseBaseline,
  readBaseline,
  serializeBaseline,
  writeBaseline,
} from './baseline.js';
export type { Baseline, BaselineEntry } from './baseline.js';
export { currentDay, isExpired, parseSuppressionReason, today } from './suppression-reason.js';
export { formatReport, REPORT_FORMATS, type ReportFormat, type ReportFormatOptions } from '../formatters/index.js';
export { formatJson } from '../formatters/json.js';
