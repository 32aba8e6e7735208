// Strings from the case files cannot end the style or script, start a tag or add an attribute.
import { describe, expect, it } from 'vitest';
import type { PortfolioReport } from '../../server/src/engine/portfolio/types';
import { portfolioHtml } from '../../server/src/html/portfolio';
import { sampleReport } from './fixture';

const SCRIPT = '</script><script>alert(1)</script>';
const ATTR = '"><img src=x onerror=alert(2)>';
const SINGLE = "' onmouseover='alert(3)";
const STYLE = '</style><style>body{background:url(https://evil.example/x)}</style>';

function hostile(): PortfolioReport {
  const r = sampleReport();
  const e = r.timeInPhase[0]!;
  r.timeInPhase[0] = { ...e, id: SCRIPT, title: ATTR, file: 'javascript:alert(4)', phase: STYLE, since: SINGLE };
  r.stale[0] = { ...r.stale[0]!, id: ATTR, title: SCRIPT, owner: STYLE, unit: SINGLE, file: `${ATTR}.yaml`, last: SCRIPT };
  r.units[0] = { ...r.units[0]!, unit: SCRIPT + ATTR };
  r.findings.byRule[ATTR] = 2;
  r.findings.byRule[SCRIPT] = 1;
  r.outcomes[SINGLE] = 1;
  return r;
}

describe('hostile strings', () => {
  for (const webview of [undefined, { nonce: 'n0nce' }]) {
    const html = portfolioHtml(hostile(), { locale: 'en', ...(webview ? { webview } : {}) });
    const label = webview ? 'in the webview' : 'standalone';

    it(`start no tag and add no attribute (${label})`, () => {
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img');
      // Real tags only: in text, the hostile strings are escaped and harmless.
      // Attribute values are quoted and cannot hold a quote, so what is left outside quotes is the tag's own.
      for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\s(on[a-z]+|src|style)\s*=/i);
      expect(html).not.toMatch(/<style>body/);
      expect(/<style\b[^>]*>([\s\S]*?)<\/style>/.exec(html)![1]).not.toContain('url(');
      expect((html.match(/<script\b/g) ?? []).length).toBe(webview ? 1 : 0);
      expect((html.match(/<\/script>/g) ?? []).length).toBe(webview ? 1 : 0);
      expect((html.match(/<style\b/g) ?? []).length).toBe(1);
      expect((html.match(/<\/style>/g) ?? []).length).toBe(1);
      expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
      expect(html).toContain('&#39; onmouseover=&#39;alert(3)');
    });

    it(`keep a file path as data, never as a link (${label})`, () => {
      expect(html).not.toMatch(/href="javascript:/i);
      const attribute = webview ? 'data-open' : 'title';
      expect(html).toContain(`${attribute}="javascript:alert(4)"`);
      if (webview) expect(html).toContain('data-open="&quot;&gt;&lt;img src=x onerror=alert(2)&gt;.yaml"');
    });

    it(`link no unknown rule (${label})`, () => {
      expect(html).toContain('<span class="rule">&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</span>');
      for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(https:\/\/github\.com\/casefile\/casefile\/blob\/main\/docs\/rules\/[a-z-]+\.md)$/);
    });
  }

  it('escapes the nonce too', () => {
    const html = portfolioHtml(sampleReport(), { locale: 'en', webview: { nonce: '"><script>x</script>' } });
    expect(html).not.toContain('<script>x');
  });
});
