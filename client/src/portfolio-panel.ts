// The Portfolio webview: the server's report of the workspace as HTML, shown as it is sent. The
// client computes nothing; it gives the server a fresh nonce for the page's one script, and opens
// a case when the page asks, only if it is a case of the current index.
import * as vscode from 'vscode';
import { l10n, uiLocale } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PORTFOLIO_REQUEST } from '../../server/src/shared/protocol';
import type { CaseIndexStore } from './index-store';
import { caseToOpen, messagePage, newNonce, withoutNonce } from './portfolio-model';
import { coalesced } from './coalesce';

export const PORTFOLIO_VIEW_TYPE = 'casefile.portfolio';
/** While someone types, the index changes many times a second; the report follows once they pause. */
const QUIET_MS = 750;

export class PortfolioPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The document shown, without its nonce: an identical render is not set again (no flicker, no scroll). */
  private shown: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private quiet: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly client: LanguageClient,
    private readonly store: CaseIndexStore,
  ) {
    // Hidden, the panel is rendered again when it shows; visible, once the index has stopped changing.
    this.disposables.push(store.onDidChange(() => this.renderWhenQuiet()));
  }

  /** Opens the panel, or reveals it, with a current report. */
  show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return this.render();
    }
    const panel = vscode.window.createWebviewPanel(PORTFOLIO_VIEW_TYPE, l10n.t('Casefile Portfolio'), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    this.panel = panel;
    this.shown = undefined;
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      this.shown = undefined;
    });
    panel.onDidChangeViewState(() => (panel.visible ? void this.render() : undefined));
    panel.webview.onDidReceiveMessage((message: unknown) => void this.open(message));
    return this.render();
  }

  /** The panel, for the editor tests. */
  get current(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  private renderWhenQuiet(): void {
    clearTimeout(this.quiet);
    this.quiet = setTimeout(() => {
      this.quiet = undefined;
      if (this.panel?.visible) void this.render();
    }, QUIET_MS);
  }

  /** Renders now; while a render runs, later calls share one more render after it (coalesce.ts). */
  readonly render = coalesced(() => this.renderOnce());

  private async renderOnce(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const nonce = newNonce();
    const html = await this.documentFor(nonce);
    // Closed meanwhile, or replaced by a new panel.
    if (this.panel !== panel) return;
    // The title follows casefile.language as the page does (a change of it renders the page again).
    panel.title = l10n.t('Casefile Portfolio');
    const key = withoutNonce(html, nonce);
    if (key === this.shown) return;
    this.shown = key;
    panel.webview.html = html;
  }

  private async documentFor(nonce: string): Promise<string> {
    const title = l10n.t('Casefile Portfolio');
    if (!this.client.isRunning()) {
      return messagePage(
        title,
        l10n.t('The Casefile language server is not running, so there is no report. Run "Casefile: Restart Language Server" and the portfolio appears here.'),
        uiLocale(),
      );
    }
    try {
      const { html } = await this.client.sendRequest(PORTFOLIO_REQUEST, { nonce });
      if (html) return html;
      return messagePage(title, l10n.t('The language server could not build the portfolio; the reason is in the output channel “Casefile”.'), uiLocale());
    } catch (error) {
      return messagePage(title, l10n.t('Could not get the portfolio from the language server: {0}', error instanceof Error ? error.message : String(error)), uiLocale());
    }
  }

  /** A click on a case in the page: opens its file beside the panel, if it is a case of the index. */
  private async open(message: unknown): Promise<void> {
    const uri = caseToOpen(message, this.store.current);
    if (!uri) return;
    const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
    try {
      await vscode.window.showTextDocument(this.client.protocol2CodeConverter.asUri(uri), { viewColumn: column });
    } catch (error) {
      void vscode.window.showErrorMessage(l10n.t('Could not open the case: {0}', error instanceof Error ? error.message : String(error)));
    }
  }

  dispose(): void {
    clearTimeout(this.quiet);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
