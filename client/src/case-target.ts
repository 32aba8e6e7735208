// The case a command acts on, whoever invoked it: the Cases view (a node), the explorer (a Uri), a
// code lens (the URI as a string), or the palette (the active case file).
import * as vscode from 'vscode';
import { l10n } from './i18n';
import type { CaseNode } from './cases-view';

export type CaseTarget = CaseNode | vscode.Uri | string | undefined;

export function isCaseNode(node: unknown): node is CaseNode {
  return typeof node === 'object' && node !== null && !(node instanceof vscode.Uri) && (node as CaseNode).type === 'case';
}

/** The case file's URI; undefined (after saying what to do) when there is none. */
export function targetUri(node: CaseTarget): vscode.Uri | undefined {
  if (node instanceof vscode.Uri) return node;
  if (typeof node === 'string') return vscode.Uri.parse(node);
  if (isCaseNode(node)) return vscode.Uri.parse(node.entry.uri);
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId === 'casefile') return doc.uri;
  void vscode.window.showInformationMessage(l10n.t('Choose a case in the Cases view or open a case file first.'));
  return undefined;
}
