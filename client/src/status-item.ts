// The language status item: the repository's error and warning counts and when it was last
// validated; its command opens the Problems panel.
import * as vscode from 'vscode';
import { l10n, uiLocale } from './i18n';
import type { CaseIndex } from '../../server/src/shared/protocol';
import { problemsText } from './tree-model';

export function createStatusItem(selector: vscode.DocumentSelector): vscode.LanguageStatusItem {
  const item = vscode.languages.createLanguageStatusItem('casefile.status', selector);
  item.text = l10n.t('Casefile: starting…');
  item.busy = true;
  label(item);
  return item;
}

/** The texts that do not depend on the index, again in the language of casefile.language. */
function label(item: vscode.LanguageStatusItem): void {
  item.name = l10n.t('Casefile validation');
  item.command = { title: l10n.t('Show problems'), command: 'workbench.actions.view.problems' };
}

/** Shows the index; with none yet, only the labels are renewed (the language setting changed). */
export function showIndex(item: vscode.LanguageStatusItem, index: CaseIndex | undefined): void {
  label(item);
  if (!index) return;
  item.busy = false;
  item.text = problemsText(index.errors, index.warnings, l10n);
  item.severity = index.errors > 0 ? vscode.LanguageStatusSeverity.Error : index.warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  const at = index.validatedAt ? new Date(index.validatedAt) : undefined;
  item.detail = at && !Number.isNaN(at.getTime()) ? l10n.t('Repository, validated at {0}', at.toLocaleTimeString(uiLocale())) : l10n.t('Repository, not validated yet');
}
