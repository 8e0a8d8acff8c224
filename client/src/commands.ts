/**
 * The extension's commands. The server does the work (scan, report); these ask it, show progress,
 * and put the result where the user wants it.
 *
 * For scripts and tests, `piiGuard.scanWorkspace` returns the ScanWorkspaceResult and
 * `piiGuard.exportFindings` takes an optional format and target URI (no pick, no dialog) and returns
 * the URI written.
 */
import * as vscode from 'vscode';
import { RequestType, WorkDoneProgress } from 'vscode-languageclient/node.js';
import {
  EXPORT_REPORT,
  SCAN_WORKSPACE,
  type ExportReportParams,
  type ExportReportResult,
  type ScanWorkspaceParams,
  type ScanWorkspaceResult,
} from '../../server/src/protocol.js';
import type { FindingsStore } from './findings-store.js';
import { VIEW_ID } from './findings-tree.js';
import type { LanguageClientHost } from './language-client.js';
import { errorText, reportFailure, showWithOutput } from './notify.js';

export const COMMANDS = {
  scanWorkspace: 'piiGuard.scanWorkspace',
  exportFindings: 'piiGuard.exportFindings',
  showOutput: 'piiGuard.showOutput',
  restartServer: 'piiGuard.restartServer',
} as const;

const scanRequest = new RequestType<ScanWorkspaceParams, ScanWorkspaceResult, void>(SCAN_WORKSPACE);
const exportRequest = new RequestType<ExportReportParams, ExportReportResult, void>(EXPORT_REPORT);

type Format = ExportReportParams['format'];
interface FormatChoice extends vscode.QuickPickItem {
  format: Format;
  extension: string;
}

function formatChoices(): FormatChoice[] {
  return [
    { format: 'sarif', extension: 'sarif', label: 'SARIF', description: vscode.l10n.t('For code scanning tools (GitHub, Azure DevOps)') },
    { format: 'markdown', extension: 'md', label: 'Markdown', description: vscode.l10n.t('For a pull request or a wiki page') },
    { format: 'html', extension: 'html', label: 'HTML', description: vscode.l10n.t('A page for reviewers, grouped by requirement and data kind') },
    { format: 'json', extension: 'json', label: 'JSON', description: vscode.l10n.t('The report model, for scripts') },
  ];
}

interface Context {
  host: LanguageClientHost;
  store: FindingsStore;
  output: vscode.OutputChannel;
}

function isOpen(uri: string): boolean {
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri);
}

/** The server's URIs in the form vscode.Uri prints, so they match the editor's. */
function normalized(result: ScanWorkspaceResult): ScanWorkspaceResult {
  return { ...result, findings: result.findings.map((f) => ({ ...f, uri: vscode.Uri.parse(f.uri).toString() })) };
}

let running: Promise<ScanWorkspaceResult | undefined> | undefined;

/** One scan at a time: a second request while one runs gets the same result. */
function scan(ctx: Context): Promise<ScanWorkspaceResult | undefined> {
  running ??= runScan(ctx).finally(() => {
    running = undefined;
  });
  return running;
}

async function runScan(ctx: Context): Promise<ScanWorkspaceResult | undefined> {
  const title = vscode.l10n.t('PII Guard: scanning the workspace');
  try {
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, async (progress) => {
      const client = await ctx.host.running();
      const token = `piiGuard/scan/${Date.now()}`;
      const subscription = client.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind !== 'end' && value.message) progress.report({ message: value.message });
      });
      try {
        return await client.sendRequest(scanRequest, { workDoneToken: token });
      } finally {
        subscription.dispose();
      }
    });
    ctx.store.setScan(normalized(result), isOpen);
    const summary = vscode.l10n.t('Scanned {0} files in {1} s: {2} findings.', result.filesScanned, (result.durationMs / 1000).toFixed(1), result.findings.length);
    ctx.output.appendLine(summary);
    vscode.window.setStatusBarMessage(summary, 5000);
    if (result.problems.length > 0) {
      for (const problem of result.problems) ctx.output.appendLine(`  ${problem.path}: ${problem.message}`);
      const text = vscode.l10n.t('PII Guard could not check {0} files. They are listed under "Files not checked".', result.problems.length);
      void showWithOutput(ctx.output, 'warning', text);
    }
    return result;
  } catch (error) {
    await reportFailure(ctx.output, vscode.l10n.t('PII Guard could not scan the workspace: {0}', errorText(error)));
    return undefined;
  }
}

async function scanWorkspace(ctx: Context): Promise<ScanWorkspaceResult | undefined> {
  const result = await scan(ctx);
  if (result) await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
  return result;
}

function isFormat(value: unknown): value is Format {
  return value === 'sarif' || value === 'markdown' || value === 'html' || value === 'json';
}

async function exportFindings(ctx: Context, formatArg?: unknown, targetArg?: unknown): Promise<vscode.Uri | undefined> {
  const choices = formatChoices();
  const choice = isFormat(formatArg)
    ? choices.find((c) => c.format === formatArg)
    : await vscode.window.showQuickPick(choices, {
        title: vscode.l10n.t('Export PII Guard findings'),
        placeHolder: vscode.l10n.t('Choose a report format'),
      });
  if (!choice) return undefined;
  if (!ctx.store.lastScan && !(await scan(ctx))) return undefined;

  let report: ExportReportResult;
  try {
    const client = await ctx.host.running();
    report = await client.sendRequest(exportRequest, { format: choice.format });
  } catch (error) {
    await reportFailure(ctx.output, vscode.l10n.t('PII Guard could not build the report: {0}', errorText(error)));
    return undefined;
  }

  let target = targetArg instanceof vscode.Uri ? targetArg : undefined;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export PII Guard findings'),
      saveLabel: vscode.l10n.t('Export'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, report.fileName) : undefined,
      filters: { [choice.label]: [choice.extension] },
    });
    if (!target) return undefined;
  }

  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report.content));
  } catch (error) {
    await reportFailure(ctx.output, vscode.l10n.t('PII Guard could not write {0}: {1}', target.fsPath, errorText(error)));
    return undefined;
  }
  ctx.output.appendLine(vscode.l10n.t('Exported the findings to {0}.', target.fsPath));
  if (targetArg === undefined) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported the findings to {0}.', vscode.workspace.asRelativePath(target)), open).then((picked) => {
      if (picked === open) void vscode.commands.executeCommand('vscode.open', target);
    });
  }
  return target;
}

async function restartServer(ctx: Context): Promise<void> {
  try {
    await ctx.host.restart();
    ctx.output.appendLine(vscode.l10n.t('The PII Guard server was restarted.'));
  } catch (error) {
    await reportFailure(ctx.output, vscode.l10n.t('PII Guard could not start its language server: {0}', errorText(error)));
  }
}

export function registerCommands(ctx: Context): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.scanWorkspace, () => scanWorkspace(ctx)),
    vscode.commands.registerCommand(COMMANDS.exportFindings, (format?: unknown, target?: unknown) => exportFindings(ctx, format, target)),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => ctx.output.show(true)),
    vscode.commands.registerCommand(COMMANDS.restartServer, () => restartServer(ctx)),
  );
}
