/**
 * PII Guard's own LSP messages and settings, shared by the language server and the VS Code client.
 * Types and method names only: the client bundles this file without pulling in the server.
 */

/** `workspace/configuration` section and the shape of the `piiGuard.*` settings. */
export const SETTINGS_SECTION = 'piiGuard';

export interface EditorSettings {
  enable: boolean;
  /** `auto` follows the editor's display language (initialize `locale`). */
  locale: 'auto' | 'en' | 'ja';
  minConfidence: 'high' | 'medium' | 'low';
  /** Use the strict configuration (low-confidence findings too). */
  strict: boolean;
  names: {
    /** Extra names → data kind id (`kokyakuCode: customerId`). */
    extra: Record<string, string>;
    /** Names that are never personal data in this project. */
    ignore: string[];
  };
  /** The project's masking helper offered by the "wrap in masking helper" quick fix. */
  maskingHelper: {
    /** Function name, e.g. `maskPII`. */
    name: string;
    /** Module to import it from (empty: no import is added). */
    module: string;
  };
  /** Debounce between an edit and linting, in milliseconds. */
  debounceMs: number;
  /** Files larger than this many MB are not checked (generated or bundled code), as in the CLI; 0: no limit. */
  maxFileSizeMB: number;
  /**
   * Extra paths the workspace scan (and the open-document check) skips, in .gitignore syntax, relative to
   * the workspace folder (`legacy/**`, `*.generated.ts`). `.gitignore` files are always respected by the scan.
   */
  ignores: string[];
}

export const DEFAULT_EDITOR_SETTINGS: EditorSettings = {
  enable: true,
  locale: 'auto',
  minConfidence: 'medium',
  strict: false,
  names: { extra: {}, ignore: [] },
  maskingHelper: { name: 'maskPII', module: '' },
  debounceMs: 200,
  maxFileSizeMB: 2,
  ignores: [],
};

/** `diagnostic.data` of every PII Guard diagnostic. */
export interface DiagnosticData {
  ruleId: string;
  /** Requirement IDs, take-out rules first. */
  requirements: string[];
  kinds: string[];
  fingerprint: string;
}

/** Request `piiGuard/scanWorkspace` (client → server): lint every matching file of the workspace. */
export const SCAN_WORKSPACE = 'piiGuard/scanWorkspace';
export interface ScanWorkspaceParams {
  /** Progress token created by the client (`window/workDoneProgress/create`), optional. */
  workDoneToken?: string | number;
}
export interface WorkspaceFinding {
  uri: string;
  /** Relative to the workspace folder, `/`-separated. */
  path: string;
  /** LSP range (0-based). */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  ruleId: string;
  message: string;
  severity: 'error' | 'warning' | 'info';
  kinds: Array<{ id: string; label: string }>;
  requirements: Array<{ id: string; title: string }>;
  sink: string;
  reportableUnderAppi: boolean;
}
export interface ScanWorkspaceResult {
  filesScanned: number;
  findings: WorkspaceFinding[];
  /** Files that could not be checked (syntax errors, too large, unreadable), with why. */
  problems: Array<{ path: string; message: string }>;
  durationMs: number;
}

/** Request `piiGuard/exportReport` (client → server): the last workspace scan as a reviewer report. */
export const EXPORT_REPORT = 'piiGuard/exportReport';
export interface ExportReportParams {
  format: 'sarif' | 'markdown' | 'html' | 'json';
}
export interface ExportReportResult {
  content: string;
  /** Suggested file name, e.g. `pii-guard.sarif`. */
  fileName: string;
}

/** Notification `piiGuard/status` (server → client): findings in a document, for the status bar. */
export const STATUS = 'piiGuard/status';
export interface StatusParams {
  uri: string;
  findings: number;
  /**
   * How the document was checked: `checked`, `not-parsed` (syntax error), `skipped` (too large, binary,
   * ignored), `disabled` (`piiGuard.enable` is off). Optional: older servers do not send it.
   */
  state?: 'checked' | 'not-parsed' | 'skipped' | 'disabled';
}
