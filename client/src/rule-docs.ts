// Rule pages offline: the page bundled in the extension (docs/rules/<rule>.md), shown as rendered
// Markdown. A diagnostic's code link (Problems panel, the problem's hover) is
// `<uriScheme>://<extension id>/rule/<rule>`, this extension's URI handler: the editor opens any link
// there, but drops links of its own URI scheme from hover Markdown. The hover's link is therefore a
// `command:` link to RULE_DOCS_COMMAND, the one command the language client trusts in hovers.
import * as vscode from 'vscode';
import { exists } from './files';
import { l10n } from './i18n';

const RULE_ID = /^[a-z0-9][a-z0-9-]*$/;
const RULE_PATH = /^\/rule\/([^/]+)\/?$/;

/** Opens a rule's bundled page; its one argument is the rule id. */
export const RULE_DOCS_COMMAND = 'casefile.showRuleDocs';

/** The code links' base the server gets (initializationOptions.docsLink): a `{rule}` template. */
export function ruleDocsLink(uriScheme: string, extensionId: string): string {
  return `${uriScheme}://${extensionId.toLowerCase()}/rule/{rule}`;
}

/** The hover links' base (initializationOptions.hoverDocsLink): the command with `["<rule>"]`, encoded. */
export function hoverDocsLink(): string {
  return `command:${RULE_DOCS_COMMAND}?${encodeURIComponent('["')}{rule}${encodeURIComponent('"]')}`;
}

/** The rule a handled URI names (checked against RULE_ID before use). */
export function ruleOf(uri: vscode.Uri | { path: string }): string | undefined {
  return RULE_PATH.exec(uri.path)?.[1];
}

export function registerRuleDocs(context: vscode.ExtensionContext): vscode.Disposable {
  const show = async (rule: unknown, link: string) => {
    const id = typeof rule === 'string' && RULE_ID.test(rule) ? rule : undefined;
    const page = id ? vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`) : undefined;
    if (!page || !(await exists(page))) {
      void vscode.window.showWarningMessage(l10n.t('Casefile has no page for this link: {0}', link));
      return;
    }
    await vscode.commands.executeCommand('markdown.showPreview', page);
  };
  return vscode.Disposable.from(
    vscode.window.registerUriHandler({ handleUri: (uri) => show(ruleOf(uri), uri.toString(true)) }),
    vscode.commands.registerCommand(RULE_DOCS_COMMAND, (rule: unknown) => show(rule, String(rule))),
  );
}
