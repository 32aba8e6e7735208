// When a case entered its phase (spec section 9): from its log, else git, else `opened`; and how that is known.
import { daysBetween, type Phase } from './model';
import type { CaseTimeline, GitPhaseChange, PhaseEntry } from './portfolio/types';

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

/** phaseEntry with the whole days spent since, never negative: a date in the future is no time spent. */
export function timeInPhase(
  phase: string | undefined,
  timeline: CaseTimeline | undefined,
  git: GitPhaseChange | undefined,
  today: string,
): (PhaseEntry & { days: number }) | undefined {
  const entry = phaseEntry(phase, timeline, git);
  return entry && { ...entry, days: Math.max(0, daysBetween(entry.since, today)) };
}
