// When a case entered a phase (spec section 9), as far as the file itself tells.
import { date, items, str, type CaseData, type Phase } from './model';
import type { CaseTimeline, GitPhaseChange, PhaseEntry } from './portfolio/types';

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

/**
 * When the case entered its current `phase` (spec section 9): the newest log entry with that phase;
 * else the newest commit that changed the phase value, if it set this value (a different value means
 * the working tree moved it since, which git cannot date); else `opened`. Undefined when none is known.
 */
export function phaseEntry(phase: string | undefined, timeline: CaseTimeline | undefined, git?: GitPhaseChange): PhaseEntry | undefined {
  if (phase === undefined) return undefined;
  const logged = timeline?.entered?.[phase as Phase];
  if (logged) return { since: logged, source: 'log' };
  if (git && git.phase === phase) return { since: git.date, source: 'git' };
  if (timeline?.opened) return { since: timeline.opened, source: 'opened' };
  return undefined;
}
