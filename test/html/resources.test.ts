// The report is one self-contained file: nothing it references is loaded from anywhere.
import { describe, expect, it } from 'vitest';
import { DOCS_BASE } from '../../server/src/engine/docs';
import { portfolioHtml } from '../../server/src/html/portfolio';
import { sampleReport } from './fixture';
import { section } from './scan';

const SECTION_IDS = ['headline', 'funnel', 'time-in-phase', 'months', 'units', 'stale', 'findings'];

function styles(html: string): string {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
}

function expectSelfContained(html: string): void {
  expect(html).not.toMatch(/<link\b/i);
  expect(html).not.toMatch(/<(img|iframe|object|embed|audio|video|source|base|use|image|foreignObject)\b/i);
  expect(html).not.toMatch(/\s(src|srcset|xlink:href|style|on[a-z]+)\s*=/i);
  expect(styles(html)).not.toMatch(/url\s*\(|@import/i);
  // The only web addresses, and the only hrefs, are links to the rule pages.
  const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
  for (const href of hrefs) expect(href.startsWith(DOCS_BASE), href).toBe(true);
  const withoutRuleLinks = html.replace(/<a class="rule" href="[^"]*">/g, '');
  expect(withoutRuleLinks).not.toMatch(/https?:\/\//i);
}

describe('the standalone file', () => {
  const html = portfolioHtml(sampleReport(), { locale: 'en' });

  it('references no external resource and has no script', () => {
    expectSelfContained(html);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/Content-Security-Policy/);
    expect(html).not.toMatch(/data-open=/);
  });

  it('has the sections in the agreed order', () => {
    expect([...html.matchAll(/<section id="([^"]+)">/g)].map((m) => m[1])).toEqual(SECTION_IDS);
  });

  it('draws each chart as inline SVG named by its title and description', () => {
    const svgs = [...html.matchAll(/<svg class="chart" id="([^"]+)"[^>]*>/g)];
    expect(svgs.map((m) => m[1])).toEqual(['funnel-chart', 'outcomes-chart', 'time-chart', 'months-chart', 'units-chart']);
    for (const [tag, id] of svgs) {
      expect(tag).toContain('role="img"');
      expect(tag).toContain(`aria-labelledby="${id}-t ${id}-d"`);
      expect(tag).toMatch(/viewBox="0 0 \d+ \d+"/);
      expect(html).toContain(`<title id="${id}-t">`);
      expect(html).toContain(`<desc id="${id}-d">`);
    }
  });

  it('links each known rule to its page', () => {
    expect(html).toContain(`<a class="rule" href="${DOCS_BASE}billing-model.md">billing-model</a>`);
  });

  it('prints on A4 with a page per section', () => {
    const css = styles(html);
    expect(css).toMatch(/@page\s*\{\s*size:\s*A4/);
    expect(css).toMatch(/section \+ section \{ break-before: page; \}/);
    expect(css).toMatch(/print-color-adjust: exact/);
  });
});

describe('the webview document', () => {
  const html = portfolioHtml(sampleReport(), { locale: 'en', webview: { nonce: 'abc123' } });

  it('has a strict CSP, one nonce-bearing script and a nonce-bearing style', () => {
    expectSelfContained(html);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBe("default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'");
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script nonce="abc123">']);
    expect([...html.matchAll(/<style\b[^>]*>/g)].map((m) => m[0])).toEqual(['<style nonce="abc123">']);
    expect(html).toContain('acquireVsCodeApi()');
  });

  it('turns case ids into links that carry the file as data', () => {
    expect(html).toContain(
      '<a data-open="samples/cases/vgr-2026-001.case.yaml" role="link" tabindex="0" class="case-id" title="samples/cases/vgr-2026-001.case.yaml">VGR-2026-001</a>',
    );
    expect(section(html, 'stale')).toContain('<a data-open="samples/cases/vgr-2026-002.case.yaml" role="link" tabindex="0" class="case-id"');
    // No href: VS Code's webview host scrolls to the top on a click on href="#".
    for (const [a] of html.matchAll(/<a\b[^>]*\bdata-open=[^>]*>/g)) expect(a).not.toMatch(/\shref=/);
    const standalone = portfolioHtml(sampleReport(), { locale: 'en' });
    expect(standalone).not.toContain('data-open=');
    expect(standalone).toContain('<span class="case-id" title="samples/cases/vgr-2026-001.case.yaml">VGR-2026-001</span>');
  });
});
