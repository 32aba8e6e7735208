// Starts the bundled language server (dist/server.js) over IPC and says which documents it serves.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitOptions } from '../../server/src/shared/protocol';
import { WATCHED_PATTERNS, documentFilters } from './selector';
import { hoverDocsLink, RULE_DOCS_COMMAND, ruleDocsLink } from './rule-docs';

/** Schemes of workspace folders the server cannot read from disk (a virtual workspace). */
export function virtualSchemes(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme).filter((s) => s !== 'file');
}

export function documentSelector(): vscode.DocumentFilter[] {
  return documentFilters(virtualSchemes());
}

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // Source maps make the server's logged stack traces name .ts files and lines.
    run: { module, transport: TransportKind.ipc, options: { execArgv: ['--enable-source-maps'] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--enable-source-maps', '--nolazy', '--inspect=6009'] } },
  };
  // Read at each start, so a restart after trust is granted says so.
  const initializationOptions = (): InitOptions => ({
    locale: vscode.env.language,
    yamlExtensionActive: vscode.extensions.getExtension('redhat.vscode-yaml') !== undefined,
    workspaceTrusted: vscode.workspace.isTrusted,
    docsLink: ruleDocsLink(vscode.env.uriScheme, context.extension.id),
    hoverDocsLink: hoverDocsLink(),
  });
  const watchers = WATCHED_PATTERNS.map((pattern) => vscode.workspace.createFileSystemWatcher(pattern));
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentFilters(virtualSchemes()),
    initializationOptions,
    // Hovers link rule pages through this one command (rule-docs.ts); no other command runs from them.
    markdown: { isTrusted: { enabledCommands: [RULE_DOCS_COMMAND] } },
    synchronize: { configurationSection: 'casefile', fileEvents: watchers },
  };
  // The id `casefile` makes the client read the `casefile.trace.server` setting; the name is the
  // output channel's, "Casefile" in every language (the README and the messages name it so).
  return new LanguageClient('casefile', 'Casefile', serverOptions, clientOptions);
}
