// The last case index from the server. Refreshes are coalesced: while one request runs, further
// calls share one more request afterwards.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { INDEX_REQUEST, type CaseIndex } from '../../server/src/shared/protocol';

export class CaseIndexStore implements vscode.Disposable {
  private index: CaseIndex | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<CaseIndex | undefined>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  get current(): CaseIndex | undefined {
    return this.index;
  }

  /** Resolves once an index asked for after this call has arrived (or failed). */
  refresh(): Promise<void> {
    if (!this.running) {
      this.running = this.fetch().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    // The running request may predate the change: one follow-up, shared by every caller meanwhile.
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.refresh();
    });
    return this.queued;
  }

  private async fetch(): Promise<void> {
    if (!this.client.isRunning()) return;
    try {
      this.index = await this.client.sendRequest(INDEX_REQUEST);
      this.changed.fire(this.index);
    } catch (error) {
      // A failed request keeps the last index; the reason goes to the client's log.
      this.client.error(vscode.l10n.t('Could not read the case index.'), error, false);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
