// Time in the current phase: every active case against the stale limit, one row per phase.
import { PHASES } from '../engine/model';
import type { PortfolioReport, TimeInPhase } from '../engine/portfolio/types';
import { caseRef, fig, type Ctx } from './context';
import { esc } from './escape';
import { num } from './format';
import { phaseLabel } from './labels';
import { circle, line, linesText, niceScale, rect, svg, text, wrap } from './svg';
import { empty, table, type Column } from './table';

/** Above this many cases in a phase, dots would be a blur and a heavy file: draw a histogram. */
export const HISTOGRAM_ABOVE = 400;
/** The table lists this many cases at most, the longest in their phase first. */
export const TABLE_ROWS = 200;

const OPEN = PHASES.filter((p) => p !== 'closed');
const W = 960;
const X0 = 250;
const X1 = 930;
/** Room left of day 0, so a 0-day dot is not half hidden under the axis labels. */
const PAD = 10;
const ROW = 64;
const TOP = 28;
const BINS = 40;

function chart(report: PortfolioReport, byPhase: Map<string, { e: TimeInPhase; i: number }[]>, ctx: Ctx): string {
  const { t, locale } = ctx;
  const limit = report.staleAfterDays;
  const maxDays = Math.max(limit, ...report.timeInPhase.map((e) => e.days));
  const { max, step } = niceScale(maxDays * 1.05, 8);
  const x = (d: number): number => X0 + PAD + (Math.max(0, Math.min(d, max)) / max) * (X1 - X0 - PAD);
  // Room under the axis title for its descenders: the figure clips what the viewBox does not hold.
  const height = TOP + OPEN.length * ROW + 40;
  const parts: string[] = [];
  for (let v = 0; v <= max; v += step) {
    parts.push(line(x(v), TOP, x(v), TOP + OPEN.length * ROW, 'grid'));
    parts.push(text(x(v), TOP + OPEN.length * ROW + 18, num(v, locale), 'tick', 'middle'));
  }
  parts.push(text((X0 + X1) / 2, height - 6, t.days, 'tick', 'middle'));
  OPEN.forEach((p, row) => {
    const y0 = TOP + row * ROW;
    const mid = y0 + ROW / 2;
    const list = byPhase.get(p) ?? [];
    parts.push(line(X0, y0 + ROW, X1, y0 + ROW, 'axis'));
    // The label and its count as one block, centred on the row.
    const lines = [...wrap(phaseLabel(p, locale), 28), { text: `(${num(list.length, locale)})`, cls: 'small' }];
    parts.push(linesText(X0 - 12, mid + 5 - ((lines.length - 1) * 16) / 2, lines, 16, 'label', 'end'));
    if (list.length > HISTOGRAM_ABOVE) {
      // Bins of whole days over the shared axis; each bin is one rect with its count as a tooltip.
      const width = Math.max(1, Math.ceil(max / BINS));
      const counts = new Map<number, { n: number; stale: number }>();
      for (const { e } of list) {
        const bin = Math.floor(e.days / width);
        const c = counts.get(bin) ?? { n: 0, stale: 0 };
        c.n += 1;
        if (e.stale) c.stale += 1;
        counts.set(bin, c);
      }
      const top = Math.max(...[...counts.values()].map((c) => c.n));
      for (const [bin, { n, stale }] of counts) {
        const from = bin * width;
        const h = (n / top) * (ROW - 10);
        const tip = t.binTip(num(from, locale), num(from + width - 1, locale), num(n, locale));
        parts.push(rect(x(from), y0 + ROW - h, x(from + width) - x(from) - 1, h, 'bin', tip));
        // The stalled cases of the bin at its foot: stalled is the stale flag, not the days in phase.
        if (stale > 0) parts.push(rect(x(from), y0 + ROW - (stale / top) * (ROW - 10), x(from + width) - x(from) - 1, (stale / top) * (ROW - 10), 'bin over', tip));
      }
    } else {
      // Dots spread over the row in a fixed pattern, so equal days stay visible and output is stable.
      list.forEach(({ e }, k) => {
        const dy = ((k * 7) % 9) - 4;
        parts.push(circle(x(e.days), mid + dy * 5.5, 5.5, e.stale ? 'dot over' : 'dot', t.caseTip(e.id || e.file, e.title, num(e.days, locale))));
      });
    }
  });
  parts.push(line(x(limit), TOP - 6, x(limit), TOP + OPEN.length * ROW, 'limit'));
  const limitLabel = `${t.limit} ${num(limit, locale)} ${t.days}`;
  const anchor = x(limit) > X1 - 120 ? 'end' : 'start';
  parts.push(text(x(limit) + (anchor === 'end' ? -6 : 6), TOP - 10, limitLabel, 'limit-label', anchor));
  return svg('time-chart', W, height, t.headings['time-in-phase'], `${t.timeDesc} ${t.tableFollows}`, parts.join(''));
}

