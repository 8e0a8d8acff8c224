/**
 * What the extension knows about findings: the last workspace scan, overlaid per file with the live
 * diagnostics of documents the server has linted since (they reflect unsaved edits), and the per-file
 * counts of `piiGuard/status`. No `vscode` import: the tree and the status bar read it, tests drive it.
 */
import type { DiagnosticData, ScanWorkspaceResult, StatusParams, WorkspaceFinding } from '../../server/src/protocol.js';
import { compareFindings } from './findings-groups.js';

/** A diagnostic as the client received it (vscode-languageclient keeps the LSP `data`). */
export interface LiveDiagnostic {
  range: WorkspaceFinding['range'];
  message: string;
  severity: WorkspaceFinding['severity'];
  data?: unknown;
}

function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Record<string, unknown>;
  const strings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');
  return typeof data.ruleId === 'string' && strings(data.requirements) && strings(data.kinds);
}

/** What the server last said about one document. */
export interface FileStatus {
  findings: number;
  /** Absent when the server did not say (older servers), or when only diagnostics are known. */
  state?: StatusParams['state'];
}

export class FindingsStore {
  private scan: ScanWorkspaceResult | undefined;
  private readonly scanned = new Map<string, WorkspaceFinding[]>();
  private readonly live = new Map<string, WorkspaceFinding[]>();
  private readonly statuses = new Map<string, FileStatus>();
  // Diagnostics carry IDs only; the scan brings the server's (localized) labels for them.
  private readonly kindLabels = new Map<string, string>();
  private readonly requirementTitles = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  /** findings(), kept until the next change: the tree and its badge ask for it several times per change. */
  private merged: readonly WorkspaceFinding[] | undefined;

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private changed(): void {
    this.merged = undefined;
    for (const listener of [...this.listeners]) listener();
  }

  get lastScan(): ScanWorkspaceResult | undefined {
    return this.scan;
  }

  /** A new workspace scan replaces everything except what open documents show now. */
  setScan(result: ScanWorkspaceResult, isOpen: (uri: string) => boolean): void {
    this.scan = result;
    this.scanned.clear();
    for (const finding of result.findings) {
      const list = this.scanned.get(finding.uri) ?? [];
      list.push(finding);
      this.scanned.set(finding.uri, list);
      for (const kind of finding.kinds) this.kindLabels.set(kind.id, kind.label);
      for (const requirement of finding.requirements) this.requirementTitles.set(requirement.id, requirement.title);
    }
    for (const uri of [...this.live.keys()]) if (!isOpen(uri)) this.live.delete(uri);
    this.changed();
  }

  /**
   * Diagnostics published for a document. An empty list for a document that is no longer open is the
   * server clearing its squiggles on close, not a fix: what was known stays.
   */
  setLive(uri: string, path: string, diagnostics: readonly LiveDiagnostic[], isOpen: boolean): void {
    if (diagnostics.length === 0 && !isOpen) return;
    const findings: WorkspaceFinding[] = [];
    for (const diagnostic of diagnostics) {
      // Only findings carry PII Guard's data; parse errors and configuration problems do not.
      if (!isDiagnosticData(diagnostic.data)) continue;
      const data = diagnostic.data;
      findings.push({
        uri,
        path,
        range: diagnostic.range,
        ruleId: data.ruleId,
        message: diagnostic.message,
        severity: diagnostic.severity,
        kinds: data.kinds.map((id) => ({ id, label: this.kindLabels.get(id) ?? id })),
        requirements: data.requirements.map((id) => ({ id, title: this.requirementTitles.get(id) ?? id })),
        sink: '',
        reportableUnderAppi: false,
      });
    }
    this.live.set(uri, findings);
    this.changed();
  }

  setStatus(uri: string, status: FileStatus): void {
    const known = this.statuses.get(uri);
    if (known?.findings === status.findings && known.state === status.state) return;
    this.statuses.set(uri, { findings: status.findings, state: status.state });
    this.changed();
  }

  /** A document's status, or undefined when the server has said nothing about it yet. */
  statusOf(uri: string): FileStatus | undefined {
    const status = this.statuses.get(uri);
    if (status) return status;
    const live = this.live.get(uri);
    return live ? { findings: live.length } : undefined;
  }

  /** Every known finding: a file's live diagnostics where there are some, else its scan findings. */
  findings(): readonly WorkspaceFinding[] {
    if (this.merged) return this.merged;
    const all: WorkspaceFinding[] = [];
    for (const [uri, list] of this.scanned) if (!this.live.has(uri)) all.push(...list);
    for (const list of this.live.values()) all.push(...list);
    this.merged = all.sort(compareFindings);
    return this.merged;
  }

  /** The server restarted or the client stopped: live data is gone with it, the scan stays. */
  clearLive(): void {
    this.live.clear();
    this.statuses.clear();
    this.changed();
  }
}
