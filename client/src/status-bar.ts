/**
 * Status bar item: PII Guard findings in the active file, or why it was not checked. With findings it
 * opens the Problems panel, without it offers a workspace scan.
 */
import * as vscode from 'vscode';
import { COMMANDS } from './commands.js';
import { DOCUMENT_SELECTOR } from './documents.js';
import type { FileStatus, FindingsStore } from './findings-store.js';

const ICON = '$(shield)';

interface Presentation {
  text: string;
  tooltip: string;
  command: string | vscode.Command;
}

function present(status: FileStatus | undefined): Presentation {
  if (status === undefined) {
    return { text: `${ICON} PII Guard`, tooltip: vscode.l10n.t('PII Guard has not checked this file yet.'), command: COMMANDS.showOutput };
  }
  switch (status.state) {
    case 'disabled':
      return {
        text: `${ICON} ${vscode.l10n.t('PII: off')}`,
        tooltip: vscode.l10n.t('PII Guard is turned off for this file (piiGuard.enable).'),
        command: { command: 'workbench.action.openSettings', title: '', arguments: ['piiGuard.enable'] },
      };
    case 'not-parsed':
      return {
        text: `$(warning) ${vscode.l10n.t('PII: not parsed')}`,
        tooltip: vscode.l10n.t('PII Guard could not parse this file. Fix the syntax error to have it checked.'),
        command: 'workbench.actions.view.problems',
      };
    case 'skipped':
      return {
        text: `${ICON} ${vscode.l10n.t('PII: skipped')}`,
        tooltip: vscode.l10n.t('PII Guard skipped this file: too large, not text, or ignored (piiGuard.ignores, piiGuard.maxFileSizeMB).'),
        command: COMMANDS.showOutput,
      };
    default:
      break;
  }
  const text = `${ICON} ${vscode.l10n.t('PII: {0}', status.findings)}`;
  if (status.findings === 0) {
    return { text, tooltip: vscode.l10n.t('No PII Guard findings in this file. Click to scan the workspace.'), command: COMMANDS.scanWorkspace };
  }
  return {
    text,
    tooltip:
      status.findings === 1
        ? vscode.l10n.t('1 PII Guard finding in this file. Click to open the Problems panel.')
        : vscode.l10n.t('{0} PII Guard findings in this file. Click to open the Problems panel.', status.findings),
    command: 'workbench.actions.view.problems',
  };
}

export function registerStatusBar(store: FindingsStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('piiGuard.status', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('PII Guard findings');

  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || vscode.languages.match(DOCUMENT_SELECTOR, document) === 0) {
      item.hide();
      return;
    }
    const { text, tooltip, command } = present(store.statusOf(document.uri.toString()));
    item.text = text;
    item.tooltip = tooltip;
    item.command = command;
    item.show();
  };

  const subscriptions = [vscode.window.onDidChangeActiveTextEditor(update), store.onDidChange(update)];
  update();
  return vscode.Disposable.from(item, ...subscriptions);
}
