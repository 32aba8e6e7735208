// The load on each unit (spec section 11): open cases that ask something of it, by phase.
import { PHASES, type Phase } from '../model';
import { compareText } from '../text';
import { isOpen } from './funnel';
import type { PortfolioCase, UnitLoad } from './types';

/** Per unit in `directed_at` of an open case: the cases (a unit named twice counts once), busiest first. */
export function unitsOf(cases: readonly PortfolioCase[]): UnitLoad[] {
  const byUnit = new Map<string, Map<Phase, number>>();
  for (const c of cases) {
    if (!isOpen(c)) continue;
    for (const unit of new Set(c.timeline?.units ?? [])) {
      let phases = byUnit.get(unit);
      if (!phases) byUnit.set(unit, (phases = new Map()));
      phases.set(c.phase as Phase, (phases.get(c.phase as Phase) ?? 0) + 1);
    }
  }
  const loads = [...byUnit].map(([unit, phases]): UnitLoad => {
    const inOrder = PHASES.flatMap((p) => (phases.has(p) ? [[p, phases.get(p)!] as const] : []));
    return { unit, active: inOrder.reduce((sum, [, n]) => sum + n, 0), phases: Object.fromEntries(inOrder) };
  });
  return loads.sort((a, b) => b.active - a.active || compareText(a.unit, b.unit));
}
