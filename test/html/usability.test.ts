// Findings of the usability test in code-server: what a reader sees must agree with the figures,
// work in the webview and in a narrow or dark editor.
import { describe, expect, it } from 'vitest';
import { caseRef, fileTip, makeCtx } from '../../server/src/html/context';
import { monthShort } from '../../server/src/html/format';
import { portfolioHtml } from '../../server/src/html/portfolio';
import { WEBVIEW_SCRIPT } from '../../server/src/html/script';
import { CSS } from '../../server/src/html/styles';
import { sampleReport } from './fixture';
import { section } from './scan';

const WEBVIEW = { nonce: 'n1' };

describe('time in phase', () => {
  it('draws and marks in orange exactly the stalled cases, not those past the limit in days', () => {
    const report = sampleReport();
    const html = section(portfolioHtml(report, { locale: 'en' }), 'time-in-phase');
    const stale = report.timeInPhase.filter((e) => e.stale);
    // The fixture has cases long in their phase that are not stalled: the two measures differ.
    expect(report.timeInPhase.filter((e) => e.days > e.limit).length).toBeGreaterThan(stale.length);
    expect((html.match(/class="dot over"/g) ?? []).length).toBe(stale.length);
    const marked = [...html.matchAll(/<span class="over"[^>]*><span data-figure="timeInPhase\.(\d+)\.days">/g)].map((m) => Number(m[1]));
    expect(marked.sort()).toEqual(report.timeInPhase.flatMap((e, i) => (e.stale ? [i] : [])).sort());
  });

  it('says what stalled means, in both languages', () => {
    const en = section(portfolioHtml(sampleReport(), { locale: 'en' }), 'time-in-phase');
    expect(en).toContain('a case is stalled when it has had no activity (opening date or log entry) for longer than that');
    expect(en).not.toContain('cases past it are drawn in orange');
    const sv = section(portfolioHtml(sampleReport(), { locale: 'sv' }), 'time-in-phase');
    expect(sv).toContain('Avstannade ärenden ritas i orange');
    expect(sv).toContain('inkomstdatum eller loggpost');
  });

  it('keeps a 0-day dot off the axis labels', () => {
    const report = sampleReport();
    report.timeInPhase[0]!.days = 0;
    const html = section(portfolioHtml(report, { locale: 'en' }), 'time-in-phase');
    const cx = Number(/<circle cx="([\d.]+)"[^>]*class="dot over"/.exec(html)?.[1]);
    const axis = Number(/<line x1="([\d.]+)"[^>]*class="axis"/.exec(html)?.[1]);
    expect(cx - 5.5).toBeGreaterThan(axis);
  });
});

describe('case links in the webview', () => {
  const html = portfolioHtml(sampleReport(), { locale: 'en', webview: WEBVIEW });

  it('have no href (the webview host scrolls to the top on href="#") but are keyboard links', () => {
    const links = [...html.matchAll(/<a\b[^>]*\bdata-open=[^>]*>/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a).not.toMatch(/\shref=/);
      expect(a).toMatch(/\srole="link"/);
      expect(a).toMatch(/\stabindex="0"/);
    }
    expect(WEBVIEW_SCRIPT).toMatch(/addEventListener\('keydown'/);
    expect(WEBVIEW_SCRIPT).toMatch(/'Enter'/);
    expect(WEBVIEW_SCRIPT).toMatch(/' '/);
    expect(CSS).toMatch(/a\[data-open\][^{]*\{[^}]*cursor: pointer/);
    expect(CSS).toMatch(/a\[data-open\]:focus-visible[^{]*\{[^}]*outline/);
  });

  it('show the path in the repository, or else the file name, not a file:// URI, as the tooltip', () => {
    expect(fileTip('file:///home/a/ws/cases/vgr%20x.case.yaml')).toBe('vgr x.case.yaml');
    expect(fileTip('file:///home/a/ws/cases/vgr%20x.case.yaml', ['file:///home/a/other', 'file:///home/a/ws'])).toBe('cases/vgr x.case.yaml');
    expect(fileTip('file:///c%3A/ws/cases/a.case.yaml', ['file:///c:/ws/'])).toBe('cases/a.case.yaml');
    expect(fileTip('file:///home/a/wsx/a.case.yaml', ['file:///home/a/ws'])).toBe('a.case.yaml');
    expect(fileTip('samples/cases/a.case.yaml')).toBe('samples/cases/a.case.yaml');
    const link = caseRef(makeCtx('en', true), 'VGR-1', 'file:///home/a/ws/cases/vgr-1.case.yaml');
    expect(link).toContain('data-open="file:///home/a/ws/cases/vgr-1.case.yaml"');
    expect(link).toContain('title="vgr-1.case.yaml"');
  });
});

describe('colours', () => {
  it('never take a VS Code charts.* colour, translucent in dark themes', () => {
    expect(CSS).not.toMatch(/--vscode-charts-/);
  });

  it('have a dark palette for the dark webview', () => {
    expect(CSS).toMatch(/body\.vscode-dark[^{]*\{[^}]*--warn:/);
  });
});

describe('a narrow column', () => {
  it('scrolls tables sideways in a wrapper and re-flows cards under a media query', () => {
    const html = portfolioHtml(sampleReport(), { locale: 'en' });
    const tables = (html.match(/<table\b/g) ?? []).length;
    expect((html.match(/<div class="table-wrap"><table\b/g) ?? []).length).toBe(tables);
    expect(CSS).toMatch(/\.table-wrap[^{]*\{[^}]*overflow-x: auto/);
    expect(CSS).toMatch(/@media screen and \(max-width: \d+px\) \{[\s\S]*?\.cards \{ grid-template-columns: repeat\(2/);
  });
});

describe('wording', () => {
  it('names the date source and the units without field names', () => {
    const en = portfolioHtml(sampleReport(), { locale: 'en' });
    expect(en).toContain('<th scope="col">Dated by</th>');
    expect(section(en, 'units')).not.toContain('(directed_at)');
    const sv = portfolioHtml(sampleReport(), { locale: 'sv' });
    expect(sv).toContain('<th scope="col">Källa</th>');
    expect(section(sv, 'units')).toContain('testdeltagare riskerar att överbelastas');
  });

  it('writes every English month with three letters', () => {
    expect(monthShort('2026-09', 'en')).toBe('Sep');
    expect(monthShort('2026-06', 'en')).toBe('Jun');
    expect(monthShort('2026-09', 'sv')).toBe('sep.');
  });
});
