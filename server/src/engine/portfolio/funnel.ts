// Where the cases are and how far they got (spec section 11): phases, funnel, outcomes.
import { PHASES, phaseIndex, validPhase, type Phase } from '../model';
import { enumOf } from '../schema-data';
import type { PortfolioCase, PortfolioReport } from './types';

export { validPhase };

export const isOpen = (c: PortfolioCase): boolean => validPhase(c.phase) !== undefined && c.phase !== 'closed';

export function phaseCounts(cases: readonly PortfolioCase[]): PortfolioReport['phases'] {
  const phases = Object.fromEntries(PHASES.map((p) => [p, 0])) as PortfolioReport['phases'];
  for (const c of cases) {
    const phase = validPhase(c.phase);
    if (phase) phases[phase]++;
  }
  return phases;
}

/**
 * funnel[P]: open cases in P or later, and closed cases whose `outcome.reached` is P or later; a
 * closed case without a valid `reached` got at least to needs. A case in no phase is in no step.
 */
export function funnelOf(cases: readonly PortfolioCase[]): PortfolioReport['funnel'] {
  const steps = PHASES.filter((p): p is Exclude<Phase, 'closed'> => p !== 'closed');
  const funnel = Object.fromEntries(steps.map((p) => [p, 0])) as PortfolioReport['funnel'];
  for (const c of cases) {
    const phase = validPhase(c.phase);
    if (!phase) continue;
    const furthest = phase === 'closed' ? Math.max(0, reachedIndex(c.timeline?.outcome?.reached)) : phaseIndex(phase);
    for (const step of steps) if (phaseIndex(step) <= furthest) funnel[step]++;
  }
  return funnel;
}

/** `reached` is a phase before closing (the schema's enum); `closed` or anything else is not valid. */
const reachedIndex = (reached: string | undefined) => (reached === 'closed' ? -1 : phaseIndex(reached));

/** Closed cases by `outcome.result`, in the schema's order; results no case has are left out. */
export function outcomesOf(cases: readonly PortfolioCase[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const result = c.phase === 'closed' ? c.timeline?.outcome?.result : undefined;
    if (result !== undefined) counts.set(result, (counts.get(result) ?? 0) + 1);
  }
  // A value outside the schema's enum is a schema finding, not an outcome.
  return Object.fromEntries(enumOf('outcomeResult').flatMap((r) => (counts.has(r) ? [[r, counts.get(r)!]] : [])));
}
