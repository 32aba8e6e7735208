// When a case entered a phase (spec section 9), as far as the file itself tells.
import { date, items, str, type CaseData } from './model';

/** The newest `log` date whose `phase` is `phase`, if any. */
export function loggedEntry(data: CaseData, phase: string): string | undefined {
  return items(data.log)
    .filter(({ item }) => str(item.phase) === phase)
    .flatMap(({ item }) => date(item.date) ?? [])
    .sort()
    .at(-1);
}

/**
 * When the case entered `phase`: its newest log entry; else `opened` for `needs` (where every case
 * starts). Otherwise unknown here: the newest commit changing the phase is git's to tell.
 */
export function enteredPhase(data: CaseData, phase: string): string | undefined {
  return loggedEntry(data, phase) ?? (phase === 'needs' ? date(data.opened) : undefined);
}

// STUB (helper "history" replaces): spec section 9's order — log, else git, else opened.
import type { CaseTimeline, GitPhaseChange, PhaseEntry } from './portfolio/types';
/** When the case entered its current `phase`; undefined when no date is known (no valid opened). */
export function phaseEntry(phase: string | undefined, timeline: CaseTimeline | undefined, git?: GitPhaseChange): PhaseEntry | undefined {
  void phase;
  void timeline;
  void git;
  return undefined;
}
