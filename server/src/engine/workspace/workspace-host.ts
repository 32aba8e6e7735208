// What the editor's workspace index needs from its host (the language server), as plain data, so
// the index stays free of LSP types.
import type { Locale } from '..';
import type { Entry } from './indexed-repository';

/** An open document: the fields of an LSP TextDocument the index reads. */
export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  /** The editor's language id; it names the kind of a document only when its name cannot (untitled:). */
  readonly languageId: string;
  getText(): string;
}

/** `D` is the host's document type, handed back by `Workspace.current`. */
export interface WorkspaceHost<D extends OpenDocument = OpenDocument> {
  /** The open document of a URI. */
  document(uri: string): D | undefined;
  /** Publishes one file's final findings (the host maps and filters them). */
  publish(entry: Entry, uri: string, version: number | undefined): void;
  /** Clears a file's diagnostics. */
  clear(uri: string): void;
  indexChanged(): void;
  log(message: string): void;
  today(): string;
  locale(): Locale;
}
