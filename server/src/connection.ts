/**
 * The language server's handlers on one LSP connection: document sync and scheduling, settings, hover,
 * code actions, the workspace scan and report export. Every handler is wrapped: a failure is logged once
 * and answered with an empty result, and the server keeps serving other documents.
 */
import { dirname } from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND, SELECT_RANGE_COMMAND } from './code-actions.js';
import { CONFIG_FILE_NAME, forgetConfigFile } from './config-file.js';
import { toDiagnostics } from './diagnostics.js';
import { DocumentLinter, type LintedMessage, type LintOutcome } from './document-linter.js';
import { SettingsProvider } from './document-settings.js';
import { EXPORT_FORMATS, exportReport, tool } from './export.js';
import { isInside, lintTarget, uriToPath, type LintTarget } from './files.js';
import { hoverAt } from './hover.js';
import { formatBytes, strings } from './l10n.js';
import { Log } from './log.js';
import { PositionMap } from './positions.js';
import {
  EXPORT_REPORT,
  SCAN_WORKSPACE,
  STATUS,
  type EditorSettings,
  type ExportReportParams,
  type ExportReportResult,
  type ScanWorkspaceParams,
  type ScanWorkspaceResult,
  type StatusParams,
} from './protocol.js';
import type { EffectiveSettings } from './settings.js';
import { ScanCancelled, scanWorkspace, type FolderRun } from './workspace-scan.js';

/** What the server knows about an open document after its last lint. */
interface DocumentState {
  version: number;
  target: LintTarget;
  folder: string | null;
  cwd: string;
  settings: EffectiveSettings;
  outcome: LintOutcome;
  map: PositionMap;
  diagnostics: Diagnostic[];
  /**
   * Lints of edited texts for this version (the quick fixes' checks): clients ask for code actions on every
   * cursor move, and the same candidate edits would otherwise be linted again each time.
   */
  relints: Map<string, readonly LintedMessage[] | null>;
}

