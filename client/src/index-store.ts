// The last case index from the server. Refreshes are coalesced (coalesce.ts).
import * as vscode from 'vscode';
import { l10n } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { coalesced } from './coalesce';
import { INDEX_REQUEST, type CaseIndex } from '../../server/src/shared/protocol';

export class CaseIndexStore implements vscode.Disposable {
  private index: CaseIndex | undefined;
  private readonly changed = new vscode.EventEmitter<CaseIndex | undefined>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  get current(): CaseIndex | undefined {
    return this.index;
  }

  /** Resolves once an index asked for after this call has arrived (or failed). */
  readonly refresh = coalesced(() => this.fetch());

  private async fetch(): Promise<void> {
    if (!this.client.isRunning()) return;
    try {
      this.index = await this.client.sendRequest(INDEX_REQUEST);
      this.changed.fire(this.index);
    } catch (error) {
      // A failed request keeps the last index; the reason goes to the client's log.
      this.client.error(l10n.t('Could not read the case index.'), error, false);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
