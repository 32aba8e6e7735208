// The commands of the Cases view and the palette. Every change to a file is the server's edit;
// the client only asks and shows the answer.
import * as vscode from 'vscode';
import { l10n } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Locale } from '../../server/src/engine/types';
import { MOVE_PHASE_REQUEST, SELECT_RANGE_COMMAND, type MovePhaseParams, type MovePhaseResult, type PhaseDirection } from '../../server/src/shared/protocol';
import type { CaseNode, CasesView } from './cases-view';
import type { CaseIndexStore } from './index-store';
import type { PortfolioPanel } from './portfolio-panel';
import { enumLabel, enumValues } from './labels';
import { newCase } from './new-case';
import { caseLabel } from './tree-model';

export interface CommandDeps {
  client: LanguageClient;
  store: CaseIndexStore;
  view: CasesView;
  portfolio: PortfolioPanel;
  locale: () => Locale;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { client, store, view } = deps;
  return [
    vscode.commands.registerCommand('casefile.newCase', () => newCase(deps)),
    vscode.commands.registerCommand('casefile.refresh', () => store.refresh()),
    vscode.commands.registerCommand('casefile.openPortfolio', () => deps.portfolio.show()),
    vscode.commands.registerCommand('casefile.filterByKind', () => filterByKind(deps)),
    vscode.commands.registerCommand('casefile.clearFilter', () => view.setKindFilter(undefined)),
    vscode.commands.registerCommand('casefile.movePhaseNext', (node?: CaseNode | vscode.Uri) => movePhase(deps, 'next', node)),
    vscode.commands.registerCommand('casefile.movePhasePrevious', (node?: CaseNode | vscode.Uri) => movePhase(deps, 'previous', node)),
    vscode.commands.registerCommand('casefile.revealInExplorer', (node?: CaseNode | vscode.Uri) => {
      const uri = targetUri(node);
      return uri ? vscode.commands.executeCommand('revealInExplorer', uri) : undefined;
    }),
    vscode.commands.registerCommand('casefile.restartServer', () => client.restart()),
    // Run by quick fixes after their edit: the placeholder they wrote is selected, ready to type over.
    vscode.commands.registerCommand(SELECT_RANGE_COMMAND, (uri: string, range: unknown) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.uri.toString() !== uri) return;
      const selected = client.protocol2CodeConverter.asRange(range as Parameters<typeof client.protocol2CodeConverter.asRange>[0]);
      if (!selected) return;
      editor.selection = new vscode.Selection(selected.start, selected.end);
      editor.revealRange(selected);
    }),
  ];
}

/** The case a command acts on: the tree node it was invoked on, else the active case file. */
function targetUri(node: CaseNode | vscode.Uri | undefined): vscode.Uri | undefined {
  if (node instanceof vscode.Uri) return node;
  if (node?.type === 'case') return vscode.Uri.parse(node.entry.uri);
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId === 'casefile') return doc.uri;
  void vscode.window.showInformationMessage(l10n.t('Choose a case in the Cases view or open a case file first.'));
  return undefined;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/**
 * Moves a case one phase. The server edits the text with workspace/applyEdit before it answers.
 * The file is opened first (not shown), so the server's edit names the document version it was
 * computed on and VS Code refuses it if the file changed meanwhile, on disk or in an editor.
 * A file without unsaved changes before the move is saved after it, so the move is one step like
 * a tree action should be; a file with unsaved changes is left for the user to save.
 */
async function movePhase(deps: CommandDeps, direction: PhaseDirection, node: CaseNode | vscode.Uri | undefined): Promise<void> {
  const uri = targetUri(node);
  if (!uri) return;
  const wasDirty = openDocument(uri)?.isDirty ?? false;
  const params: MovePhaseParams = { uri: deps.client.code2ProtocolConverter.asUri(uri), direction };
  let result: MovePhaseResult;
  try {
    // The language client sends didOpen before any later request, so the server has the document.
    await vscode.workspace.openTextDocument(uri);
    result = await deps.client.sendRequest(MOVE_PHASE_REQUEST, params);
  } catch (error) {
    void vscode.window.showErrorMessage(l10n.t('Could not move the case: {0}', errorText(error)));
    return;
  }
  if (!result.applied) {
    void vscode.window.showWarningMessage(result.message ?? l10n.t('The case stays in its phase.'));
    return;
  }
  const doc = openDocument(uri);
  if (!wasDirty && doc?.isDirty) await doc.save();
  const name = node && !(node instanceof vscode.Uri) ? caseLabel(node.entry) : vscode.workspace.asRelativePath(uri);
  const phase = enumLabel('phase', result.phase, deps.locale()) ?? result.phase ?? '';
  vscode.window.setStatusBarMessage(l10n.t('{0} is now in the phase {1}.', name, phase), 5000);
}

async function filterByKind(deps: CommandDeps): Promise<void> {
  const locale = deps.locale();
  const current = deps.view.kindFilter;
  const items = enumValues('kind').map((kind) => ({
    value: kind,
    label: enumLabel('kind', kind, locale) ?? kind,
    description: kind,
    picked: current?.includes(kind) ?? false,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: l10n.t('Filter cases by kind'),
    placeHolder: l10n.t('Choose the kinds to show; choose none to show all kinds'),
  });
  if (!picked) return;
  const kinds = picked.map((p) => p.value);
  await deps.view.setKindFilter(kinds.length === items.length ? undefined : kinds);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