/** How many edited texts a document state remembers the lint of. */
const RELINT_CACHE_SIZE = 16;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = new Log(connection);
  const linter = new DocumentLinter();
  const states = new Map<string, DocumentState>();
  const timers = new Map<string, NodeJS.Timeout>();
  const generations = new Map<string, number>();
  let folders: string[] = [];
  let capabilities: ClientCapabilities = {};
  let settings: SettingsProvider | null = null;
  let lastScan: { runs: FolderRun[] } | null = null;
  let scanGeneration = 0;
  let shuttingDown = false;

  const provider = (): SettingsProvider => {
    settings ??= new SettingsProvider(connection, log, false, undefined);
    return settings;
  };

  // ---- lifecycle ---------------------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities ?? {};
    folders = initialFolders(params);
    settings = new SettingsProvider(connection, log, !!capabilities.workspace?.configuration, params.locale);
    const init = params.initializationOptions as Record<string, unknown> | null | undefined;
    if (init && typeof init === 'object') settings.invalidate(init.settings ?? init);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        executeCommandProvider: { commands: [SELECT_RANGE_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'pii-guard-language-server', version: tool().version },
    };
  });

  connection.onInitialized(() => {
    const ws = capabilities.workspace;
    if (ws?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'piiGuard' }).catch((e) => log.error('register configuration', e));
    }
    if (ws?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] })
        .catch((e) => log.error('register file watcher', e));
    }
    if (ws?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) =>
        guard('workspace folders', () => {
          const removed = new Set(e.removed.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p));
          folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
          relintAll();
        }),
      );
    }
    log.info(`PII Guard language server ${tool().version} started (${folders.length} workspace folder${folders.length === 1 ? '' : 's'}).`);
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  // ---- documents -----------------------------------------------------------------------------------------

  documents.onDidChangeContent((e) =>
    guard('document change', () => {
      const uri = e.document.uri;
      // The first version is checked at once; edits wait for the debounce (a newer edit restarts it).
      const delay = states.has(uri) || timers.has(uri) ? (provider().lastKnown(uri)?.debounceMs ?? 200) : 0;
      schedule(uri, delay);
    }),
  );

  documents.onDidClose((e) =>
    guard('document close', () => {
      const uri = e.document.uri;
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      generations.set(uri, (generations.get(uri) ?? 0) + 1);
      if (states.delete(uri)) connection.sendDiagnostics({ uri, diagnostics: [] });
      log.forget(`doc:${uri}`);
    }),
  );

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    const generation = (generations.get(uri) ?? 0) + 1;
    generations.set(uri, generation);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void run(uri, generation);
      }, delay),
    );
  }

  /** Lints the document's current version unless a newer edit superseded this run while settings were read. */
  async function run(uri: string, generation: number): Promise<void> {
    try {
      const doc = documents.get(uri);
      if (!doc || shuttingDown) return;
      const version = doc.version;
      const editor = await provider().editor(uri);
      if (generations.get(uri) !== generation || documents.get(uri)?.version !== version) return;
      lintAndPublish(doc, editor);
    } catch (e) {
      log.error(`checking ${uri}`, e);
    }
  }

  /** Lints synchronously (the version cannot change meanwhile) and publishes for that version. */
  function lintAndPublish(doc: TextDocument, editor: EditorSettings): DocumentState | null {
    const uri = doc.uri;
    const path = uriToPath(uri);
    const folder = folderOf(path);
    const target = lintTarget(uri, doc.languageId, folder);
    if (!target) {
      if (states.delete(uri)) connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
      return null;
    }
    const effective = provider().effective(editor, target.onDisk ? target.filename : null, folder);
    const cwd = folder ?? dirname(target.filename);
    const text = doc.getText();
    const outcome: LintOutcome = editor.enable ? linter.lint(text, target, cwd, effective) : { kind: 'ignored' };
    report(uri, target, outcome, effective);
    const map = new PositionMap(doc, outcome.kind === 'checked' ? outcome.sourceCode : null, outcome.kind === 'checked' ? outcome.bom : 0);
    const diagnostics = toDiagnostics(outcome, uri, map, effective.locale);
    const state: DocumentState = { version: doc.version, target, folder, cwd, settings: effective, outcome, map, diagnostics, relints: new Map() };
    states.set(uri, state);
    connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    const status: StatusParams = {
      uri,
      findings: outcome.kind === 'checked' ? outcome.messages.length : 0,
      state: !editor.enable ? 'disabled' : outcome.kind === 'checked' ? 'checked' : outcome.kind === 'not-parsed' ? 'not-parsed' : 'skipped',
    };
    void connection.sendNotification(STATUS, status);
    return state;
  }

  /** Says once per document why it was not checked. */
  function report(uri: string, target: LintTarget, outcome: LintOutcome, effective: EffectiveSettings): void {
    const t = strings(effective.locale).problems;
    const name = target.displayPath;
    if (outcome.kind === 'too-large') log.showOnce(`doc:${uri}:size`, t.tooLarge(name, formatBytes(outcome.size), formatBytes(outcome.limit)), 'info');
    else if (outcome.kind === 'binary') log.problemOnce(`doc:${uri}:binary`, t.binary(name));
    else if (outcome.kind === 'failed') log.problemOnce(`doc:${uri}:failed:${outcome.error}`, t.lintFailed(name, outcome.error));
    else if (outcome.kind === 'not-parsed') log.problemOnce(`doc:${uri}:parse`, t.notParsed(`${name}:${outcome.line}:${outcome.column} ${outcome.message}`));
    if (outcome.kind === 'checked') log.forget(`doc:${uri}:parse`);
  }

  /** The state for the document's current version, linting now when the last lint is older. */
  async function freshState(uri: string): Promise<DocumentState | null> {
    const doc = documents.get(uri);
    if (!doc) return null;
    const state = states.get(uri);
    if (state && state.version === doc.version) return state;
    const editor = await provider().editor(uri);
    const current = documents.get(uri);
    if (!current) return null;
    // This lint answers for the current version: a pending debounced run for it has nothing left to do.
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    generations.set(uri, (generations.get(uri) ?? 0) + 1);
    return lintAndPublish(current, editor);
  }

  function relintAll(): void {
    for (const [uri, state] of states) states.set(uri, { ...state, version: -1 });
    for (const doc of documents.all()) schedule(doc.uri, 0);
  }

  function folderOf(path: string | null): string | null {
    if (!path) return folders[0] ?? null;
    let best: string | null = null;
    for (const f of folders) if (isInside(f, path) && (!best || f.length > best.length)) best = f;
    return best;
  }

  // ---- settings ------------------------------------------------------------------------------------------

  connection.onDidChangeConfiguration((params) =>
    guard('configuration change', () => {
      provider().invalidate(params?.settings);
      relintAll();
    }),
  );

  connection.onDidChangeWatchedFiles((params) =>
    guard('file change', () => {
      const configs = params.changes.filter((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`));
      if (configs.length === 0) return;
      for (const c of configs) {
        const path = uriToPath(c.uri);
        if (path) {
          forgetConfigFile(path);
          log.forget(`config:${path}`);
        }
      }
      relintAll();
    }),
  );

  // ---- hover and code actions --------------------------------------------------------------------------

  connection.onHover(async (params) => {
    try {
      const state = await freshState(params.textDocument.uri);
      if (!state || state.outcome.kind !== 'checked') return null;
      const candidates = state.outcome.messages.map((message, i) => ({ message, range: state.diagnostics[i]!.range }));
      return hoverAt(candidates, params.position, state.settings.locale);
    } catch (e) {
      log.error('hover', e);
      return null;
    }
  });

  connection.onCodeAction(async (params) => {
    try {
      const uri = params.textDocument.uri;
      const state = await freshState(uri);
      if (!state || state.outcome.kind !== 'checked' || state.outcome.messages.length === 0) return [];
      const outcome = state.outcome;
      const helper = state.settings.editor.maskingHelper;
      return codeActions(
        {
          uri,
          version: state.version,
          sourceCode: outcome.sourceCode,
          map: state.map,
          messages: outcome.messages,
          diagnostics: state.diagnostics,
          helper,
          importContext: { filename: state.target.filename, onDisk: state.target.onDisk, folder: state.folder },
          locale: state.settings.locale,
          parses: (text) => linter.parses(text, state.target, state.cwd),
          relint: (text) => {
            if (state.relints.has(text)) return state.relints.get(text)!;
            const after = linter.lint(text, state.target, state.cwd, state.settings);
            const messages = after.kind === 'checked' ? after.messages : null;
            if (state.relints.size >= RELINT_CACHE_SIZE) state.relints.clear();
            state.relints.set(text, messages);
            return messages;
          },
          canSelect: !!capabilities.window?.showDocument?.support,
          versionedEdits: !!capabilities.workspace?.workspaceEdit?.documentChanges,
          onRejected: (title) => log.problemOnce(`doc:${uri}:rejected:${title}`, `PII Guard: the fix "${title}" would not leave ${state.target.displayPath} parsing, so it is not offered.`),
        },
        params.range,
        Array.isArray(params.context?.diagnostics) ? params.context.diagnostics : [],
        params.context?.only,
      );
    } catch (e) {
      log.error('code actions', e);
      return [];
    }
  });

  connection.onExecuteCommand(async (params) => {
    try {
      if (params.command !== SELECT_RANGE_COMMAND) return null;
      const [uri, selection] = (params.arguments ?? []) as [unknown, unknown];
      if (typeof uri !== 'string' || !isRange(selection)) return null;
      await connection.window.showDocument({ uri, selection, takeFocus: true });
      return null;
    } catch (e) {
      log.error('command', e);
      return null;
    }
  });

  // ---- workspace scan and export -------------------------------------------------------------------------

  async function scan(params: ScanWorkspaceParams | undefined, token: CancellationToken | undefined): Promise<ScanWorkspaceResult> {
    const generation = ++scanGeneration;
    const locale = provider().uiLocale(await provider().editor());
    const title = strings(locale).scan.title;
    const reporter =
      params?.workDoneToken !== undefined
        ? connection.window.attachWorkDoneProgress(params.workDoneToken)
        : capabilities.window?.workDoneProgress
          ? await connection.window.createWorkDoneProgress()
          : connection.window.attachWorkDoneProgress(undefined);
    reporter.begin(title, 0, undefined, true);
    const progressToken = (reporter as { token?: CancellationToken }).token;
    const cancelled = {
      get isCancellationRequested(): boolean {
        return !!token?.isCancellationRequested || !!progressToken?.isCancellationRequested || generation !== scanGeneration || shuttingDown;
      },
      onCancellationRequested: token?.onCancellationRequested ?? (() => ({ dispose() {} })),
    } as CancellationToken;
    try {
      const outcome = await scanWorkspace(folders, provider(), { report: (p, m) => (m === undefined ? reporter.report(p) : reporter.report(p, m)) }, cancelled);
      lastScan = { runs: outcome.runs };
      return outcome.result;
    } catch (e) {
      if (e instanceof ScanCancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The workspace scan was cancelled.');
      throw e;
    } finally {
      reporter.done();
    }
  }

  connection.onRequest(SCAN_WORKSPACE, async (params: ScanWorkspaceParams | undefined, token) => {
    try {
      return await scan(params, token);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      log.error('workspace scan', e);
      throw new ResponseError(-32603, `PII Guard could not scan the workspace: ${(e as Error).message}`);
    }
  });

  connection.onRequest(EXPORT_REPORT, async (params: ExportReportParams | undefined, token): Promise<ExportReportResult> => {
    const format = params?.format;
    if (!format || !EXPORT_FORMATS.includes(format)) {
      throw new ResponseError(-32602, `format must be one of ${EXPORT_FORMATS.join(', ')}`);
    }
    try {
      if (!lastScan) await scan(undefined, token);
      const locale = provider().uiLocale(await provider().editor());
      return exportReport(format, lastScan!.runs, locale);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      log.error('report export', e);
      throw new ResponseError(-32603, `PII Guard could not export the report: ${(e as Error).message}`);
    }
  });

  function guard(where: string, f: () => void): void {
    try {
      f();
    } catch (e) {
      log.error(where, e);
    }
  }

  documents.listen(connection);
  connection.listen();
}

function initialFolders(params: InitializeParams): string[] {
  const fromFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  if (fromFolders.length > 0) return fromFolders;
  const root = params.rootUri ? uriToPath(params.rootUri) : (params.rootPath ?? null);
  return root ? [root] : [];
}

function isRange(v: unknown): v is Range {
  const r = v as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | null;
  return (
    !!r &&
    typeof r.start?.line === 'number' &&
    typeof r.start.character === 'number' &&
    typeof r.end?.line === 'number' &&
    typeof r.end.character === 'number'
  );
}
