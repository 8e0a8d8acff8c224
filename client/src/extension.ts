/**
 * PII Guard for VS Code: a thin client of the PII Guard language server. It starts the server, passes
 * the `piiGuard.*` settings, and shows what the server finds in a tree for reviewers and the status bar.
 */
import * as vscode from 'vscode';
import { registerCommands } from './commands.js';
import { FindingsStore } from './findings-store.js';
import { registerFindingsTree } from './findings-tree.js';
import { LanguageClientHost } from './language-client.js';
import { errorText, reportFailure } from './notify.js';
import { registerStatusBar } from './status-bar.js';

let host: LanguageClientHost | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('PII Guard');
  const store = new FindingsStore();
  host = new LanguageClientHost(context, output, store);

  context.subscriptions.push(
    output,
    host,
    registerFindingsTree(store),
    registerStatusBar(store),
    registerCommands({ host, store, output }),
  );

  try {
    await host.running();
  } catch (error) {
    void reportFailure(output, vscode.l10n.t('PII Guard could not start its language server: {0}', errorText(error)));
  }
}

export async function deactivate(): Promise<void> {
  const stopping = host;
  host = undefined;
  await stopping?.stop();
}
