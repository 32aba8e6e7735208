import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../helpers';
import { caseWith, GATES } from './process-helpers';

const RULE = 'missing-agreement';
const legal = ['legal', 'procurement'];

describe(RULE, () => {
  it('does not apply before execution', () => {
    expect(ruleFindings(RULE, caseWith({ kind: 'test-activity', phase: 'planning', extra: GATES }))).toEqual([]);
  });

  it('a test activity in execution needs a signed assignment; the range is the kind value when there are no agreements', () => {
    const [f] = ruleFindings(RULE, caseWith({ kind: 'test-activity', phase: 'execution', extra: GATES }));
    expect(f).toMatchObject({ severity: 'error', range: '4:7-4:20', data: { type: 'assignment' } });
    expect(f!.message).toContain('none is listed');
  });

  it('an unsigned one is named with its status, at the agreements key', () => {
    const extra = `${GATES}agreements:\n  - type: assignment\n    status: negotiating\n    billing: actual-costs\n`;
    const [f] = ruleFindings(RULE, caseWith({ kind: 'test-activity', phase: 'execution', extra, stakeholders: legal }));
    expect(f!.message).toContain('`negotiating`, not signed');
    expect(f!.range).toBe('30:1-30:11');
  });

  it('is satisfied by a signed agreement', () => {
    const extra = `${GATES}agreements:\n  - type: assignment\n    status: signed\n    signed: 2026-10-01\n    billing: actual-costs\n`;
    expect(ruleFindings(RULE, caseWith({ kind: 'test-activity', phase: 'result', extra }))).toEqual([]);
  });

  it('requires confidentiality and data processing when the requester sees personal data', () => {
    const extra = `${GATES}data:\n  personal_data: true\n  requester_access: true\n`;
    expect(ruleFindings(RULE, caseWith({ phase: 'execution', extra })).map((f) => f.data!.type)).toEqual(['confidentiality', 'data-processing']);
    expect(ruleFindings(RULE, caseWith({ phase: 'closed', extra }))).toEqual([]);
  });

  it('by kind, with policy additions, overrides and Swedish', () => {
    expect(ruleFindings(RULE, caseWith({ kind: 'co-development', phase: 'execution', extra: GATES })).map((f) => f.data!.type)).toEqual(['research-collaboration']);
    expect(ruleFindings(RULE, caseWith({ kind: 'innovation-partnership', phase: 'execution', extra: GATES })).map((f) => f.data!.type)).toEqual(['innovation-partnership']);
    const policy = 'required_agreements:\n  - type: testbed\n    when: { kind: [dialogue] }\n';
    expect(ruleFindings(RULE, { yaml: caseWith({ phase: 'execution', extra: GATES }), policy }).map((f) => f.data!.type)).toEqual(['testbed']);
    expect(ruleFindings(RULE, { yaml: caseWith({ kind: 'test-activity', phase: 'execution', extra: GATES }), policy: 'rules:\n  missing-agreement: warning\n' })[0]!.severity).toBe(
      'warning',
    );
    expect(ruleFindings(RULE, { yaml: caseWith({ kind: 'test-activity', phase: 'execution', extra: GATES }), locale: 'sv' })[0]!.message).toContain('krävs eftersom');
  });
});
