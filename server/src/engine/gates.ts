// The phase gates of spec section 2. Shared by the phase-gate rule and the editor's move-phase command.
import { date, obj, phaseIndex, text, type CaseData, type Phase } from './model';

export interface GateNeed {
  /** The field that is missing, e.g. `need.verified`. */
  field: string;
  /** The phase whose entry needs it. */
  phase: Phase;
}

const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** What the case lacks to be in `phase`: planning, execution and result include earlier gates; closed only its own. */
export function unmetGate(data: CaseData, phase: Phase): GateNeed[] {
  const missing: GateNeed[] = [];
  const need = obj(data.need);
  const evaluation = obj(data.evaluation);
  const outcome = obj(data.outcome);
  if (phase === 'closed') {
    if (!text(outcome.result)) missing.push({ field: 'outcome.result', phase });
    if (!date(outcome.date)) missing.push({ field: 'outcome.date', phase });
    if (!text(outcome.lessons)) missing.push({ field: 'outcome.lessons', phase });
    return missing;
  }
  const at = phaseIndex(phase);
  if (at >= phaseIndex('planning')) {
    if (!text(need.statement)) missing.push({ field: 'need.statement', phase: 'planning' });
    if (need.verified !== true) missing.push({ field: 'need.verified', phase: 'planning' });
  }
  if (at >= phaseIndex('execution')) {
    if (!isNumber(evaluation.benefit)) missing.push({ field: 'evaluation.benefit', phase: 'execution' });
    if (!isNumber(evaluation.feasibility)) missing.push({ field: 'evaluation.feasibility', phase: 'execution' });
  }
  return missing;
}
