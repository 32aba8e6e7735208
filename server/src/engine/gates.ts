// The phase gates of spec section 2. Shared by the phase-gate rule and the editor's move-phase command.
import { date, obj, phaseIndex, text, type CaseData, type Phase } from './model';

export interface GateNeed {
  /** The field that is missing, e.g. `need.verified`. */
  field: string;
  /** The phase whose entry needs it. */
  phase: Phase;
}

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/**
 * What entering `phase` asks of the case, each need with whether the case meets it: planning,
 * execution and result include earlier gates; closed only its own. The one definition of the gates.
 */
export function gateNeeds(data: CaseData, phase: Phase): (GateNeed & { holds: boolean })[] {
  const needs: (GateNeed & { holds: boolean })[] = [];
  const need = obj(data.need);
  const evaluation = obj(data.evaluation);
  const outcome = obj(data.outcome);
  if (phase === 'closed') {
    needs.push({ field: 'outcome.result', phase, holds: !!text(outcome.result) });
    needs.push({ field: 'outcome.date', phase, holds: !!date(outcome.date) });
    needs.push({ field: 'outcome.lessons', phase, holds: !!text(outcome.lessons) });
    return needs;
  }
  const at = phaseIndex(phase);
  if (at >= phaseIndex('planning')) {
    needs.push({ field: 'need.statement', phase: 'planning', holds: !!text(need.statement) });
    needs.push({ field: 'need.verified', phase: 'planning', holds: need.verified === true });
  }
  if (at >= phaseIndex('execution')) {
    needs.push({ field: 'evaluation.benefit', phase: 'execution', holds: isNumber(evaluation.benefit) });
    needs.push({ field: 'evaluation.feasibility', phase: 'execution', holds: isNumber(evaluation.feasibility) });
  }
  return needs;
}

/** What the case lacks to be in `phase`. */
export function unmetGate(data: CaseData, phase: Phase): GateNeed[] {
  return gateNeeds(data, phase)
    .filter((n) => !n.holds)
    .map(({ field, phase: at }) => ({ field, phase: at }));
}
