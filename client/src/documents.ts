/**
 * Which documents the extension hands to the language server. The manifest's activation events list the
 * same languages (test/packaging/manifest.test.ts keeps them in step).
 */

export const LANGUAGES = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'] as const;

/** Google Apps Script files (clasp): JavaScript, but VS Code gives `.gs` no language of its own. */
export const APPS_SCRIPT_PATTERN = '**/*.gs';

/** The project's PII Guard configuration, watched so the server re-reads it. */
export const CONFIG_FILE_PATTERN = '**/pii-guard.config.json';

/** Files and unsaved buffers in those languages, and Apps Script files (vscode DocumentFilter shapes). */
export const DOCUMENT_SELECTOR = [
  ...LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  { scheme: 'file', pattern: APPS_SCRIPT_PATTERN },
];
