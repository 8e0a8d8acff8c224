/**
 * A real LSP client for the server tests: spawns the BUILT server (`node server/dist/server.js --stdio`)
 * and talks JSON-RPC to it with vscode-languageserver-protocol, the library VS Code's client uses.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { MessageConnection } from 'vscode-jsonrpc';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER = fileURLToPath(new URL('../../server/dist/server.js', import.meta.url));

export const uriOf = (path: string): string => pathToFileURL(path).href;

/** Everything a client would offer; tests switch parts off to check fallbacks. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, dataSupport: true },
  },
  window: { workDoneProgress: true, showDocument: { support: true }, showMessage: {} },
};

export interface StartOptions {
  folders?: string[];
  /** initialize `locale` (the editor's display language). */
  locale?: string;
  /** What workspace/configuration answers for section `piiGuard`. */
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  args?: string[];
  /** Another entry point (the bin script) instead of server/dist/server.js. */
  server?: string;
}

export interface Message {
  method: string;
  params: unknown;
}

export class LspClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly notifications: Message[] = [];
  /** Requests the server sent to the client. */
  readonly requests: Message[] = [];
  stderr = '';
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private waiters: Array<() => void> = [];
  /** Publishes before the last didOpen of each document belong to an earlier life of it. */
  private readonly openedAt = new Map<string, number>();
  readonly exited: Promise<number | null>;

  private constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    // The protocol connection is a JSON-RPC message connection, whose catch-all handlers the tests need.
    const raw = connection as unknown as MessageConnection;
    raw.onNotification((method, params) => {
      if (method === 'textDocument/publishDiagnostics') this.diagnostics.push(params as PublishDiagnosticsParams);
      this.notifications.push({ method, params });
      this.wake();
    });
    // vscode-jsonrpc hands $/progress to progress handlers, not to the catch-all notification handler.
    raw.onUnhandledProgress((params) => {
      this.notifications.push({ method: '$/progress', params });
      this.wake();
    });
    raw.onRequest((method, params) => {
      this.requests.push({ method, params });
      this.wake();
      if (method === 'workspace/configuration') {
        return (params as { items: Array<{ section?: string }> }).items.map((i) => (i.section === 'piiGuard' ? this.settings : null));
      }
      if (method === 'window/showDocument') return { success: true };
      return null;
    });
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const proc = spawn(process.execPath, [options.server ?? SERVER, ...(options.args ?? ['--stdio'])], { cwd: REPO, stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new LspClient(proc, connection, options.settings ?? {});
    connection.listen();
    const folders = options.folders ?? [];
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      locale: options.locale,
      rootUri: folders[0] ? uriOf(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: f.split('/').pop() })),
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves when `check` returns a value (checked after every message from the server). */
  async waitFor<T>(what: string, check: () => T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = check();
      if (v !== undefined && v !== null && v !== false) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}. stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * The first diagnostics published for `uri` at `version` (or later) after `from` publishes (default:
   * since the document was last opened).
   */
  diagnosticsFor(uri: string, version: number, from = this.openedAt.get(uri) ?? 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri} v${version}`, () =>
      this.diagnostics.slice(from).find((d) => d.uri === uri && (d.version ?? -1) >= version),
    );
  }

  open(uri: string, text: string, languageId = 'typescript', version = 1): Promise<void> {
    this.openedAt.set(uri, this.diagnostics.length);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  logs(): string[] {
    return this.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
  }

  /** The server's piiGuard/status notifications for a document. */
  status(uri: string): unknown[] {
    return this.notifications.filter((n) => n.method === 'piiGuard/status' && (n.params as { uri: string }).uri === uri).map((n) => n.params);
  }

  shown(): string[] {
    return this.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { message: string }).message);
  }

  async stop(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5000))]);
    if (code === 'timeout') {
      this.proc.kill();
      return -1;
    }
    this.connection.dispose();
    return code;
  }
}
