// Load per unit and phase: a heatmap of the active cases that ask something of each unit.
import { PHASES, type Phase } from '../engine/model';
import type { PortfolioReport, UnitLoad } from '../engine/portfolio/types';
import { fig, type Ctx } from './context';
import { esc } from './escape';
import { num } from './format';
import { phaseLabel } from './labels';
import { clippedText, linesText, rect, svg, text, wrap } from './svg';
import { empty, table } from './table';

export const UNITS_DRAWN = 30;
const OPEN = PHASES.filter((p) => p !== 'closed') as Exclude<Phase, 'closed'>[];
const W = 1000;
const X0 = 360;
const TOTAL = 80;
const ROW = 28;

function chart(units: { u: UnitLoad; i: number }[], ctx: Ctx): string {
  const { t, locale } = ctx;
  const cell = (W - X0 - TOTAL) / OPEN.length;
  const top = Math.max(1, ...units.flatMap(({ u }) => OPEN.map((p) => u.phases[p] ?? 0)));
  const parts: string[] = [];
  // The grid starts below the longest wrapped phase label.
  const heads = OPEN.map((p) => wrap(phaseLabel(p, locale), 15));
  const head = 16 + Math.max(...heads.map((h) => h.length)) * 14;
  heads.forEach((lines, c) => parts.push(linesText(X0 + c * cell + cell / 2, 16, lines, 14, 'label head', 'middle')));
  parts.push(text(W - TOTAL / 2, 16, t.col.active, 'label head', 'middle'));
  units.forEach(({ u }, r) => {
    const y = head + r * ROW;
    parts.push(clippedText(X0 - 10, y + 18, u.unit, 44, 'label unit', 'end'));
    OPEN.forEach((p, c) => {
      const n = u.phases[p] ?? 0;
      const x = X0 + c * cell;
      const tip = t.cellTip(u.unit, phaseLabel(p, locale), num(n, locale));
      if (n === 0) {
        parts.push(rect(x + 1, y + 1, cell - 2, ROW - 2, 'heat-zero', tip));
        return;
      }
      // Shade by share of the busiest cell; the count is printed too, so no one depends on colour.
      // At most half-strength: the page's text colour on it keeps 4.5:1 in light and dark themes,
      // where a switch to light-on-dark text would pass through a band that reads in neither.
      const share = n / top;
      const opacity = 0.12 + 0.36 * share;
      parts.push(rect(x + 1, y + 1, cell - 2, ROW - 2, 'heat', tip, ` fill-opacity="${opacity.toFixed(2)}"`));
      parts.push(text(x + cell / 2, y + 19, num(n, locale), 'cell-value', 'middle'));
    });
    parts.push(text(W - TOTAL / 2, y + 19, num(u.active, locale), 'value', 'middle'));
  });
  return svg('units-chart', W, head + units.length * ROW + 4, t.headings.units, `${t.unitsDesc} ${t.tableFollows}`, parts.join(''));
}

export function units(report: PortfolioReport, ctx: Ctx): string {
  const { t, locale } = ctx;
  const out = [`<h2>${esc(t.headings.units)}</h2>`];
  if (report.units.length === 0) return [...out, empty(t.unitsEmpty)].join('\n');
  const indexed = report.units.map((u, i) => ({ u, i }));
  const drawn = [...indexed].sort((a, b) => b.u.active - a.u.active || a.i - b.i).slice(0, UNITS_DRAWN);
  out.push(`<p class="intro">${esc(t.unitsIntro)}</p>`, `<figure>${chart(drawn, ctx)}</figure>`);
  if (drawn.length < indexed.length) out.push(`<p class="note">${esc(t.unitsCut(drawn.length, num(indexed.length, locale)))}</p>`);
  const rows = indexed.map(({ u, i }) => [
    esc(u.unit),
    ...OPEN.map((p) => (u.phases[p] !== undefined ? fig(ctx, `units.${i}.phases.${p}`, u.phases[p]!) : '<span class="zero">0</span>')),
    fig(ctx, `units.${i}.active`, u.active, 'strong'),
  ]);
  const columns = [{ label: t.col.unit }, ...OPEN.map((p) => ({ label: phaseLabel(p, locale), num: true })), { label: t.col.active, num: true }];
  out.push(table('units-table', t.headings.units, columns, rows));
  return out.join('\n');
}
