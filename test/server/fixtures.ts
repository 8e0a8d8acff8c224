/** Temporary workspaces on disk for the server tests, and edits applied the way an editor applies them. */
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';

export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pii-guard-server-'));
  for (const [name, text] of Object.entries(files)) write(dir, name, text);
  return dir;
}

export function write(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

export function copyOf(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pii-guard-server-'));
  cpSync(source, dir, { recursive: true });
  return dir;
}

export function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The edits of a code action for one document, whichever form (`changes` or `documentChanges`) it uses. */
export function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edit = action.edit;
  if (!edit) return [];
  if (edit.documentChanges) {
    return edit.documentChanges.flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits : [])) as TextEdit[];
  }
  return edit.changes?.[uri] ?? [];
}

export function applyAction(text: string, action: CodeAction, uri: string): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'typescript', 0, text), editsOf(action, uri));
}

/** The example used by most tests: a pino logger and a user record. */
export const SIGN_IN = `import pino from 'pino';

const logger = pino();

export function signIn(user: { id: string; email: string; myNumber: string; birthDate: string }) {
  logger.info({ id: user.id });
}
`;
