import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../helpers';
import { unmetGate } from '../../server/src/engine/gates';
import { caseWith, GATES } from './process-helpers';

const RULE = 'phase-gate';

describe(RULE, () => {
  it('does not fire in needs, nor when the gates are met', () => {
    expect(ruleFindings(RULE, caseWith())).toEqual([]);
    for (const phase of ['planning', 'execution', 'result', 'closed']) expect(ruleFindings(RULE, caseWith({ phase, extra: GATES }))).toEqual([]);
  });

  it('fires at the phase value, listing every unmet need including earlier gates', () => {
    const [f] = ruleFindings(RULE, caseWith({ phase: 'execution', extra: 'need:\n  statement: X\n' }));
    expect(f).toMatchObject({ severity: 'error', range: '5:8-5:17', data: { missing: ['need.verified', 'evaluation.benefit', 'evaluation.feasibility'] } });
    expect(f!.message).toContain('`need.verified: true` (needed from planning)');
    expect(f!.message).toContain('`evaluation.benefit` (needed from execution)');
  });

  it('closed needs only its own gate: outcome result, date and lessons', () => {
    const [f] = ruleFindings(RULE, caseWith({ phase: 'closed', extra: 'outcome:\n  result: declined\n' }));
    expect(f!.data).toEqual({ missing: ['outcome.date', 'outcome.lessons'], gates: expect.any(Array) });
    expect(ruleFindings(RULE, caseWith({ phase: 'closed', extra: 'outcome:\n  result: declined\n  date: 2026-10-01\n  lessons: Tidigt nej.\n' }))).toEqual([]);
  });

  it('need.verified must be true, not just present', () => {
    expect(unmetGate({ need: { statement: 'x', verified: false } }, 'planning')).toEqual([{ field: 'need.verified', phase: 'planning' }]);
    expect(unmetGate({ need: { statement: '  ', verified: true } }, 'planning')).toEqual([{ field: 'need.statement', phase: 'planning' }]);
  });

  it('follows a policy override and speaks Swedish', () => {
    const yaml = caseWith({ phase: 'planning' });
    expect(ruleFindings(RULE, { yaml, policy: 'rules:\n  phase-gate: warning\n' })[0]!.severity).toBe('warning');
    expect(ruleFindings(RULE, { yaml, policy: 'rules:\n  phase-gate: off\n' })).toEqual([]);
    expect(ruleFindings(RULE, { yaml, locale: 'sv' })[0]!.message).toContain('krävs från planning');
  });

  it('ignores an unknown phase (the schema reports it) and wrong-typed sections', () => {
    expect(ruleFindings(RULE, caseWith({ phase: 'doing' }))).toEqual([]);
    expect(ruleFindings(RULE, caseWith({ phase: 'planning', extra: 'need: [1, 2]\n' }))[0]!.data!.missing).toEqual(['need.statement', 'need.verified']);
  });
});
