// The New case command: kind → proposed id → title; the server creates the file, and the client
// inserts the kind's skeleton as a snippet so that every placeholder (ORGANISATION, NAME…) is a tab stop.
import * as vscode from 'vscode';
import { l10n } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Locale } from '../../server/src/engine/types';
import { NEW_CASE_PROPOSAL_REQUEST, NEW_CASE_REQUEST, type NewCaseParams } from '../../server/src/shared/protocol';
import type { CaseIndexStore } from './index-store';
import { enumDoc, enumValues } from './labels';
import { idProblem } from './tree-model';

export interface NewCaseDeps {
  client: LanguageClient;
  store: CaseIndexStore;
  locale: () => Locale;
}

export async function newCase(deps: NewCaseDeps): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage(l10n.t('Open the folder of a case repository to create cases.'));
    return;
  }
  const locale = deps.locale();
  const kinds = enumValues('kind').map((kind) => {
    const doc = enumDoc('kind', kind, locale);
    return { value: kind, label: doc?.title ?? kind, description: kind, detail: doc?.description };
  });
  const title = l10n.t('New case');
  const picked = await vscode.window.showQuickPick(kinds, {
    title,
    placeHolder: l10n.t('What is asked? Choose the kind of case'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  try {
    const proposal = await deps.client.sendRequest(NEW_CASE_PROPOSAL_REQUEST, { kind: picked.value });
    const folder = vscode.workspace.asRelativePath(deps.client.protocol2CodeConverter.asUri(proposal.folder));
    const id = await vscode.window.showInputBox({
      title,
      prompt: l10n.t('The id of the case (the file goes in {0})', folder),
      value: proposal.id,
      validateInput: (value) => idMessage(value, deps),
    });
    if (id === undefined) return;
    const caseTitle = await vscode.window.showInputBox({
      title,
      prompt: l10n.t('The title of the case'),
      placeHolder: l10n.t('e.g. Digital follow-up after hip surgery'),
      validateInput: (value) => (value.trim() === '' ? l10n.t('The title cannot be empty.') : undefined),
    });
    if (caseTitle === undefined) return;
    const params: NewCaseParams = { kind: picked.value, id, title: caseTitle.trim(), snippet: true };
    const result = await deps.client.sendRequest(NEW_CASE_REQUEST, params);
    if (!result.uri) {
      void vscode.window.showErrorMessage(result.message ?? l10n.t('The case file could not be created.'));
      return;
    }
    const doc = await vscode.workspace.openTextDocument(deps.client.protocol2CodeConverter.asUri(result.uri));
    // Not a preview tab: the new case must not vanish when the next file is opened.
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    // The server created the file empty; the skeleton goes in as a snippet, its first placeholder selected.
    if (result.snippet !== undefined && doc.getText() === '') await editor.insertSnippet(new vscode.SnippetString(result.snippet), new vscode.Position(0, 0));
    // Saved whole, so the case exists on disk as the Cases view shows it; the snippet's tab stops stay.
    if (doc.isDirty) await doc.save();
  } catch (error) {
    void vscode.window.showErrorMessage(l10n.t('Could not create the case: {0}', error instanceof Error ? error.message : String(error)));
  }
}

function idMessage(value: string, deps: NewCaseDeps): string | undefined {
  const existing = (deps.store.current?.cases ?? []).map((c) => ({ id: c.id, file: vscode.workspace.asRelativePath(vscode.Uri.parse(c.uri), false) }));
  return idProblem(value, existing, deps.locale());
}
