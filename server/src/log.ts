/**
 * The server's output channel: problems are written once (per key), so a broken file being edited does not
 * flood the log, and user-facing problems can also be shown once as a message.
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node.js';

export class Log {
  private readonly said = new Set<string>();
  private readonly shown = new Set<string>();

  constructor(private readonly connection: Connection) {}

  info(message: string): void {
    this.safe(() => this.connection.console.info(message));
  }

  /** Logs a problem the first time `key` is seen; returns whether it was new. */
  problemOnce(key: string, message: string): boolean {
    if (this.said.has(key)) return false;
    this.said.add(key);
    this.safe(() => this.connection.console.warn(message));
    return true;
  }

  /** Shows a message to the user (and logs it) the first time `key` is seen. */
  showOnce(key: string, message: string, level: 'warning' | 'info' = 'warning'): void {
    if (this.shown.has(key)) return;
    this.shown.add(key);
    this.problemOnce(`show:${key}`, message);
    // A notification, not window/showMessageRequest: nothing waits for the user to close it.
    this.safe(() => void this.connection.sendNotification(ShowMessageNotification.type, { type: level === 'warning' ? MessageType.Warning : MessageType.Info, message }));
  }

  /** Forget keys starting with `prefix` (a document was closed, a config file changed). */
  forget(prefix: string): void {
    for (const set of [this.said, this.shown]) {
      for (const k of set) if (k.startsWith(prefix) || k.startsWith(`show:${prefix}`)) set.delete(k);
    }
  }

  /** An unexpected failure in a handler: logged with its stack, never rethrown. */
  error(where: string, e: unknown): void {
    const err = e instanceof Error ? (e.stack ?? e.message) : String(e);
    this.problemOnce(`error:${where}:${String((e as Error)?.message ?? e)}`, `PII Guard: ${where} failed: ${err}`);
  }

  private safe(f: () => void): void {
    try {
      f();
    } catch {
      // The connection is gone (shutdown): nothing left to tell.
    }
  }
}
