// Spec section 8: `# casefile-disable-next-line <rule> -- <reason>`.
import { describe, expect, it } from 'vitest';
import { checkRepo, dedent, CLEAN_CASE } from '../helpers';

const base = dedent(CLEAN_CASE);
const nda = (comment: string) => `${base}agreements:\n${comment}  - type: nda\n    status: draft\n`;
const caseFindings = (yaml: string, policy?: string) => checkRepo({ yaml, policy }).find((r) => r.file === 'cases/a.case.yaml')!.findings;

describe('suppressions', () => {
  it('suppress the finding on the next line, keeping the reason', () => {
    const all = caseFindings(nda('  # casefile-disable-next-line nda-public-staff -- the company asked for it; legal approved 2026-03-02\n'));
    const f = all.find((x) => x.rule === 'nda-public-staff')!;
    expect(f.suppressed).toEqual({ reason: 'the company asked for it; legal approved 2026-03-02', line: 17 });
    expect(all.filter((x) => x.rule === 'suppression')).toEqual([]);
  });

  it('need a reason; without one nothing is suppressed', () => {
    const all = caseFindings(nda('  # casefile-disable-next-line nda-public-staff\n'));
    expect(all.find((x) => x.rule === 'nda-public-staff')!.suppressed).toBeUndefined();
    const s = all.find((x) => x.rule === 'suppression')!;
    expect([s.severity, s.line, s.message]).toEqual(['warning', 17, expect.stringContaining('needs a reason')]);
  });

  it('report an unknown rule with a suggestion', () => {
    const all = caseFindings(nda('  # casefile-disable-next-line nda-public-staf -- ok\n'));
    expect(all.find((x) => x.rule === 'suppression')!.message).toContain('Did you mean `nda-public-staff`?');
  });

  it('report a suppression that suppresses nothing', () => {
    const all = caseFindings(nda('  # casefile-disable-next-line billing-model -- not needed\n'));
    expect(all.find((x) => x.rule === 'suppression')!.message).toContain('suppresses nothing');
    expect(all.find((x) => x.rule === 'nda-public-staff')!.suppressed).toBeUndefined();
  });

  it('stack: the directive skips blank and comment lines to the next content line', () => {
    const all = caseFindings(nda('  # casefile-disable-next-line nda-public-staff -- accepted\n  # see the minutes of 2026-03-02\n\n'));
    expect(all.find((x) => x.rule === 'nda-public-staff')!.suppressed?.reason).toBe('accepted');
  });

  it('say nothing about a suppression of a rule the policy turns off', () => {
    const all = caseFindings(nda('  # casefile-disable-next-line billing-model -- not needed\n'), 'rules:\n  billing-model: off\n');
    expect(all.filter((x) => x.rule === 'suppression')).toEqual([]);
  });
});
