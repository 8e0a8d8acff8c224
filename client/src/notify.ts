/** The extension's messages to the user: each offers "Show Output", where the details are. */
import * as vscode from 'vscode';

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Shows `text` with the given actions and "Show Output" (which opens the output channel). Resolves to the
 * other action picked, if any. Writing `text` to the output channel is the caller's choice.
 */
export async function showWithOutput(
  output: vscode.OutputChannel,
  level: 'error' | 'warning',
  text: string,
  ...actions: string[]
): Promise<string | undefined> {
  const showOutput = vscode.l10n.t('Show Output');
  const items = [...actions, showOutput];
  const choice = await (level === 'error' ? vscode.window.showErrorMessage(text, ...items) : vscode.window.showWarningMessage(text, ...items));
  if (choice === showOutput) {
    output.show(true);
    return undefined;
  }
  return choice;
}

/** A failure: written to the output channel and shown as an error. */
export async function reportFailure(output: vscode.OutputChannel, text: string): Promise<void> {
  output.appendLine(text);
  await showWithOutput(output, 'error', text);
}
