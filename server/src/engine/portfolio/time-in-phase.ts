// How long open cases have been in their phase, and which have gone stale (spec sections 9 and 11).
import { phaseIndex } from '../model';
import { timeInPhase } from '../phase-history';
import { isOpen, validPhase } from './funnel';
import { staleDays } from './stale';
import { compareText } from '../text';
import type { PortfolioCase, StaleCase, TimeInPhase } from './types';

/** One entry per open case whose entry into its phase has a date: by phase, longest first. */
export function timeInPhaseOf(cases: readonly PortfolioCase[], today: string): TimeInPhase[] {
  const entries: TimeInPhase[] = [];
  for (const c of cases) {
    if (!isOpen(c)) continue;
    const entry = timeInPhase(c.phase, c.timeline, c.git, today);
    if (!entry) continue;
    entries.push({
      id: c.id ?? '',
      title: c.title ?? '',
      phase: c.phase!,
      since: entry.since,
      days: entry.days,
      source: entry.source,
      file: c.file,
      limit: c.staleAfterDays,
      stale: staleDays(c.timeline?.lastActivity, today, c.staleAfterDays) !== undefined,
    });
  }
  return entries.sort((a, b) => phaseIndex(a.phase) - phaseIndex(b.phase) || b.days - a.days || compareText(a.id, b.id) || compareText(a.file, b.file));
}

/**
 * The cases stale-case reports, whatever its severity (even off): not closed (a case in no phase
 * too, as the rule sees it) and no activity for more than the limit. Oldest first.
 */
export function staleOf(cases: readonly PortfolioCase[], today: string): StaleCase[] {
  const stale: StaleCase[] = [];
  for (const c of cases) {
    if (c.phase === 'closed') continue;
    const last = c.timeline?.lastActivity;
    const days = staleDays(last, today, c.staleAfterDays);
    if (days === undefined) continue;
    const entry: StaleCase = { id: c.id ?? '', title: c.title ?? '', phase: validPhase(c.phase) ?? '', days, file: c.file, last: last! };
    if (c.timeline?.owner !== undefined) entry.owner = c.timeline.owner;
    if (c.timeline?.units?.[0] !== undefined) entry.unit = c.timeline.units[0];
    stale.push(entry);
  }
  return stale.sort((a, b) => b.days - a.days || compareText(a.id, b.id) || compareText(a.file, b.file));
}
