// Stalled cases, oldest first, with who carries them and whom they ask.
import type { PortfolioReport } from '../engine/portfolio/types';
import { caseRef, fig, type Ctx } from './context';
import { esc } from './escape';
import { num } from './format';
import { phaseLabel } from './labels';
import { empty, table } from './table';

export function stale(report: PortfolioReport, ctx: Ctx): string {
  const { t, locale } = ctx;
  const out = [`<h2>${esc(t.headings.stale)}</h2>`];
  if (report.stale.length === 0) return [...out, empty(t.staleEmpty)].join('\n');
  out.push(`<p class="intro">${esc(t.staleIntro(num(report.staleAfterDays, locale)))}</p>`);
  const sorted = report.stale.map((s, i) => ({ s, i })).sort((a, b) => b.s.days - a.s.days || a.i - b.i);
  const rows = sorted.map(({ s, i }) => [
    caseRef(ctx, s.id, s.file),
    esc(s.title),
    esc(phaseLabel(s.phase, locale)),
    fig(ctx, `stale.${i}.days`, s.days),
    esc(s.last),
    esc(s.owner ?? '–'),
    esc(s.unit ?? '–'),
  ]);
  const columns = [
    { label: t.col.id, nowrap: true },
    { label: t.col.title },
    { label: t.col.phase },
    { label: t.col.idle, num: true },
    { label: t.col.last, nowrap: true },
    { label: t.col.owner },
    { label: t.col.unit },
  ];
  out.push(table('stale-table', t.headings.stale, columns, rows));
  return out.join('\n');
}