export function timeInPhase(report: PortfolioReport, ctx: Ctx): string {
  const { t, locale } = ctx;
  const out = [`<h2>${esc(t.headings['time-in-phase'])}</h2>`];
  if (report.timeInPhase.length === 0) return [...out, empty(t.timeEmpty)].join('\n');
  const byPhase = new Map<string, { e: TimeInPhase; i: number }[]>();
  report.timeInPhase.forEach((e, i) => {
    const list = byPhase.get(e.phase);
    if (list) list.push({ e, i });
    else byPhase.set(e.phase, [{ e, i }]);
  });
  const heavy = [...byPhase.values()].some((l) => l.length > HISTOGRAM_ABOVE);
  out.push(`<p class="intro">${esc(t.timeIntro(num(report.staleAfterDays, locale)))}${heavy ? ` ${esc(t.histogramNote(HISTOGRAM_ABOVE))}` : ''}</p>`);
  out.push(`<figure>${chart(report, byPhase, ctx)}</figure>`);
  // Phase order, then the longest first; cases in no open phase (should not happen) go last. A long
  // list keeps the longest cases of all phases.
  type Entry = { e: TimeInPhase; i: number };
  const rank = (p: string): number => (OPEN.includes(p as never) ? OPEN.indexOf(p as never) : OPEN.length);
  const longest = (a: Entry, b: Entry): number => b.e.days - a.e.days || a.i - b.i;
  const phaseOrder = (a: Entry, b: Entry): number => rank(a.e.phase) - rank(b.e.phase) || longest(a, b);
  const all = report.timeInPhase.map((e, i) => ({ e, i }));
  const shown = (all.length > TABLE_ROWS ? [...all].sort(longest).slice(0, TABLE_ROWS) : all).sort(phaseOrder);
  const limits = report.timeInPhase.some((e) => e.limit !== report.staleAfterDays);
  const columns: Column[] = [
    { label: t.col.id, nowrap: true },
    { label: t.col.title },
    { label: t.col.phase },
    { label: t.col.since, nowrap: true },
    { label: t.col.days, num: true },
    { label: t.col.source },
  ];
  if (limits) columns.push({ label: t.col.limit, num: true });
  const rows = shown.map(({ e, i }) => {
    const days = fig(ctx, `timeInPhase.${i}.days`, e.days);
    const row = [
      caseRef(ctx, e.id, e.file),
      esc(e.title),
      esc(phaseLabel(e.phase, locale)),
      esc(e.since),
      e.stale ? `<span class="over" title="${esc(t.stalledTip)}">${days}</span>` : days,
      esc(t.source[e.source] ?? e.source),
    ];
    if (limits) row.push(fig(ctx, `timeInPhase.${i}.limit`, e.limit));
    return row;
  });
  out.push(table('time-table', t.headings['time-in-phase'], columns, rows));
  if (shown.length < all.length) out.push(`<p class="note">${esc(t.timeCut(num(shown.length, locale), num(all.length, locale)))}</p>`);
  return out.join('\n');
}
