// The walkthrough's two commands: write the server's commented casefile.yaml or directory.yaml at
// the root of the first workspace folder's repository and open it. An existing file is never overwritten: it is
// opened instead, with a message saying so.
import * as vscode from 'vscode';
import { exists } from './files';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TEMPLATE_REQUEST, type TemplateParams } from '../../server/src/shared/protocol';
import { l10n } from './i18n';

export function registerWalkthroughCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('casefile.createPolicy', () => createFromTemplate(client, 'policy')),
    vscode.commands.registerCommand('casefile.createDirectory', () => createFromTemplate(client, 'directory')),
  ];
}

async function createFromTemplate(client: LanguageClient, kind: TemplateParams['kind']): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage(l10n.t('Open the folder of your case repository first: the file goes to its root.'));
    return;
  }
  const { file, text, uri: at } = await client.sendRequest(TEMPLATE_REQUEST, { kind, folder: client.code2ProtocolConverter.asUri(folder.uri) });
  if (!file) return;
  // The server names the repository root (it may lie above the folder); a virtual folder gets the folder itself.
  const uri = at ? client.protocol2CodeConverter.asUri(at) : vscode.Uri.joinPath(folder.uri, file);
  if (await exists(uri)) {
    void vscode.window.showInformationMessage(l10n.t('{0} already exists; it is opened as it is.', file));
  } else {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  }
  await vscode.window.showTextDocument(uri);
}
