// Cases opened and closed per month: the last two years drawn, every month in the table.
import type { MonthCount, PortfolioReport } from '../engine/portfolio/types';
import { fig, type Ctx } from './context';
import { esc } from './escape';
import { monthName, monthShort, num } from './format';
import { line, niceScale, rect, svg, text } from './svg';
import { empty, table } from './table';

export const MONTHS_DRAWN = 24;
const W = 960;
const X0 = 56;
const X1 = 944;
const TOP = 46;
const PLOT = 220;

function chart(months: MonthCount[], ctx: Ctx): string {
  const { t, locale } = ctx;
  const { max, step } = niceScale(Math.max(1, ...months.map((m) => Math.max(m.opened, m.closed))), 5);
  const y = (n: number): number => TOP + PLOT - (n / max) * PLOT;
  const group = (X1 - X0) / months.length;
  const bar = Math.min(28, (group - 6) / 2);
  const digits = Math.max(...months.map((m) => Math.max(num(m.opened, locale).length, num(m.closed, locale).length)));
  const fits = digits * 7 <= bar + 3;
  const parts = [rect(X1 - 220, 6, 14, 14, 'opened'), text(X1 - 200, 18, t.col.opened, 'small'), rect(X1 - 100, 6, 14, 14, 'closed-bar'), text(X1 - 80, 18, t.col.closed, 'small')];
  for (let v = 0; v <= max; v += step) {
    parts.push(line(X0, y(v), X1, y(v), v === 0 ? 'axis' : 'grid'));
    parts.push(text(X0 - 8, y(v) + 4, num(v, locale), 'tick', 'end'));
  }
  months.forEach((m, i) => {
    const cx = X0 + group * i + group / 2;
    const tip = t.monthTip(monthName(m.month, locale, 'long'), num(m.opened, locale), num(m.closed, locale));
    parts.push(rect(cx - bar, y(m.opened), bar, y(0) - y(m.opened), 'opened', tip));
    parts.push(rect(cx, y(m.closed), bar, y(0) - y(m.closed), 'closed-bar', tip));
    // Counts over the bars only where they fit; the tooltips and the table have them all.
    if (fits) {
      if (m.opened > 0) parts.push(text(cx - bar / 2, y(m.opened) - 4, num(m.opened, locale), 'bar-value', 'middle'));
      if (m.closed > 0) parts.push(text(cx + bar / 2, y(m.closed) - 4, num(m.closed, locale), 'bar-value', 'middle'));
    }
    parts.push(text(cx, TOP + PLOT + 16, monthShort(m.month, locale), 'tick', 'middle'));
    // The year under the first month drawn and under each January.
    if (i === 0 || m.month.endsWith('-01')) parts.push(text(cx, TOP + PLOT + 32, m.month.slice(0, 4), 'tick year', 'middle'));
  });
  return svg('months-chart', W, TOP + PLOT + 38, t.headings.months, `${t.monthsDesc} ${t.tableFollows}`, parts.join(''));
}

export function months(report: PortfolioReport, ctx: Ctx): string {
  const { t, locale } = ctx;
  const out = [`<h2>${esc(t.headings.months)}</h2>`];
  if (report.months.length === 0 || report.months.every((m) => m.opened === 0 && m.closed === 0)) return [...out, empty(t.monthsEmpty)].join('\n');
  const drawn = report.months.slice(-MONTHS_DRAWN);
  out.push(`<p class="intro">${esc(t.monthsIntro)}</p>`, `<figure>${chart(drawn, ctx)}</figure>`);
  if (drawn.length < report.months.length) out.push(`<p class="note">${esc(t.monthsCut(drawn.length, num(report.months.length, locale)))}</p>`);
  // Newest first: the recent months are what a reader looks for.
  const rows = report.months.map((m, i) => [esc(monthName(m.month, locale, 'long')), fig(ctx, `months.${i}.opened`, m.opened), fig(ctx, `months.${i}.closed`, m.closed)]).reverse();
  out.push(table('months-table', t.headings.months, [{ label: t.col.month }, { label: t.col.opened, num: true }, { label: t.col.closed, num: true }], rows));
  return out.join('\n');
}
