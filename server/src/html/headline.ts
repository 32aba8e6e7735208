// The first page: the date, the figures a manager asks for first, and how phase dates were found.
import { PHASES } from '../engine/model';
import type { PortfolioReport } from '../engine/portfolio/types';
import { fig, type Ctx } from './context';
import { esc } from './escape';
import { longDate } from './format';
import { outcomeLabel, phaseLabel } from './labels';
import { empty } from './table';

function card(label: string, value: string, cls = '', extra = ''): string {
  return `<div class="card${cls ? ` ${cls}` : ''}"><div class="card-value">${value}</div><div class="card-label">${esc(label)}</div>${extra}</div>`;
}

export function headline(report: PortfolioReport, ctx: Ctx): string {
  const { t, locale } = ctx;
  const outcomes = Object.entries(report.outcomes)
    .filter(([, n]) => n > 0)
    .map(([o, n]) => `<li>${esc(outcomeLabel(o, locale))}: ${fig(ctx, `outcomes.${o}`, n)}</li>`)
    .join('');
  const gitNote = report.git === 'shallow' ? t.gitShallow : report.git === 'none' ? t.gitNone : '';
  const withoutPhase = report.withoutPhase > 0 ? `<p class="note">${fig(ctx, 'withoutPhase', report.withoutPhase)} ${esc(t.withoutPhase)}</p>` : '';
  const phases = PHASES.map((p) => `<li><span class="phase-name">${esc(phaseLabel(p, locale))}</span> ${fig(ctx, `phases.${p}`, report.phases[p], 'strong')}</li>`).join('');
  return [
    `<header><h1>${esc(t.docTitle)}</h1><p class="as-of">${esc(t.asOf(longDate(report.today, locale)))}</p></header>`,
    `<h2>${esc(t.headings.headline)}</h2>`,
    report.cases === 0 ? empty(t.noCases) : '',
    '<div class="cards">',
    card(t.cases, fig(ctx, 'cases', report.cases)),
    card(t.active, fig(ctx, 'active', report.active)),
    card(t.stalled, fig(ctx, 'stale.length', report.stale.length), report.stale.length > 0 ? 'alert' : ''),
    card(t.closed, fig(ctx, 'phases.closed', report.phases.closed), '', outcomes ? `<ul class="card-list">${outcomes}</ul>` : ''),
    card(t.errors, fig(ctx, 'findings.errors', report.findings.errors), report.findings.errors > 0 ? 'error' : ''),
    card(t.warnings, fig(ctx, 'findings.warnings', report.findings.warnings)),
    '</div>',
    `<h3>${esc(t.inPhases)}</h3><ul class="phase-list">${phases}</ul>`,
    withoutPhase,
    gitNote ? `<p class="note git-note">${esc(gitNote)}</p>` : '',
  ].join('\n');
}
