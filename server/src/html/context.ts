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

/** A case's id: a link that opens its file in the webview, plain text with the file as a tooltip elsewhere. */
export function caseRef(ctx: Ctx, id: string, file: string): string {
  const label = esc(id || file);
  if (ctx.webview) return `<a href="#" class="case-id" data-open="${esc(file)}" title="${esc(file)}">${label}</a>`;
  return `<span class="case-id" title="${esc(file)}">${label}</span>`;
}
