// The extension's entry point: starts the language server, then wires the Cases view, the
// commands and the language status item to the case index the server keeps.
import * as vscode from 'vscode';
import { l10n, uiLocale } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { INDEX_CHANGED_NOTIFICATION, type CaseIndex } from '../../server/src/shared/protocol';
import { CasesView } from './cases-view';
import { registerCommands } from './commands';
import { CaseIndexStore } from './index-store';
import { PortfolioPanel } from './portfolio-panel';
import { createLanguageClient, documentSelector } from './language-client';
import { createStatusItem, showIndex } from './status-item';
import { registerWalkthroughCommands } from './walkthrough';
import { registerRuleDocs } from './rule-docs';
import { registerTasks } from './tasks';

let client: LanguageClient | undefined;

/** What activate() returns: for the editor tests and for other extensions. */
export interface CasefileApi {
  /** The last case index from the server; undefined before the first. */
  caseIndex(): CaseIndex | undefined;
  /** The Cases view's data. */
  tree: vscode.TreeDataProvider<unknown>;
  /** The Portfolio panel's document, while it is open. */
  portfolio(): { visible: boolean; html: string } | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<CasefileApi> {
  client = createLanguageClient(context);
  const store = new CaseIndexStore(client);
  // Every text the extension writes follows `casefile.language`, as the server's messages do (same function).
  const locale = uiLocale;
  const view = new CasesView(store, context.workspaceState, locale);
  const status = createStatusItem(documentSelector());
  const portfolio = new PortfolioPanel(client, store);
  context.subscriptions.push(
    store,
    view,
    portfolio,
    status,
    store.onDidChange((index) => showIndex(status, index)),
    ...registerCommands({ client, store, view, portfolio, locale }),
    ...registerWalkthroughCommands(client),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('casefile.language')) return;
      view.update();
      showIndex(status, store.current);
    }),
    client.onNotification(INDEX_CHANGED_NOTIFICATION, () => void store.refresh()),
    // After a restart the server validates from scratch: ask for its index again.
    client.onDidChangeState(() => void store.refresh()),
    // Git runs only in a trusted workspace (its config can name programs): a server started before
    // trust was given starts again, now with git's phase history.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
    registerTasks(context),
    registerRuleDocs(context),
  );
  const api: CasefileApi = {
    caseIndex: () => store.current,
    tree: view as vscode.TreeDataProvider<unknown>,
    portfolio: () => (portfolio.current ? { visible: portfolio.current.visible, html: portfolio.current.webview.html } : undefined),
  };
  try {
    await client.start();
  } catch (error) {
    status.busy = false;
    status.text = l10n.t('Casefile: the server did not start');
    status.severity = vscode.LanguageStatusSeverity.Error;
    void vscode.window.showErrorMessage(l10n.t('The Casefile language server did not start: {0}', String(error)));
    return api;
  }
  await store.refresh();
  return api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
