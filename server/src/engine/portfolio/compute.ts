// The one computation of the portfolio report (spec section 11): pure, no I/O. The JSON prints
// what it returns and the HTML draws it, so both show the same numbers.
import { countFindings } from '../findings';
import { DEFAULT_STALE_AFTER_DAYS } from '../policy';
import { funnelOf, outcomesOf, phaseCounts } from './funnel';
import { monthsOf } from './months';
import { staleOf, timeInPhaseOf } from './time-in-phase';
import { compareText } from '../text';
import { unitsOf } from './units';
import type { PortfolioInput, PortfolioReport } from './types';

export function computePortfolio(input: PortfolioInput): PortfolioReport {
  const { today, cases } = input;
  const phases = phaseCounts(cases);
  return {
    today,
    cases: cases.length,
    phases,
    funnel: funnelOf(cases),
    outcomes: outcomesOf(cases),
    timeInPhase: timeInPhaseOf(cases, today),
    stale: staleOf(cases, today),
    units: unitsOf(cases),
    findings: findingsOf(input.findings),
    active: phases.needs + phases.planning + phases.execution + phases.result,
    withoutPhase: cases.length - Object.values(phases).reduce((sum, n) => sum + n, 0),
    // Every repository's limit when they agree; else the smallest, so no stale case hides.
    staleAfterDays: cases.length > 0 ? cases.reduce((min, c) => Math.min(min, c.staleAfterDays), Infinity) : DEFAULT_STALE_AFTER_DAYS,
    months: monthsOf(cases, today),
    git: input.git,
  };
}

/** Counts of the active findings (suppressed ones count for nothing, as in check), and per rule. */
function findingsOf(findings: PortfolioInput['findings']): PortfolioReport['findings'] {
  const { errors, warnings, infos } = countFindings(findings);
  const byRule = new Map<string, number>();
  for (const f of findings) if (!f.suppressed) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  return { errors, warnings, infos, byRule: Object.fromEntries([...byRule].sort(([a], [b]) => compareText(a, b))) };
}
