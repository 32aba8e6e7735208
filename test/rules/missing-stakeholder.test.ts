import { describe, expect, it } from 'vitest';
import { rangeText, findings, ruleFindings } from '../helpers';
import { caseWith, GATES } from './process-helpers';

const RULE = 'missing-stakeholder';
const roles = (yaml: string | Parameters<typeof ruleFindings>[1]) => ruleFindings(RULE, yaml).map((f) => f.data!.role);

describe(RULE, () => {
  it('the clean case has its owner', () => {
    expect(roles(caseWith())).toEqual([]);
  });

  it('every case needs an innovation officer; the range is the stakeholders key, else the kind value', () => {
    const without = caseWith().replace('stakeholders:\n  - role: innovation-officer\n    name: Maria Holm\n', 'stakeholders: []\n');
    const [f] = ruleFindings(RULE, without);
    expect(f).toMatchObject({ severity: 'warning', range: '10:1-10:13', data: { role: 'innovation-officer' } });
    const none = caseWith().replace('stakeholders:\n  - role: innovation-officer\n    name: Maria Holm\n', '');
    const g = findings(none).find((x) => x.rule === RULE)!;
    expect(rangeText(none, g)).toBe('dialogue');
  });

  it('requires the roles of the spec’s table, one finding per role, naming the reason', () => {
    const extra =
      'solution:\n  digital: true\n  medical_device: unclear\ndata:\n  personal_data: true\ndirected_at:\n  - unit: SU/Ortopedi\n    asks: [patients]\nagreements:\n  - type: loan\n    status: draft\n';
    expect(roles(caseWith({ extra }))).toEqual(['legal', 'it', 'procurement', 'care-representative', 'regulatory', 'clinical-trials', 'data-protection']);
    const legal = ruleFindings(RULE, caseWith({ extra }))[0]!;
    expect(legal.message).toBe('No stakeholder with role `legal`, which is required because an agreement is listed; add one to `stakeholders`.');
  });

  it('by kind: co-development needs legal, and a user representative only from execution', () => {
    expect(roles(caseWith({ kind: 'co-development' }))).toEqual(['legal']);
    expect(roles(caseWith({ kind: 'co-development', phase: 'execution', extra: GATES }))).toEqual(['legal', 'user-representative']);
    expect(roles(caseWith({ kind: 'clinical-trial' }))).toEqual(['clinical-trials']);
    expect(roles(caseWith({ kind: 'need-announcement' }))).toEqual(['procurement']);
  });

  it('is a warning in needs and planning, an error from execution on, and silent when closed', () => {
    const sev = (phase: string) => ruleFindings(RULE, caseWith({ kind: 'co-development', phase, extra: GATES })).map((f) => f.severity);
    expect(sev('needs')).toEqual(['warning']);
    expect(sev('planning')).toEqual(['warning']);
    expect(sev('execution')).toEqual(['error', 'error']);
    expect(sev('closed')).toEqual([]);
  });

  it('takes policy additions and overrides', () => {
    const policy = 'required_stakeholders:\n  - role: finance\n    when: { kind: [dialogue] }\n    from_phase: planning\n';
    expect(roles({ yaml: caseWith(), policy })).toEqual([]);
    expect(roles({ yaml: caseWith({ phase: 'planning', extra: GATES }), policy })).toEqual(['finance']);
    expect(ruleFindings(RULE, { yaml: caseWith({ kind: 'co-development' }), policy: 'rules:\n  missing-stakeholder: error\n' })[0]!.severity).toBe('error');
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: caseWith({ kind: 'co-development' }), locale: 'sv' })[0]!.message).toBe(
      'Ingen deltagare med rollen `legal` (jurist), som krävs eftersom ärendet är av denna typ; lägg till en i `stakeholders`.',
    );
  });
});
