// The funnel: how many cases reached each phase, how many are in it now, and how closed cases ended.
import { PHASES, type Phase } from '../engine/model';
import type { PortfolioReport } from '../engine/portfolio/types';
import { fig, type Ctx } from './context';
import { esc } from './escape';
import { num } from './format';
import { outcomeLabel, phaseLabel } from './labels';
import { clippedText, rect, svg, text } from './svg';
import { empty, table } from './table';

const OPEN = PHASES.filter((p): p is Exclude<Phase, 'closed'> => p !== 'closed');
const W = 960;
const LABEL = 280;
const BAR = 460;

function funnelChart(report: PortfolioReport, ctx: Ctx): string {
  const { t, locale } = ctx;
  const max = Math.max(1, ...OPEN.map((p) => report.funnel[p]));
  const row = 40;
  const top = 34;
  const parts = [rect(LABEL, 6, 14, 14, 'reached'), text(LABEL + 20, 18, t.col.reached, 'small'), rect(LABEL + 140, 6, 14, 14, 'now'), text(LABEL + 160, 18, t.col.now, 'small')];
  OPEN.forEach((p, i) => {
    const y = top + i * row;
    const reached = report.funnel[p];
    const now = Math.min(report.phases[p], reached);
    const label = phaseLabel(p, locale);
    const w = (reached / max) * BAR;
    const tipText = t.funnelTip(label, num(reached, locale), num(report.phases[p], locale));
    parts.push(clippedText(LABEL - 10, y + 19, label, 36, 'label', 'end'));
    parts.push(rect(LABEL, y + 2, w, 26, 'reached', tipText));
    parts.push(rect(LABEL, y + 2, (now / max) * BAR, 26, 'now', tipText));
    parts.push(text(LABEL + w + 8, y + 20, num(reached, locale), 'value'));
    parts.push(text(LABEL + w + 8 + 10 * num(reached, locale).length + 6, y + 20, `(${num(report.phases[p], locale)} ${t.col.now.toLowerCase()})`, 'small'));
  });
  return svg('funnel-chart', W, top + OPEN.length * row + 4, t.headings.funnel, `${t.funnelDesc} ${t.tableFollows}`, parts.join(''));
}

function funnelTable(report: PortfolioReport, ctx: Ctx): string {
  const { t, locale } = ctx;
  const rows = PHASES.map((p) => [esc(phaseLabel(p, locale)), p === 'closed' ? '–' : fig(ctx, `funnel.${p}`, report.funnel[p]), fig(ctx, `phases.${p}`, report.phases[p])]);
  return table('funnel-table', t.headings.funnel, [{ label: t.col.phase }, { label: t.col.reached, num: true }, { label: t.col.now, num: true }], rows);
}

function outcomesChart(entries: [string, number][], ctx: Ctx): string {
  const { t, locale } = ctx;
  const total = entries.reduce((s, [, n]) => s + n, 0);
  let x = 0;
  const parts = entries.map(([o, n], i) => {
    const w = (n / total) * W;
    const label = outcomeLabel(o, locale);
    const seg = rect(x, 0, w, 30, `o${i % 7}`, t.outcomeTip(label, num(n, locale))) + (w > 28 ? text(x + w / 2, 20, num(n, locale), 'on-dark', 'middle') : '');
    x += w;
    return seg;
  });
  return svg('outcomes-chart', W, 30, t.outcomesHeading, `${t.outcomesDesc} ${t.tableFollows}`, parts.join(''));
}

/** A colour key for a table row, drawn as a tiny SVG so no style attribute is needed. */
export function swatch(cls: string): string {
  return `<svg class="swatch" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true"><rect width="10" height="10" class="${cls}"/></svg>`;
}

export function funnel(report: PortfolioReport, ctx: Ctx): string {
  const { t, locale } = ctx;
  const out = [`<h2>${esc(t.headings.funnel)}</h2>`];
  if (report.cases === 0 || OPEN.every((p) => report.funnel[p] === 0)) out.push(empty(t.funnelEmpty));
  else out.push(`<p class="intro">${esc(t.funnelIntro)}</p>`, `<figure>${funnelChart(report, ctx)}</figure>`, funnelTable(report, ctx));
  out.push(`<h3>${esc(t.outcomesHeading)}</h3>`);
  const entries = Object.entries(report.outcomes);
  const drawn = entries.filter(([, n]) => n > 0);
  if (drawn.length === 0) out.push(empty(t.outcomesEmpty));
  // Zero counts stay in the table (every figure of the JSON is shown) but get no colour.
  if (entries.length > 0) {
    const rows = entries.map(([o, n]) => {
      const i = drawn.findIndex(([d]) => d === o);
      return [`${i >= 0 ? swatch(`o${i % 7}`) : ''} ${esc(outcomeLabel(o, locale))}`, fig(ctx, `outcomes.${o}`, n)];
    });
    if (drawn.length > 0) out.push(`<figure>${outcomesChart(drawn, ctx)}</figure>`);
    out.push(table('outcomes-table', t.outcomesHeading, [{ label: t.col.outcome }, { label: t.col.count, num: true }], rows));
  }
  return out.join('\n');
}
