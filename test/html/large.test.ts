// 10,000 cases render quickly and stay a file one can mail: histograms instead of dots, cut tables.
import { describe, expect, it } from 'vitest';
import { portfolioHtml } from '../../server/src/html/portfolio';
import { TABLE_ROWS } from '../../server/src/html/time-in-phase';
import { UNITS_DRAWN } from '../../server/src/html/units';
import { MONTHS_DRAWN } from '../../server/src/html/months';
import { largeReport } from './fixture';
import { section } from './scan';

describe('a portfolio of 10,000 cases', () => {
  const report = largeReport(10_000);

  // Its time is measured in bench/report.mjs (a timed test would fail on a busy machine).
  it('stays a file one can mail: under 8 MB', () => {
    const mb = Buffer.byteLength(portfolioHtml(report, { locale: 'sv' })) / 1e6;
    expect(mb).toBeLessThan(8);
  });

  it('draws histograms, not a dot per case, and says what the tables and charts cut', () => {
    const html = portfolioHtml(report, { locale: 'en' });
    const time = section(html, 'time-in-phase');
    expect(time).not.toContain('class="dot');
    expect(time).toContain('class="bin');
    expect((time.match(/<tr>/g) ?? []).length).toBe(TABLE_ROWS + 1);
    expect(time).toContain(`The ${TABLE_ROWS} longest of ${report.timeInPhase.length.toLocaleString('en-GB').replace(',', '\u00a0')} cases are listed`);
    const units = section(html, 'units');
    expect((units.match(/class="heat(-zero)?"/g) ?? []).length).toBe(UNITS_DRAWN * 4);
    expect(units).toContain(`The chart shows the ${UNITS_DRAWN} most loaded of ${report.units.length} units`);
    const months = section(html, 'months');
    expect((months.match(/class="opened"/g) ?? []).length).toBe(MONTHS_DRAWN + 1); // + the legend
    expect(months).toContain(`The chart shows the last ${MONTHS_DRAWN} of 60 months`);
  });
});
