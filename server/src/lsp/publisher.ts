// Sends a file's final findings as diagnostics: open files on every version, closed files only when
// their diagnostics change, and a clear only for a file that has diagnostics.
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

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  publish(entry: Entry, uri: string, version: number | undefined): void {
    const text = version !== undefined ? this.documents.get(uri)?.getText() : undefined;
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
    if (!this.published.has(uri)) return;
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
