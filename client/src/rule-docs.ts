// Rule pages offline: the server links each rule to `<uriScheme>://<extension id>/rule/<rule>`, this
// extension's URI handler, which opens the page bundled in the extension (docs/rules/<rule>.md) as
// rendered Markdown. One kind of link serves both the Problems panel's code link and the hover's:
// a `command:` link would need trusted Markdown in hovers, and the Problems panel does not run it.
import * as vscode from 'vscode';
import { l10n } from './i18n';

const RULE_PATH = /^\/rule\/([a-z0-9][a-z0-9-]*)\/?$/;

/** The link base the server gets (initializationOptions.docsLink): a `{rule}` template. */
export function ruleDocsLink(uriScheme: string, extensionId: string): string {
  return `${uriScheme}://${extensionId.toLowerCase()}/rule/{rule}`;
}

/** The rule a handled URI names, if it is one of ours. */
export function ruleOf(uri: vscode.Uri | { path: string }): string | undefined {
  return RULE_PATH.exec(uri.path)?.[1];
}

export function registerRuleDocs(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.window.registerUriHandler({
    handleUri: async (uri) => {
      const rule = ruleOf(uri);
      const page = rule ? vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${rule}.md`) : undefined;
      if (!rule || !page || !(await exists(page))) {
        void vscode.window.showWarningMessage(l10n.t('Casefile has no page for this link: {0}', uri.toString(true)));
        return;
      }
      await vscode.commands.executeCommand('markdown.showPreview', page);
    },
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
