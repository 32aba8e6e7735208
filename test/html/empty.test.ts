// Where a section has no data it says so, instead of drawing an empty chart.
import { describe, expect, it } from 'vitest';
import { portfolioHtml } from '../../server/src/html/portfolio';
import { STRINGS } from '../../server/src/html/strings';
import { emptyReport } from './fixture';
import { section } from './scan';

describe('an empty portfolio', () => {
  for (const locale of ['en', 'sv'] as const) {
    const t = STRINGS[locale];
    const html = portfolioHtml(emptyReport(), { locale });
    const says: [string, string[]][] = [
      ['headline', [t.noCases]],
      ['funnel', [t.funnelEmpty, t.outcomesEmpty]],
      ['time-in-phase', [t.timeEmpty]],
      ['months', [t.monthsEmpty]],
      ['units', [t.unitsEmpty]],
      ['stale', [t.staleEmpty]],
      ['findings', [t.findingsEmpty]],
    ];
    for (const [id, messages] of says) {
      it(`says so in ${id} (${locale})`, () => {
        const body = section(html, id);
        for (const m of messages) expect(body).toContain(`<p class="empty">${m}</p>`);
        expect(body).not.toMatch(/<svg class="chart"|<table/);
      });
    }
  }

  it('says so for months with no dates and for closed cases without outcomes', () => {
    const report = emptyReport();
    report.cases = 2;
    report.phases.needs = 2;
    report.funnel.needs = 2;
    report.months = [{ month: '2026-11', opened: 0, closed: 0 }];
    const html = portfolioHtml(report, { locale: 'en' });
    expect(section(html, 'months')).toContain(STRINGS.en.monthsEmpty);
    expect(section(html, 'funnel')).toContain('<svg class="chart" id="funnel-chart"');
    expect(section(html, 'funnel')).toContain(STRINGS.en.outcomesEmpty);
    expect(section(html, 'headline')).not.toContain(STRINGS.en.noCases);
  });

  it('notes how phase dates were found when git history was not used', () => {
    const report = emptyReport();
    expect(portfolioHtml({ ...report, git: 'shallow' }, { locale: 'en' })).toContain(STRINGS.en.gitShallow);
    expect(portfolioHtml({ ...report, git: 'none' }, { locale: 'sv' })).toContain(STRINGS.sv.gitNone);
    const used = portfolioHtml({ ...report, git: 'used' }, { locale: 'en' });
    expect(used).not.toContain(STRINGS.en.gitShallow);
    expect(used).not.toContain(STRINGS.en.gitNone);
  });
});
