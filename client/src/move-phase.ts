// Moving a case a phase, from the Cases view ("Move to Project execution"), the palette, the editor
// menu or the phase code lens. The server computes the edit and applies it with workspace/applyEdit;
// the case is shown in an editor first, so the edit lands in its undo stack and Ctrl+Z takes it back.
// Afterwards the user is told what the move added: the new phase's missing things, with "Open case".
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Phase } from '../../server/src/engine/model';
import type { Locale } from '../../server/src/engine/types';
import { MOVE_PHASE_REQUEST, type MovePhaseParams, type MovePhaseResult, type MoveProblem, type PhaseDirection } from '../../server/src/shared/protocol';
import { isCaseNode, targetUri, type CaseTarget } from './case-target';
import { l10n } from './i18n';
import type { CaseIndexStore } from './index-store';
import { enumLabel } from './labels';
import { firstProblem, movedMessage } from './move-model';
import { moveDirection } from './tree-model';

export interface MoveDeps {
  client: LanguageClient;
  store: CaseIndexStore;
  locale: () => Locale;
}

/**
 * Moves a case one phase; `to` is the phase the user chose (the server refuses if the case would go
 * elsewhere, e.g. the file changed since the menu was drawn). The file is opened first, so the
 * server's edit names the document version it was computed on and VS Code refuses it if the file
 * changed meanwhile. A file without unsaved changes before the move is saved after it (undo still
 * works after a save); a file with unsaved changes is left for the user to save.
 */
export async function movePhase(deps: MoveDeps, direction: PhaseDirection, node: CaseTarget, to?: string): Promise<void> {
  const uri = targetUri(node);
  if (!uri) return;
  let doc: vscode.TextDocument;
  let wasDirty: boolean;
  let result: MovePhaseResult;
  try {
    // The language client sends didOpen before any later request, so the server has the document.
    doc = await vscode.workspace.openTextDocument(uri);
    wasDirty = doc.isDirty;
    await show(doc, { preserveFocus: true });
    const params: MovePhaseParams = { uri: deps.client.code2ProtocolConverter.asUri(uri), direction, ...(to !== undefined ? { to } : {}) };
    result = await deps.client.sendRequest(MOVE_PHASE_REQUEST, params);
  } catch (error) {
    void vscode.window.showErrorMessage(l10n.t('Could not move the case: {0}', error instanceof Error ? error.message : String(error)));
    return;
  }
  if (!result.applied) {
    void vscode.window.showWarningMessage(result.message ?? l10n.t('The case stays in its phase.'));
    return;
  }
  if (!wasDirty && doc.isDirty) await doc.save();
  // Not awaited: the notification stays until the user closes it; the move is done.
  tell(deps, doc.uri, node, result).catch((error: unknown) => void vscode.window.showErrorMessage(l10n.t('Could not open the case: {0}', String(error))));
}

/** The Cases view's "Move to <phase>": one step on or back, whichever leads to `target`. */
export function moveTo(deps: MoveDeps, target: Phase, node: CaseTarget): Promise<void> | undefined {
  const phase = isCaseNode(node) ? node.entry.phase : undefined;
  const direction = moveDirection(phase, target);
  if (!direction) {
    void vscode.window.showInformationMessage(l10n.t('Choose a case one phase from {0} in the Cases view.', enumLabel('phase', target, deps.locale()) ?? target));
    return undefined;
  }
  return movePhase(deps, direction, node, target);
}

/** The follow-up: a warning naming the new problems, or an information that there are none; both offer "Open case". */
async function tell(deps: MoveDeps, uri: vscode.Uri, node: CaseTarget, result: MovePhaseResult): Promise<void> {
  const problems = result.problems ?? [];
  const phase = enumLabel('phase', result.phase, deps.locale()) ?? result.phase ?? '';
  const message = movedMessage(caseName(deps, uri, node), phase, problems, l10n);
  const open = l10n.t('Open case');
  const choice = message.worse ? await vscode.window.showWarningMessage(message.text, open) : await vscode.window.showInformationMessage(message.text, open);
  // By URI: the document may have been closed while the notification was up.
  if (choice === open) await show(await vscode.workspace.openTextDocument(uri), { preview: false }, firstProblem(problems));
}

/** The case's id as the index knows it (a tree node has it at hand), else the file's workspace path. */
function caseName(deps: MoveDeps, uri: vscode.Uri, node: CaseTarget): string {
  if (isCaseNode(node) && node.entry.id) return node.entry.id;
  const key = uri.toString();
  const entry = deps.store.current?.cases.find((c) => vscode.Uri.parse(c.uri).toString() === key);
  return entry?.id ?? vscode.workspace.asRelativePath(uri);
}

/** Shows the document where it is already shown (else in the active group), at the problem when given. */
function show(doc: vscode.TextDocument, options: vscode.TextDocumentShowOptions, at?: MoveProblem): Thenable<vscode.TextEditor> {
  const key = doc.uri.toString();
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
  const position = at ? new vscode.Position(Math.max(0, at.line - 1), Math.max(0, at.column - 1)) : undefined;
  return vscode.window.showTextDocument(doc, {
    ...options,
    ...(shown?.viewColumn ? { viewColumn: shown.viewColumn } : {}),
    ...(position ? { selection: new vscode.Range(position, position) } : {}),
  });
}
