/**
 * The "PII Findings" view for reviewers: every known finding under "By requirement" and "By data kind",
 * with counts, and the files the last scan could not check. A finding opens its location.
 */
import * as vscode from 'vscode';
import type { WorkspaceFinding } from '../../server/src/protocol.js';
import { groupByKind, groupByRequirement, type FindingGroup } from './findings-groups.js';
import type { FindingsStore } from './findings-store.js';

export const VIEW_ID = 'piiGuard.findings';

type Mode = 'requirement' | 'kind';
type Node =
  | { type: 'root'; mode: Mode }
  | { type: 'group'; mode: Mode; group: FindingGroup }
  | { type: 'finding'; finding: WorkspaceFinding }
  | { type: 'problems' }
  | { type: 'problem'; path: string; message: string };

export function countText(count: number): string {
  return count === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', count);
}

/** The message without its trailing requirement list, which the tree shows as groups already. */
function shortMessage(message: string): string {
  return message.replace(/\s*\[[^\]]*\]\s*$/, '') || message;
}

function location(finding: WorkspaceFinding): string {
  return `${finding.path}:${finding.range.start.line + 1}`;
}

/** File name and line: what tells findings of one group apart in a narrow side bar. */
function shortLocation(finding: WorkspaceFinding): string {
  return `${finding.path.slice(finding.path.lastIndexOf('/') + 1)}:${finding.range.start.line + 1}`;
}

const SEVERITY_ICONS: Record<WorkspaceFinding['severity'], vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
};

function findingItem(finding: WorkspaceFinding): vscode.TreeItem {
  const item = new vscode.TreeItem(shortLocation(finding), vscode.TreeItemCollapsibleState.None);
  item.description = shortMessage(finding.message);
  item.iconPath = SEVERITY_ICONS[finding.severity];
  item.contextValue = 'finding';
  // Code excerpts in messages are text, never markup.
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(finding.message);
  tooltip.appendMarkdown('\n\n');
  tooltip.appendText(`${location(finding)}:${finding.range.start.character + 1}  ${finding.ruleId}`);
  if (finding.kinds.length > 0) {
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(`${vscode.l10n.t('Data')}: ${finding.kinds.map((k) => k.label).join(', ')}`);
  }
  if (finding.requirements.length > 0) {
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(`${vscode.l10n.t('Requirements')}: ${finding.requirements.map((r) => r.id).join(', ')}`);
  }
  item.tooltip = tooltip;
  const { start, end } = finding.range;
  const options: vscode.TextDocumentShowOptions = { selection: new vscode.Range(start.line, start.character, end.line, end.character) };
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(finding.uri), options] };
  return item;
}

function groupItem(mode: Mode, group: FindingGroup): vscode.TreeItem {
  const count = countText(group.findings.length);
  const item = new vscode.TreeItem('', vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `${mode}/${group.id}`;
  if (mode === 'requirement') {
    item.label = group.id || vscode.l10n.t('No requirement');
    item.description = group.label && group.label !== group.id ? `${count} · ${group.label}` : count;
    item.tooltip = group.label && group.label !== group.id ? `${group.id}: ${group.label}` : undefined;
    item.iconPath = new vscode.ThemeIcon('law');
  } else {
    item.label = group.id ? group.label : vscode.l10n.t('No data kind');
    item.description = count;
    item.tooltip = group.id || undefined;
    item.iconPath = new vscode.ThemeIcon('symbol-field');
  }
  item.contextValue = `${mode}Group`;
  return item;
}

export class FindingsTreeProvider implements vscode.TreeDataProvider<Node> {
  private readonly changeEmitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly store: FindingsStore) {}

  refresh(): void {
    this.changeEmitter.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.type) {
      case 'root': {
        const requirement = node.mode === 'requirement';
        const item = new vscode.TreeItem(
          requirement ? vscode.l10n.t('By requirement') : vscode.l10n.t('By data kind'),
          requirement ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
        );
        item.id = `root/${node.mode}`;
        item.description = countText(this.store.findings().length);
        item.iconPath = new vscode.ThemeIcon(requirement ? 'checklist' : 'symbol-class');
        return item;
      }
      case 'group':
        return groupItem(node.mode, node.group);
      case 'finding':
        return findingItem(node.finding);
      case 'problems': {
        const problems = this.store.lastScan?.problems.length ?? 0;
        const item = new vscode.TreeItem(vscode.l10n.t('Files not checked'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'root/problems';
        item.description = String(problems);
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        return item;
      }
      case 'problem': {
        const item = new vscode.TreeItem(node.path, vscode.TreeItemCollapsibleState.None);
        item.description = node.message;
        item.tooltip = `${node.path}: ${node.message}`;
        item.iconPath = new vscode.ThemeIcon('file');
        return item;
      }
    }
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const roots: Node[] = [];
      if (this.store.findings().length > 0) roots.push({ type: 'root', mode: 'requirement' }, { type: 'root', mode: 'kind' });
      if ((this.store.lastScan?.problems.length ?? 0) > 0) roots.push({ type: 'problems' });
      return roots;
    }
    switch (node.type) {
      case 'root': {
        const groups = node.mode === 'requirement' ? groupByRequirement(this.store.findings()) : groupByKind(this.store.findings());
        return groups.map((group) => ({ type: 'group', mode: node.mode, group }));
      }
      case 'group':
        return node.group.findings.map((finding) => ({ type: 'finding', finding }));
      case 'problems':
        return (this.store.lastScan?.problems ?? []).map((p) => ({ type: 'problem', path: p.path, message: p.message }));
      default:
        return [];
    }
  }
}

/** The view, its badge and its header message, kept in step with the store. */
export function registerFindingsTree(store: FindingsStore): vscode.Disposable {
  const provider = new FindingsTreeProvider(store);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const update = (): void => {
    const total = store.findings().length;
    const scan = store.lastScan;
    view.badge = total > 0 ? { value: total, tooltip: countText(total) } : undefined;
    if (scan) {
      view.message = vscode.l10n.t('Last scan: {0} files, {1} ({2} s).', scan.filesScanned, countText(scan.findings.length), (scan.durationMs / 1000).toFixed(1));
    } else {
      view.message = total > 0 ? vscode.l10n.t('Open files only. Run "Scan Workspace" to check the whole workspace.') : undefined;
    }
    void vscode.commands.executeCommand('setContext', 'piiGuard.scanned', scan !== undefined);
    provider.refresh();
  };
  const subscription = store.onDidChange(update);
  update();
  return vscode.Disposable.from(view, { dispose: () => subscription.dispose() });
}
