// The server announces the capabilities of every feature in its list, merged.
import { afterEach, expect, it } from 'vitest';
import { CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

it('merges the capabilities the features export', async () => {
  h = await Harness.start({ from: null });
  expect(h.initialized?.capabilities).toEqual({
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    completionProvider: { triggerCharacters: [':', ' ', '-'] },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.casefile'] },
    documentSymbolProvider: true,
    codeLensProvider: { resolveProvider: false },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    workspaceSymbolProvider: true,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  });
});
