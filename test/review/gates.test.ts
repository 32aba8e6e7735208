import { describe, expect, it } from 'vitest';
import { gateNeeds, unmetGate } from '../../server/src/engine/gates';

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
