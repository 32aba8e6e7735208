// One computation, two renderings: every figure in the HTML is the JSON's, and the JSON's main
// figures all appear in the HTML.
import { describe, expect, it } from 'vitest';
import type { PortfolioReport } from '../../server/src/engine/portfolio/types';
import { portfolioHtml } from '../../server/src/html/portfolio';
import { largeReport, sampleReport } from './fixture';
import { figureAttributes, figures, figureValue, requiredPaths, resolve, section } from './scan';

function expectFiguresMatch(report: PortfolioReport, html: string): void {
  const found = figures(html);
  expect(found.length).toBe(figureAttributes(html));
  for (const f of found) {
    const value = resolve(report, f.path);
    expect(typeof value, f.path).toBe('number');
    expect(figureValue(f.text), f.path).toBe(value);
  }
  const paths = new Set(found.map((f) => f.path));
  for (const p of requiredPaths(report)) expect(paths.has(p), p).toBe(true);
}

describe('figures', () => {
  for (const locale of ['en', 'sv'] as const) {
    it(`equal the JSON's in the sample report (${locale})`, () => {
      const report = sampleReport();
      expectFiguresMatch(report, portfolioHtml(report, { locale }));
    });
  }

  it("equal the JSON's with thousands and a cut table", () => {
    const report = largeReport(3000);
    report.cases = 12345;
    const html = portfolioHtml(report, { locale: 'sv' });
    expectFiguresMatch(report, html);
    expect(html).toContain('<span data-figure="cases">12\u00a0345</span>');
  });

  it('show the cases without a phase, and the stalled cases oldest first', () => {
    const report = { ...sampleReport(), withoutPhase: 2 };
    const html = portfolioHtml(report, { locale: 'en' });
    expectFiguresMatch(report, html);
    expect(figures(section(html, 'headline')).map((f) => f.path)).toContain('withoutPhase');
    const days = figures(section(html, 'stale')).map((f) => figureValue(f.text));
    expect(days).toEqual([195, 112, 97]);
  });

  it('show every phase in the headline and in the funnel', () => {
    const html = portfolioHtml(sampleReport(), { locale: 'en' });
    for (const id of ['headline', 'funnel']) {
      const paths = figures(section(html, id)).map((f) => f.path);
      for (const p of ['needs', 'planning', 'execution', 'result', 'closed']) expect(paths, `${id} ${p}`).toContain(`phases.${p}`);
    }
    expect(figures(section(html, 'time-in-phase')).map((f) => f.path)).toContain('timeInPhase.3.days');
  });
});
