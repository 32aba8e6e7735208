// The extension's own texts follow `casefile.language` (as the server's do), not only VS Code's
// display language: `l10n.t` reads the setting at each call and looks the text up in the Swedish
// bundle. VS Code's menus and command titles (package.nls*.json) follow VS Code's display language.
import * as vscode from 'vscode';
import type { Locale } from '../../server/src/engine/types';
import { localeOf } from '../../server/src/lsp/locale';
import sv from '../../l10n/bundle.l10n.sv.json';
import type { L10n } from './tree-model';

const SV: Readonly<Record<string, string>> = sv;

/** The language of Casefile's texts: the setting, or VS Code's display language for `auto`. */
export function uiLocale(): Locale {
  return localeOf(vscode.env.language, vscode.workspace.getConfiguration('casefile').get('language'));
}

/** Fills `{0}`, `{1}`… as vscode.l10n.t does. */
export function fill(template: string, args: readonly (string | number | boolean)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}

/** Drop-in for vscode.l10n: same call shape (the manifest test finds every call with its literal). */
export const l10n: L10n & { t(message: string, ...args: (string | number | boolean)[]): string } = {
  t(message: string, ...args: (string | number | boolean)[]): string {
    const template = uiLocale() === 'sv' ? (SV[message] ?? message) : message;
    return fill(template, args);
  },
};
