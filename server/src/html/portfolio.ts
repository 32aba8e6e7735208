// STUB (helper "html" replaces): the portfolio report as one self-contained HTML file (spec section 11).
import type { Locale } from '../engine/types';
import type { PortfolioReport } from '../engine/portfolio/types';

export interface PortfolioHtmlOptions {
  locale: Locale;
  /** In the editor's webview: the CSP nonce and source, and case ids become links that post {open: file}. */
  webview?: { nonce: string; cspSource: string };
}

export function portfolioHtml(report: PortfolioReport, options: PortfolioHtmlOptions): string {
  void report;
  void options;
  throw new Error('portfolioHtml: not yet implemented');
}
