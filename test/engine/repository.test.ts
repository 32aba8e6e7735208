// Policy and directory: overrides and additions apply; a broken policy is reported and the defaults apply.
import { describe, expect, it } from 'vitest';
import { checkRepo, CLEAN_CASE } from '../helpers';

const ndaCase = `${CLEAN_CASE}agreements:\n  - type: nda\n    status: draft\n`;

describe('policy', () => {
  it('changes a severity and turns a rule off', () => {
    const sev = (policy?: string) =>
      checkRepo({ yaml: ndaCase, policy })
        .find((r) => r.file === 'cases/a.case.yaml')!
        .findings.filter((f) => f.rule === 'nda-public-staff')
        .map((f) => f.severity);
    expect(sev()).toEqual(['warning']);
    expect(sev('rules:\n  nda-public-staff: error\n')).toEqual(['error']);
    expect(sev('rules:\n  nda-public-staff: off\n')).toEqual([]);
  });

  it('is reported on casefile.yaml when broken, and the defaults apply meanwhile', () => {
    const results = checkRepo({ yaml: ndaCase, policy: 'rules:\n  nda-public-staff: of\n  stale-cases: off\n' });
    const policy = results.find((r) => r.file === 'casefile.yaml')!;
    expect(policy.findings.map((f) => [f.rule, f.line])).toEqual([
      ['schema', 2],
      ['schema', 3],
    ]);
    expect(policy.findings[1]!.message).toContain('Did you mean `stale-case`?');
    const c = results.find((r) => r.file === 'cases/a.case.yaml')!;
    expect(c.findings.filter((f) => f.rule === 'nda-public-staff').map((f) => f.severity)).toEqual(['warning']);
  });

  it('a policy with a syntax error is reported as yaml-syntax', () => {
    const results = checkRepo({ yaml: CLEAN_CASE, policy: 'rules: [\n' });
    expect(results.find((r) => r.file === 'casefile.yaml')!.findings.map((f) => f.rule)).toContain('yaml-syntax');
  });
});
