// Sends a file's final findings as diagnostics: open files on every version, closed files only when
// their diagnostics change, and a clear only for a file that has diagnostics. An open document's
// diagnostics never go back to an older version's than the last sent.
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { startsWithBom } from '../engine/text';
import type { DocsLink } from '../engine';
import type { Entry } from '../engine/workspace/indexed-repository';
import { toDiagnostics } from './diagnostics';

export class DiagnosticsPublisher {
  /** True when Red Hat's YAML extension reports YAML syntax errors of the settings files itself. */
  yamlExtensionActive = false;
  /** Rule id → the link of its page (diagnostics' code links). */
  docs?: DocsLink;
  /** What was last sent per URI. */
  private readonly published = new Map<string, string>();
  /** The newest version sent per open document (a reopened document starts again). */
  private readonly newest = new Map<string, { document: TextDocument; version: number }>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  publish(entry: Entry, uri: string, version: number | undefined): void {
    const document = this.documents.get(uri);
    const newest = this.newest.get(uri);
    if (version !== undefined && document && newest?.document === document && version < newest.version) return;
    if (version !== undefined && document) this.newest.set(uri, { document, version });
    else this.newest.delete(uri);
    const text = version !== undefined ? document?.getText() : undefined;
    const bom = text !== undefined && startsWithBom(text);
    const diagnostics = toDiagnostics(entry.findings, entry.kind, { yamlExtensionActive: this.yamlExtensionActive, bom, docs: this.docs });
    const key = JSON.stringify(diagnostics);
    // Closed files are re-sent only when their diagnostics change; open ones on every version.
    const last = this.published.get(uri);
    const stamp = version === undefined ? key : `${version}|${key}`;
    if (last === stamp || (last === undefined && diagnostics.length === 0 && version === undefined)) return;
    if (diagnostics.length === 0 && version === undefined) this.published.delete(uri);
    else this.published.set(uri, stamp);
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  clear(uri: string): void {
    this.newest.delete(uri);
    if (!this.published.has(uri)) return;
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
