// What every section needs to render: the language, its words, and the two ways a case id is shown.
import type { Locale } from '../engine/types';
import { esc } from './escape';
import { num } from './format';
import { STRINGS, type Strings } from './strings';

export interface Ctx {
  locale: Locale;
  t: Strings;
  /** In the webview, case ids become links that the one script turns into {open: file}. */
  webview: boolean;
}

export function makeCtx(locale: Locale, webview: boolean): Ctx {
  return { locale, t: STRINGS[locale], webview };
}

/** A figure of the report: `path` is where it sits in the JSON, so a test can compare the two renderings. */
export function fig(ctx: Ctx, path: string, n: number, tag = 'span'): string {
  return `<${tag} data-figure="${esc(path)}">${num(n, ctx.locale)}</${tag}>`;
}

/** What a tooltip shows of a case's file: the CLI's relative path as is; of the editor's file:// URI
 * (no workspace folder in the report to be relative to) the file name, decoded. */
export function fileTip(file: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  const name =
    file
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? file;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** A case's id: a link that opens its file in the webview, plain text with the file as a tooltip elsewhere.
 * No href in the webview: VS Code's webview host scrolls to the top on any click on href="#",
 * whatever the script does; role and tabindex keep it a link for keyboard and screen reader. */
export function caseRef(ctx: Ctx, id: string, file: string): string {
  const label = esc(id || fileTip(file));
  const tip = esc(fileTip(file));
  if (ctx.webview) return `<a data-open="${esc(file)}" role="link" tabindex="0" class="case-id" title="${tip}">${label}</a>`;
  return `<span class="case-id" title="${tip}">${label}</span>`;
}
