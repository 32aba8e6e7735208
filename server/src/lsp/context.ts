// What the feature adapters share, and the shape every feature exports so server.ts keeps one list.
import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocsLink, Locale } from '../engine';
import type { Workspace } from '../engine/workspace/editor-workspace';
import type { PhaseHistories } from './phase-histories';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: Workspace<TextDocument>;
  locale(): Locale;
  today(): string;
  /** Git's phase history per repository root, cached (none in an untrusted workspace). */
  histories: PhaseHistories;
  /** Runs a pending validation of a document now, so a feature sees its current version. */
  flush(uri: string): void;
  /** Runs a handler; an exception is logged and the fallback returned. */
  guard<T>(name: string, fallback: T, run: () => T | Promise<T>): Promise<T>;
  /** What the client said it supports at initialize (e.g. versioned workspace edits). */
  clientCapabilities(): ClientCapabilities;
  /** Rule id → the hover's link to its page (the `casefile.docsUrl` setting, else the client's, else the web's). */
  docs?(): DocsLink;
  /** Rule id → its page as a plain link (diagnostics, the portfolio): the setting, else the extension's bundled page, else the web's. */
  ruleLinks?(): DocsLink;
}

/** A feature: what it adds to the server's capabilities, and its handlers. */
export interface Feature {
  capabilities: ServerCapabilities;
  register(ctx: ServerContext): void;
}
