import { describe, expect, it } from 'vitest';
import { rangeText, findings, ruleFindings } from '../helpers';
import { caseWith, GATES } from './process-helpers';

const RULE = 'unanchored-request';
const directed = 'directed_at:\n  - unit: SU/Ortopedi\n    asks: [staff-time]\n';
const anchor = (by: string, role: string, decision = 'approved', unit = 'SU/Ortopedi') =>
  `anchoring:\n  - unit: ${unit}\n    by: ${by}\n    role: ${role}\n    decision: ${decision}\n${decision === 'pending' ? '' : '    date: 2026-10-01\n'}`;
const verdicts = (input: Parameters<typeof ruleFindings>[1]) => ruleFindings(RULE, input).map((f) => [f.severity, f.data!.verdict]);

describe(RULE, () => {
  it('is satisfied by an approval from a manager role', () => {
    expect(ruleFindings(RULE, caseWith({ extra: directed + anchor('Anna Berg', 'Verksamhetschef') }))).toEqual([]);
  });

  it('fires at the directed unit value when nothing anchors it', () => {
    const yaml = caseWith({ extra: directed });
    const [f] = ruleFindings(RULE, yaml);
    expect(f).toMatchObject({ severity: 'warning', range: '17:11-17:22', data: { unit: 'SU/Ortopedi', index: 0, verdict: 'none' } });
    expect(rangeText(yaml, findings(yaml).find((x) => x.rule === RULE)!)).toBe('SU/Ortopedi');
  });

  it('says pending, declined, or an individual employee', () => {
    expect(verdicts(caseWith({ extra: directed + anchor('Anna Berg', 'verksamhetschef', 'pending') }))).toEqual([['warning', 'pending']]);
    expect(verdicts(caseWith({ extra: directed + anchor('Anna Berg', 'verksamhetschef', 'declined') }))).toEqual([['warning', 'declined']]);
    const [f] = ruleFindings(RULE, caseWith({ extra: directed + anchor('Emma Karlsson', 'sjuksköterska') }));
    expect(f!.message).toContain('approved by Emma Karlsson (sjuksköterska), an individual employee');
    expect(verdicts(caseWith({ extra: directed + anchor('Anna Berg', 'verksamhetschef', 'approved', 'SU/Annan') }))).toEqual([['warning', 'none']]);
  });

  it('is an error from planning on and silent when closed', () => {
    expect(verdicts(caseWith({ phase: 'planning', extra: GATES + directed }))).toEqual([['error', 'none']]);
    expect(verdicts(caseWith({ phase: 'closed', extra: GATES + directed }))).toEqual([]);
  });

  it('with a directory, the roles people really hold for that unit decide', () => {
    const directory = 'units:\n  - id: SU/Ortopedi\n  - id: SU/Akuten\npeople:\n  - name: Anna Berg\n    roles:\n      - { role: verksamhetschef, unit: SU/Akuten }\n';
    const [f] = ruleFindings(RULE, { yaml: caseWith({ extra: directed + anchor('Anna Berg', 'verksamhetschef') }), directory });
    expect(f!.message).toContain('directory.yaml lists no manager role');
    const ok = directory.replace('unit: SU/Akuten }', 'unit: SU/Ortopedi }');
    expect(ruleFindings(RULE, { yaml: caseWith({ extra: directed + anchor('Anna Berg', 'sjuksköterska') }), directory: ok })).toEqual([]);
  });

  it('uses the policy’s manager roles, overrides and Swedish', () => {
    const yaml = caseWith({ extra: directed + anchor('Per Ek', 'avdelningschef') });
    expect(verdicts(yaml)).toEqual([['warning', 'individual']]);
    expect(ruleFindings(RULE, { yaml, policy: 'manager_roles: [verksamhetschef, avdelningschef]\n' })).toEqual([]);
    expect(verdicts({ yaml, policy: 'rules:\n  unanchored-request: error\n' })).toEqual([['error', 'individual']]);
    expect(ruleFindings(RULE, { yaml, locale: 'sv' })[0]!.message).toContain('en enskild anställd');
  });
});
