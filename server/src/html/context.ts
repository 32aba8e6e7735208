// What every section needs to render: the language, its words, and the two ways a case id is shown.
import { docsUrl, type DocsLink } from '../engine/docs';
import type { Locale } from '../engine/types';
import { esc } from './escape';
import { num } from './format';
import { STRINGS, type Strings } from './strings';

export interface Ctx {
  locale: Locale;
  t: Strings;
  /** In the webview, case ids become links that the one script turns into {open: file}. */
  webview: boolean;
  /** file:// URIs of the repository roots that case tooltips are relative to (the editor's). */
  roots: readonly string[];
  /** Rule id → its page (the policy's `docs_url`, else the project's pages). */
  docs: DocsLink;
}

export function makeCtx(locale: Locale, webview: boolean, roots: readonly string[] = [], docs: DocsLink = docsUrl): Ctx {
  return { locale, t: STRINGS[locale], webview, roots, docs };
}

/** A figure of the report: `path` is where it sits in the JSON, so a test can compare the two renderings. */
export function fig(ctx: Ctx, path: string, n: number, tag = 'span'): string {
  return `<${tag} data-figure="${esc(path)}">${num(n, ctx.locale)}</${tag}>`;
}

function decoded(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

/** What a tooltip shows of a case's file: the CLI's relative path as is; of the editor's file://
 * URI the path below the innermost root that holds it, else the file name. Compared decoded, as
 * the editor and the server may encode the same path differently. */
export function fileTip(file: string, roots: readonly string[] = []): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return file;
  const path = decoded(file.replace(/[?#].*$/, ''));
  const inside = roots
    .map((r) => `${decoded(r).replace(/\/+$/, '')}/`)
    .filter((r) => path.startsWith(r) && path.length > r.length)
    .sort((a, b) => b.length - a.length)[0];
  if (inside) return path.slice(inside.length);
  return path.replace(/\/+$/, '').split('/').pop() || path;
}

/** A case's id: a link that opens its file in the webview, plain text with the file as a tooltip elsewhere.
 * No href in the webview: VS Code's webview host scrolls to the top on any click on href="#",
 * whatever the script does; role and tabindex keep it a link for keyboard and screen reader. */
export function caseRef(ctx: Ctx, id: string, file: string): string {
  const tip = esc(fileTip(file, ctx.roots));
  const label = id ? esc(id) : tip;
  if (ctx.webview) return `<a data-open="${esc(file)}" role="link" tabindex="0" class="case-id" title="${tip}">${label}</a>`;
  return `<span class="case-id" title="${tip}">${label}</span>`;
}
