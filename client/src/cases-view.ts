// The Cases view: cases grouped by phase, from the server's index. The grouping itself is in
// tree-model.ts; this file only turns it into tree items.
import * as vscode from 'vscode';
import { l10n } from './i18n';
import type { CaseEntry } from '../../server/src/shared/protocol';
import type { Locale } from '../../server/src/engine/types';
import type { CaseIndexStore } from './index-store';
import { enumDoc, enumLabel } from './labels';
import {
  caseContext,
  caseDescription,
  caseIcon,
  caseLabel,
  errorBadge,
  groupByPhase,
  problemsText,
  staleText,
  timeInPhaseText,
  type KindFilter,
  type PhaseGroup,
  type PhaseKey,
} from './tree-model';

export type CaseNode = { type: 'case'; entry: CaseEntry };
export type TreeNode = { type: 'phase'; group: PhaseGroup } | CaseNode;

export const VIEW_ID = 'casefile.cases';
const FILTER_KEY = 'casefile.kindFilter';

export class CasesView implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<TreeNode>;
  private filter: KindFilter;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly store: CaseIndexStore,
    private readonly state: vscode.Memento,
    private readonly locale: () => Locale,
  ) {
    const saved = state.get<string[]>(FILTER_KEY);
    this.filter = Array.isArray(saved) && saved.length > 0 ? saved : undefined;
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      store.onDidChange(() => this.update()),
    );
    this.update();
  }

  get kindFilter(): KindFilter {
    return this.filter;
  }

  async setKindFilter(filter: KindFilter): Promise<void> {
    this.filter = filter && filter.length > 0 ? [...filter] : undefined;
    await this.state.update(FILTER_KEY, this.filter);
    this.update();
  }

  /** Redraws the tree and the view's description, message and context keys. */
  update(): void {
    const index = this.store.current;
    const cases = index?.cases ?? [];
    void vscode.commands.executeCommand('setContext', 'casefile.indexLoaded', index !== undefined);
    void vscode.commands.executeCommand('setContext', 'casefile.hasCases', cases.length > 0);
    void vscode.commands.executeCommand('setContext', 'casefile.filtered', this.filter !== undefined);
    const locale = this.locale();
    const kinds = this.filter?.map((k) => enumLabel('kind', k, locale) ?? k).join(', ');
    this.view.description = kinds ? l10n.t('Kinds: {0}', kinds) : undefined;
    this.view.badge = errorBadge(index, l10n);
    const shown = groupByPhase(index, this.filter).reduce((n, g) => n + g.cases.length, 0);
    // The description is hidden while the view is alone in its container, so the filter is named here too.
    this.view.message = cases.length > 0 && shown === 0 ? l10n.t('No case is of the chosen kinds.') : kinds ? l10n.t('Only these kinds are shown: {0}', kinds) : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    const index = this.store.current;
    // No cases at all: the welcome content (viewsWelcome) shows instead of empty phases.
    if (!index || index.cases.length === 0) return [];
    if (!node) return groupByPhase(index, this.filter).map((group) => ({ type: 'phase', group }));
    if (node.type === 'phase') return node.group.cases.map((entry) => ({ type: 'case', entry }));
    return [];
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return node.type === 'phase' ? this.phaseItem(node.group) : this.caseItem(node.entry);
  }

  private phaseLabel(phase: PhaseKey | string | undefined): string {
    if (phase === undefined || phase === 'none') return l10n.t('No phase');
    return enumLabel('phase', phase, this.locale()) ?? phase;
  }

  private phaseItem(group: PhaseGroup): vscode.TreeItem {
    const count = group.cases.length;
    const state = count > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(this.phaseLabel(group.phase), state);
    item.id = `phase:${group.phase}`;
    item.description = String(count);
    item.contextValue = 'phase';
    item.tooltip = group.phase === 'none' ? l10n.t('Cases whose phase is missing or not one of the five phases.') : enumDoc('phase', group.phase, this.locale())?.description;
    return item;
  }

  private caseItem(entry: CaseEntry): vscode.TreeItem {
    const uri = vscode.Uri.parse(entry.uri);
    const item = new vscode.TreeItem(caseLabel(entry), vscode.TreeItemCollapsibleState.None);
    item.id = `case:${entry.uri}`;
    item.description = caseDescription(entry, enumLabel('kind', entry.kind, this.locale()), l10n);
    item.iconPath = icon(caseIcon(entry));
    item.tooltip = this.tooltip(entry, uri);
    item.contextValue = caseContext(entry);
    item.command = { command: 'vscode.open', title: l10n.t('Open case'), arguments: [uri] };
    return item;
  }

  private tooltip(entry: CaseEntry, uri: vscode.Uri): vscode.MarkdownString {
    const locale = this.locale();
    const md = new vscode.MarkdownString();
    md.appendMarkdown('**')
      .appendText(entry.id ?? l10n.t('(no id)'))
      .appendMarkdown('**');
    if (entry.title) md.appendText(` — ${entry.title}`);
    md.appendMarkdown('\n\n');
    const rows: [string, string][] = [
      [l10n.t('Kind'), enumLabel('kind', entry.kind, locale) ?? l10n.t('(none)')],
      [l10n.t('Phase'), this.phaseLabel(entry.phase)],
      [l10n.t('Problems'), problemsText(entry.errors, entry.warnings, l10n)],
      [l10n.t('File'), vscode.workspace.asRelativePath(uri)],
    ];
    for (const [name, value] of rows) md.appendMarkdown(`${name}: `).appendText(value).appendMarkdown('  \n');
    // Time in phase and staleness as sentences under the facts.
    const lines = [timeInPhaseText(entry, l10n), staleText(entry, l10n)].filter((l) => l !== undefined);
    if (lines.length > 0) md.appendMarkdown('\n');
    for (const line of lines) md.appendText(line).appendMarkdown('  \n');
    return md;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function icon(level: ReturnType<typeof caseIcon>): vscode.ThemeIcon {
  if (level === 'error') return new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  if (level === 'warning') return new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  if (level === 'stale') return new vscode.ThemeIcon('clock', new vscode.ThemeColor('problemsInfoIcon.foreground'));
  return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
}
