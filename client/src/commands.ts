// The commands of the Cases view and the palette. Every change to a file is the server's edit;
// the client only asks and shows the answer.
import * as vscode from 'vscode';
import { l10n } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Locale } from '../../server/src/engine/types';
import { SELECT_RANGE_COMMAND } from '../../server/src/shared/protocol';
import type { CaseNode, CasesView } from './cases-view';
import type { CaseIndexStore } from './index-store';
import type { PortfolioPanel } from './portfolio-panel';
import { enumLabel, enumValues } from './labels';
import { targetUri, type CaseTarget } from './case-target';
import { movePhase, moveTo } from './move-phase';
import { newCase } from './new-case';

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
    // The code lens passes the URI as a string and the phase it named.
    vscode.commands.registerCommand('casefile.movePhaseNext', (node?: CaseTarget, to?: unknown) => movePhase(deps, 'next', node, typeof to === 'string' ? to : undefined)),
    vscode.commands.registerCommand('casefile.movePhasePrevious', (node?: CaseTarget) => movePhase(deps, 'previous', node)),
    // The Cases view's "Move to <phase>" entries, one per phase (menu titles are static).
    vscode.commands.registerCommand('casefile.moveTo.needs', (node?: CaseNode) => moveTo(deps, 'needs', node)),
    vscode.commands.registerCommand('casefile.moveTo.planning', (node?: CaseNode) => moveTo(deps, 'planning', node)),
    vscode.commands.registerCommand('casefile.moveTo.execution', (node?: CaseNode) => moveTo(deps, 'execution', node)),
    vscode.commands.registerCommand('casefile.moveTo.result', (node?: CaseNode) => moveTo(deps, 'result', node)),
    vscode.commands.registerCommand('casefile.moveTo.closed', (node?: CaseNode) => moveTo(deps, 'closed', node)),
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
