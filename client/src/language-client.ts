/**
 * The language client: starts the bundled server (dist/server.cjs) over Node IPC, hands it the PII Guard
 * settings and the configuration file's changes, restarts it when it crashes, and feeds its diagnostics to
 * the findings store. Everything about findings is decided by the server.
 */
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  NotificationType,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node.js';
import { SETTINGS_SECTION, STATUS, type StatusParams } from '../../server/src/protocol.js';
import { COMMANDS } from './commands.js';
import { CONFIG_FILE_PATTERN, DOCUMENT_SELECTOR } from './documents.js';
import type { FindingsStore, LiveDiagnostic } from './findings-store.js';
import { errorText, showWithOutput } from './notify.js';
import { RestartPolicy } from './restart-policy.js';

export const CLIENT_ID = SETTINGS_SECTION; // `piiGuard.trace.server` is read under this ID
export const SERVER_MODULE = join('dist', 'server.cjs');
/** `node --inspect` port of the server when the extension runs in debug mode. */
export const DEBUG_PORT = 6011;

function severityOf(diagnostic: vscode.Diagnostic): LiveDiagnostic['severity'] {
  switch (diagnostic.severity) {
    case vscode.DiagnosticSeverity.Error:
      return 'error';
    case vscode.DiagnosticSeverity.Warning:
      return 'warning';
    default:
      return 'info';
  }
}

function toLive(diagnostic: vscode.Diagnostic): LiveDiagnostic {
  const { start, end } = diagnostic.range;
  return {
    range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } },
    message: diagnostic.message,
    severity: severityOf(diagnostic),
    // vscode-languageclient's ProtocolDiagnostic keeps the LSP `data`; vscode.Diagnostic does not declare it.
    data: (diagnostic as vscode.Diagnostic & { data?: unknown }).data,
  };
}

function isOpen(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key);
}

/** Restarts a crashed server a few times, saying so each time, then gives up with an error. */
function crashHandler(output: vscode.OutputChannel): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    // Like the library's default: a few bad messages are tolerated, a stream of them shuts down.
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const decision = policy.onCrash();
      if (decision.restart) {
        const text = vscode.l10n.t('The PII Guard server stopped unexpectedly and is being restarted ({0} of {1}).', decision.crashes, policy.maxRestarts);
        output.appendLine(text);
        void showWithOutput(output, 'warning', text);
        return { action: CloseAction.Restart, handled: true };
      }
      const text = vscode.l10n.t('The PII Guard server stopped {0} times within 3 minutes and will not be restarted. See the output for details.', decision.crashes);
      output.appendLine(text);
      const restart = vscode.l10n.t('Restart Server');
      void showWithOutput(output, 'error', text, restart).then((choice) => {
        if (choice === restart) void vscode.commands.executeCommand(COMMANDS.restartServer);
      });
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}

const statusNotification = new NotificationType<StatusParams>(STATUS);

/**
 * Owns the language client. A client whose start failed cannot start again, so "Restart Server" makes a
 * new one; each gets a fresh crash budget.
 */
export class LanguageClientHost implements vscode.Disposable {
  private current: LanguageClient | undefined;
  private readonly configWatcher = vscode.workspace.createFileSystemWatcher(CONFIG_FILE_PATTERN);

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
    private readonly store: FindingsStore,
  ) {}

  /** The running client, started first if need be. Rejects when the server cannot start. */
  async running(): Promise<LanguageClient> {
    this.current ??= this.create();
    const client = this.current;
    if (!client.isRunning()) await client.start();
    return client;
  }

  async restart(): Promise<LanguageClient> {
    await this.stop();
    this.store.clearLive();
    return this.running();
  }

  /** Stops the server; a client that never got running (start failed) is just dropped. */
  async stop(): Promise<void> {
    const old = this.current;
    this.current = undefined;
    if (!old) return;
    try {
      if (old.isRunning()) await old.stop();
    } catch (error) {
      this.output.appendLine(errorText(error));
    }
    void old.dispose().catch(() => undefined);
  }

  dispose(): void {
    void this.stop();
    this.configWatcher.dispose();
  }

  private create(): LanguageClient {
    const serverModule = this.context.asAbsolutePath(SERVER_MODULE);
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', `--inspect=${DEBUG_PORT}`] } },
    };
    const store = this.store;
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: this.configWatcher },
      outputChannel: this.output,
      // Our own messages say when something needs the user's attention.
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      errorHandler: crashHandler(this.output),
      middleware: {
        handleDiagnostics(uri, diagnostics, next) {
          next(uri, diagnostics);
          store.setLive(uri.toString(), vscode.workspace.asRelativePath(uri, false), diagnostics.map(toLive), isOpen(uri));
        },
      },
    };
    const client = new LanguageClient(CLIENT_ID, 'PII Guard', serverOptions, clientOptions);
    client.onNotification(statusNotification, ({ uri, findings, state }) => {
      store.setStatus(vscode.Uri.parse(uri).toString(), { findings, state });
    });
    client.onDidChangeState(({ newState }) => {
      // What a stopped server said about open files no longer holds; the last scan still does.
      if (newState === State.Stopped) store.clearLive();
    });
    return client;
  }
}
