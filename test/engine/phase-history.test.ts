// When a case entered its phase (spec section 9): the log, else git, else opened; each date with its source.
import { describe, expect, it } from 'vitest';
import { phaseEntry, timeInPhase } from '../../server/src/engine/phase-history';
import { timelineOf } from '../../server/src/engine/portfolio/facts';
import type { GitPhaseChange } from '../../server/src/engine/portfolio/types';

const GIT: GitPhaseChange = { date: '2026-06-01', phase: 'planning', commit: 'a'.repeat(40) };
const entry = (data: Record<string, unknown>, git?: GitPhaseChange) => phaseEntry(data.phase as string | undefined, timelineOf(data), git);

describe('phaseEntry', () => {
  it('takes the newest log entry with the current phase, before git and opened', () => {
    const log = [
      { date: '2026-03-01', event: 'a', phase: 'planning' },
      { date: '2026-05-02', event: 'b', phase: 'execution' },
    ];
    expect(entry({ phase: 'planning', opened: '2026-01-01', log }, GIT)).toEqual({ since: '2026-03-01', source: 'log' });
  });

  it('takes the newest date, not the last item, when the log is out of order', () => {
    const log = [
      { date: '2026-04-01', event: 'back to planning', phase: 'planning' },
      { date: '2026-02-01', event: 'written later', phase: 'planning' },
      { date: '2026-13-01', event: 'not a day', phase: 'planning' },
      { date: '2026-09-01', event: 'no phase' },
    ];
    expect(entry({ phase: 'planning', opened: '2026-01-01', log })).toEqual({ since: '2026-04-01', source: 'log' });
  });

  it('takes git when the log does not tell, if the commit set the current phase', () => {
    const log = [{ date: '2026-05-02', event: 'b', phase: 'execution' }];
    expect(entry({ phase: 'planning', opened: '2026-01-01', log }, GIT)).toEqual({ since: '2026-06-01', source: 'git' });
  });

  it('falls back on opened when git set another value (the working tree moved it since) or has nothing', () => {
    expect(entry({ phase: 'execution', opened: '2026-01-01' }, GIT)).toEqual({ since: '2026-01-01', source: 'opened' });
    expect(entry({ phase: 'execution', opened: '2026-01-01' })).toEqual({ since: '2026-01-01', source: 'opened' });
    expect(entry({ phase: 'needs', opened: '2026-01-01' }, { ...GIT, phase: '' })).toEqual({ since: '2026-01-01', source: 'opened' });
  });

  it('knows no date without a valid log date, git or opened, and none without a phase', () => {
    expect(entry({ phase: 'planning', opened: 'soon', log: 'x' })).toBeUndefined();
    expect(entry({ opened: '2026-01-01' }, GIT)).toBeUndefined();
  });
});

describe('timeInPhase', () => {
  it('counts whole days since the entry, and a date in the future as no time spent', () => {
    const timeline = { opened: '2026-01-01', entered: { needs: '2026-12-24' } };
    expect(timeInPhase('needs', timeline, undefined, '2026-11-23')).toEqual({ since: '2026-12-24', source: 'log', days: 0 });
    expect(timeInPhase('planning', timeline, undefined, '2026-11-23')).toEqual({ since: '2026-01-01', source: 'opened', days: 326 });
  });
});

describe('timelineOf', () => {
  it('keeps a reached phase before closing only', () => {
    expect(timelineOf({ outcome: { reached: 'closed' } }).outcome).toEqual({});
    expect(timelineOf({ outcome: { reached: 'result' } }).outcome).toEqual({ reached: 'result' });
  });
});
