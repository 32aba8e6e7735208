// The portfolio's facts of one case, read from the parse the rules use (so a report costs no second parse).
import { date, isObj, items, str, type CaseData, type Phase, PHASES } from '../model';
import type { CaseTimeline } from './types';

export function timelineOf(data: CaseData): CaseTimeline {
  const timeline: CaseTimeline = {};
  const opened = date(data.opened);
  if (opened) timeline.opened = opened;
  const entered: Partial<Record<Phase, string>> = {};
  for (const { item } of items(data.log)) {
    const when = date(item.date);
    if (!when) continue;
    const phase = str(item.phase) as Phase | undefined;
    if (phase && PHASES.includes(phase) && (entered[phase] === undefined || entered[phase]! < when)) entered[phase] = when;
  }
  const last = lastActivityOf(data);
  if (last) timeline.lastActivity = last;
  if (Object.keys(entered).length > 0) timeline.entered = entered;
  if (isObj(data.outcome)) {
    const outcome: NonNullable<CaseTimeline['outcome']> = {};
    const result = str(data.outcome.result);
    const closedOn = date(data.outcome.date);
    const reached = str(data.outcome.reached);
    if (result) outcome.result = result;
    if (closedOn) outcome.date = closedOn;
    // The schema's `reached` is a phase before closing; `closed` would count the case in every step.
    if (reached && PHASES.includes(reached as Phase) && reached !== 'closed') outcome.reached = reached;
    timeline.outcome = outcome;
  }
  const units = [...new Set(items(data.directed_at).flatMap(({ item }) => str(item.unit)?.trim() || []))];
  if (units.length > 0) timeline.units = units;
  const owner = items(data.stakeholders).find(({ item }) => str(item.role) === 'innovation-officer' && str(item.name)?.trim());
  if (owner) timeline.owner = str(owner.item.name)!.trim();
  return timeline;
}

/** The newest of `opened` and the log's dates: what stale-case counts from. */
export function lastActivityOf(data: CaseData): string | undefined {
  const dates = [date(data.opened), ...items(data.log).map(({ item }) => date(item.date))].filter((d): d is string => d !== undefined);
  return dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : undefined;
}
