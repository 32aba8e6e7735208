// The portfolio report as one self-contained HTML file (spec section 11): inline CSS and SVG, no
// external resource, readable with JavaScript off, printable on A4. The same markup serves the
// editor's webview, where a strict CSP holds and one nonce'd script opens case files.
import type { DocsLink } from '../engine/docs';
import type { Locale } from '../engine/types';
import type { PortfolioReport } from '../engine/portfolio/types';
import { makeCtx, type Ctx } from './context';
import { esc } from './escape';
import { findings } from './findings';
import { longDate } from './format';
import { funnel } from './funnel';
import { headline } from './headline';
import { months } from './months';
import { WEBVIEW_SCRIPT } from './script';
import { stale } from './stale';
import { CSS } from './styles';
import { timeInPhase } from './time-in-phase';
import { units } from './units';

export interface PortfolioHtmlOptions {
  locale: Locale;
  /** In the editor's webview: the CSP nonce and source, and case ids become links that post {open: file};
   * `roots`, file:// URIs of the repositories, make their tooltips relative paths. */
  webview?: { nonce: string; roots?: readonly string[] };
  /** Rule id → its page; the project's pages when not given. */
  docs?: DocsLink;
}

/** The sections in the order the other renderings and the tests rely on. */
export const SECTIONS: readonly [string, (report: PortfolioReport, ctx: Ctx) => string][] = [
  ['headline', headline],
  ['funnel', funnel],
  ['time-in-phase', timeInPhase],
  ['months', months],
  ['units', units],
  ['stale', stale],
  ['findings', findings],
];

export function portfolioHtml(report: PortfolioReport, options: PortfolioHtmlOptions): string {
  const ctx = makeCtx(options.locale, options.webview !== undefined, options.webview?.roots, options.docs);
  const { t } = ctx;
  const nonce = options.webview ? esc(options.webview.nonce) : '';
  const csp = options.webview ? `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'">` : '';
  const sections = SECTIONS.map(([id, render]) => `<section id="${id}">\n${render(report, ctx)}\n</section>`).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${t.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    csp,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(t.docTitle)} — ${esc(longDate(report.today, ctx.locale))}</title>`,
    `<style${nonce ? ` nonce="${nonce}"` : ''}>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    sections,
    '</main>',
    `<footer><p>${esc(t.footer)}</p></footer>`,
    options.webview ? `<script nonce="${nonce}">${WEBVIEW_SCRIPT}</script>` : '',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
