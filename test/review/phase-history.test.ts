import { describe, expect, it } from 'vitest';
import { gateNeeds, unmetGate } from '../../server/src/engine/gates';
import { enteredPhase, loggedEntry } from '../../server/src/engine/phase-history';

describe('enteredPhase', () => {
  const log = [
    { date: '2026-03-01', event: 'a', phase: 'planning' },
    { date: '2026-05-02', event: 'b', phase: 'execution' },
    { date: '2026-04-01', event: 'c', phase: 'planning' },
    { date: '2026-13-01', event: 'not a day', phase: 'planning' },
  ];

  it('is the newest log date for the phase', () => {
    expect(enteredPhase({ opened: '2026-01-01', log }, 'planning')).toBe('2026-04-01');
    expect(enteredPhase({ log }, 'execution')).toBe('2026-05-02');
  });

  it('falls back on opened for needs only; otherwise it is not known from the file', () => {
    expect(enteredPhase({ opened: '2026-01-01', log }, 'needs')).toBe('2026-01-01');
    expect(enteredPhase({ opened: '2026-01-01', log }, 'result')).toBeUndefined();
    expect(loggedEntry({ opened: '2026-01-01', log }, 'needs')).toBeUndefined();
    expect(enteredPhase({ opened: 'soon', log: 'x' }, 'needs')).toBeUndefined();
  });
});

describe('gateNeeds', () => {
  it('lists every need of the phase with whether it holds; unmetGate is its unmet part', () => {
    const data = { need: { statement: 'x', verified: true }, evaluation: { benefit: 3 } };
    expect(gateNeeds(data, 'execution')).toEqual([
      { field: 'need.statement', phase: 'planning', holds: true },
      { field: 'need.verified', phase: 'planning', holds: true },
      { field: 'evaluation.benefit', phase: 'execution', holds: true },
      { field: 'evaluation.feasibility', phase: 'execution', holds: false },
    ]);
    expect(unmetGate(data, 'execution')).toEqual([{ field: 'evaluation.feasibility', phase: 'execution' }]);
    expect(gateNeeds(data, 'needs')).toEqual([]);
    expect(gateNeeds({ outcome: { result: 'implemented', date: '2026-02-30' } }, 'closed').map((n) => [n.field, n.holds])).toEqual([
      ['outcome.result', true],
      ['outcome.date', false],
      ['outcome.lessons', false],
    ]);
  });
});
