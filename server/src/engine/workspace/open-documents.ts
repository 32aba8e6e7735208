// The documents the editor holds open, by file path; the client's URI spelling is kept.
import { pathOf, uriOf } from './uris';
import type { OpenDocument, WorkspaceHost } from './workspace-host';

export class OpenDocuments<D extends OpenDocument = OpenDocument> {
  /** Open documents by path. */
  private readonly open = new Map<string, string>();

  constructor(private readonly host: Pick<WorkspaceHost<D>, 'document'>) {}

  opened(uri: string): void {
    const abs = pathOf(uri);
    if (abs) this.open.set(abs, uri);
  }

  /** Forgets an open document; returns its path. */
  closed(uri: string): string | undefined {
    const abs = pathOf(uri);
    if (abs) this.open.delete(abs);
    return abs;
  }

  isOpen(abs: string): boolean {
    return this.open.has(abs);
  }

  uriFor(abs: string): string {
    return this.open.get(abs) ?? uriOf(abs);
  }

  byUri(uri: string): D | undefined {
    return this.host.document(uri);
  }

  documentOf(abs: string): D | undefined {
    const uri = this.open.get(abs);
    return uri ? this.host.document(uri) : undefined;
  }

  textOf(abs: string): string | undefined {
    return this.documentOf(abs)?.getText();
  }

  versionOf(abs: string): number | undefined {
    return this.documentOf(abs)?.version;
  }
}
