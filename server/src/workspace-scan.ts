/**
 * `piiGuard/scanWorkspace`: the CLI's scan (`lint()` from the plugin's report API) over every matching file
 * of each workspace folder, in batches so that progress can be reported and open documents keep being
 * served in between. Files under one `pii-guard.config.json` are scanned with that file's settings.
 */
import { dirname, join } from 'node:path';
import type { CancellationToken } from 'vscode-languageserver/node.js';
import { getRequirement, kindLabel, type Locale } from 'eslint-plugin-pii-guard/engine';
import { lint, type FileReport, type LintRun, type ReportedFinding } from 'eslint-plugin-pii-guard/report';
import { findConfigFile } from './config-file.js';
import { severityName } from './diagnostics.js';
import type { SettingsProvider } from './document-settings.js';
import { pathToUri } from './files.js';
import { formatBytes, strings } from './l10n.js';
import { lspRange } from './positions.js';
import type { ScanWorkspaceResult, WorkspaceFinding } from './protocol.js';
import type { EffectiveSettings } from './settings.js';
import { listWorkspaceFiles } from './workspace-files.js';

export interface Progress {
  report(percentage: number, message?: string): void;
}

/** One folder's run, kept for piiGuard/exportReport. */
export interface FolderRun {
  folder: string;
  run: LintRun;
}

export interface ScanOutcome {
  result: ScanWorkspaceResult;
  runs: FolderRun[];
  locale: Locale;
}

export class ScanCancelled extends Error {}

/** Fewer, larger batches cost less; at most about 20 progress steps. */
const MIN_BATCH = 8;
const MAX_STEPS = 20;

export async function scanWorkspace(
  folders: readonly string[],
  settingsProvider: SettingsProvider,
  progress: Progress,
  token: CancellationToken | undefined,
): Promise<ScanOutcome> {
  const started = performance.now();
  const cancelled = (): boolean => !!token?.isCancellationRequested;
  const workspaceEditor = await settingsProvider.editor(folders[0] ? pathToUri(folders[0]) : undefined);
  const locale = settingsProvider.uiLocale(workspaceEditor);
  const t = strings(locale);
  // What to scan, per folder and per config file, before any linting (so progress has a total).
  const plan: Array<{ folder: string; settings: EffectiveSettings; files: string[] }> = [];
  for (const folder of folders) {
    const editor = await settingsProvider.editor(pathToUri(folder));
    if (!editor.enable) continue;
    const files = await listWorkspaceFiles(folder, editor.ignores, cancelled);
    const groups = new Map<string, string[]>();
    for (const f of files) {
      const config = findConfigFile(dirname(f), folder) ?? '';
      groups.set(config, [...(groups.get(config) ?? []), f]);
    }
    for (const group of groups.values()) {
      plan.push({ folder, settings: settingsProvider.effective(editor, group[0]!, folder), files: group });
    }
  }
  if (cancelled()) throw new ScanCancelled();
  const total = plan.reduce((n, p) => n + p.files.length, 0);
  const batch = Math.max(MIN_BATCH, Math.ceil(total / MAX_STEPS));
  const runs = new Map<string, LintRun>(folders.map((f) => [f, { files: [], filesLinted: 0, notChecked: [] }]));
  const problems: ScanWorkspaceResult['problems'] = [];
  let done = 0;
  progress.report(0, t.scan.progress(0, total));
  for (const step of plan) {
    for (let i = 0; i < step.files.length; i += batch) {
      if (cancelled()) throw new ScanCancelled();
      const paths = step.files.slice(i, i + batch);
      try {
        const run = await lint({
          cwd: step.folder,
          paths,
          settings: step.settings.engine,
          strict: step.settings.strict,
          maxFileSize: step.settings.editor.maxFileSizeMB * 1024 * 1024,
        });
        merge(runs.get(step.folder)!, run);
      } catch (e) {
        // One broken batch (a rule crash, an unreadable file) must not end the scan: say which files.
        for (const p of paths) problems.push({ path: p, message: t.problems.scanUnreadable((e as Error).message) });
      }
      done += paths.length;
      progress.report(total === 0 ? 100 : Math.round((done / total) * 100), t.scan.progress(done, total));
      // Let queued editor requests (a keystroke's lint, a hover) run between batches.
      await new Promise((r) => setImmediate(r));
    }
  }
  const folderRuns = [...runs.entries()].map(([folder, run]) => {
    run.files.sort((a, b) => a.filePath.localeCompare(b.filePath));
    return { folder, run };
  });
  const result: ScanWorkspaceResult = {
    filesScanned: folderRuns.reduce((n, r) => n + r.run.filesLinted, 0),
    findings: folderRuns.flatMap((r) => r.run.files.flatMap((file) => file.findings.map((f) => workspaceFinding(r.folder, file, f, locale)))),
    problems: [...problems, ...folderRuns.flatMap((r) => fileProblems(r.run, locale))],
    durationMs: Math.round(performance.now() - started),
  };
  return { result, runs: folderRuns, locale };
}

function merge(into: LintRun, run: LintRun): void {
  into.files.push(...run.files);
  into.filesLinted += run.filesLinted;
  for (const n of run.notChecked) {
    const same = into.notChecked.find((x) => x.extension === n.extension);
    if (same) same.count += n.count;
    else into.notChecked.push({ ...n });
  }
}

function workspaceFinding(folder: string, file: FileReport, f: ReportedFinding, locale: Locale): WorkspaceFinding {
  const range = f.range
    ? lspRange(f.range)
    : { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.line - 1, character: f.column - 1 } };
  const kinds = [...new Set((f.data ?? []).map((d) => d.kind))];
  return {
    uri: pathToUri(join(folder, file.filePath)),
    path: file.filePath,
    range,
    ruleId: f.ruleId,
    message: f.text,
    severity: severityName({ finding: f.data ? f : undefined, eslintSeverity: f.eslintSeverity }),
    kinds: kinds.map((id) => ({ id, label: kindLabel(id, locale) })),
    requirements: (f.requirements ?? []).map((id) => ({ id, title: getRequirement(id)?.title[locale] ?? id })),
    sink: f.sink?.api ?? '',
    reportableUnderAppi: !!f.leakTrigger?.reportableFromOne,
  };
}

function fileProblems(run: LintRun, locale: Locale): ScanWorkspaceResult['problems'] {
  const t = strings(locale).problems;
  const out: ScanWorkspaceResult['problems'] = [];
  for (const f of run.files) {
    if (f.parseError) out.push({ path: f.filePath, message: t.notParsed(`${f.parseError.message} (${f.parseError.line}:${f.parseError.column})`) });
    if (f.skipped) out.push({ path: f.filePath, message: t.tooLarge(f.filePath, formatBytes(f.skipped.size), formatBytes(f.skipped.limit)) });
  }
  for (const n of run.notChecked) out.push({ path: `*${n.extension}`, message: `${n.count} × ${n.extension}: ${n.parser}` });
  return out;
}
