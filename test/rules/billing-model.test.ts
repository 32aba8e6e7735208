// billing-model: an assignment agreement (uppdragsavtal) charges actual costs only (000).
import { describe, expect, it } from 'vitest';
import { CLEAN_CASE, findings, rangeText, ruleFindings } from '../helpers';

const RULE = 'billing-model';
const withAgreements = (agreements: string, base = CLEAN_CASE) => `${base}agreements:\n${agreements}`;

// Lines 1–15 are CLEAN_CASE; `agreements:` is line 16.
const mixed = withAgreements(
  [
    '  - type: assignment', // 17: billing missing
    '    status: draft',
    '  - type: assignment', // 19
    '    status: draft',
    '    billing: fixed-price', // 21
    '  - type: assignment',
    '    status: draft',
    '    billing: actual-costs',
    '  - type: testbed',
    '    status: draft',
    '    billing: fixed-price',
    '',
  ].join('\n'),
);

describe(RULE, () => {
  it('warns at the type value when billing is missing, and errs at the billing value when it is not actual costs', () => {
    expect(ruleFindings(RULE, mixed)).toEqual([
      {
        severity: 'warning',
        range: '17:11-17:21',
        message: 'The assignment agreement (uppdragsavtal) has no `billing`; care may charge actual costs only, so add `billing: actual-costs`.',
        data: { index: 0 },
      },
      {
        severity: 'error',
        range: '21:14-21:25',
        message: 'The assignment agreement (uppdragsavtal) is billed as `fixed-price`, but care may charge actual costs only; change it to `actual-costs`.',
        data: { index: 1 },
      },
    ]);
    expect(
      findings(mixed)
        .filter((f) => f.rule === RULE)
        .map((f) => rangeText(mixed, f)),
    ).toEqual(['assignment', 'fixed-price']);
  });

  it('errs for free-of-charge and other too', () => {
    const yaml = withAgreements('  - type: assignment\n    status: draft\n    billing: free-of-charge\n  - type: assignment\n    status: draft\n    billing: other\n');
    expect(ruleFindings(RULE, yaml).map((f) => [f.severity, f.range])).toEqual([
      ['error', '19:14-19:28'],
      ['error', '22:14-22:19'],
    ]);
  });

  it('does not fire for actual costs, other agreement types, or a case without agreements', () => {
    expect(ruleFindings(RULE, withAgreements('  - type: assignment\n    status: draft\n    billing: actual-costs\n'))).toEqual([]);
    expect(ruleFindings(RULE, withAgreements('  - type: research-collaboration\n    status: draft\n    billing: fixed-price\n'))).toEqual([]);
    expect(ruleFindings(RULE, CLEAN_CASE)).toEqual([]);
  });

  it('applies to closed cases', () => {
    const closed = CLEAN_CASE.replace('phase: needs', 'phase: closed');
    expect(
      ruleFindings(RULE, withAgreements('  - type: assignment\n    status: signed\n    signed: 2026-10-01\n    billing: fixed-price\n', closed)).map((f) => f.severity),
    ).toEqual(['error']);
  });

  it('follows the policy override for both findings, and off', () => {
    expect(ruleFindings(RULE, { yaml: mixed, policy: `rules:\n  ${RULE}: warning\n` }).map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(ruleFindings(RULE, { yaml: mixed, policy: `rules:\n  ${RULE}: error\n` }).map((f) => f.severity)).toEqual(['error', 'error']);
    expect(ruleFindings(RULE, { yaml: mixed, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: mixed, locale: 'sv' }).map((f) => f.message)).toEqual([
      'Uppdragsavtalet saknar `billing`; vården får enbart debitera faktiska kostnader, så lägg till `billing: actual-costs`.',
      'Uppdragsavtalet debiteras som `fixed-price`, men vården får enbart debitera faktiska kostnader; ändra till `actual-costs`.',
    ]);
  });

  it('leaves unknown or wrong-typed billing to the schema, and does not crash', () => {
    const yaml = withAgreements(
      '  - type: assignment\n    status: draft\n    billing: actual-cost\n  - type: assignment\n    status: draft\n    billing: [fixed-price]\n  - type: assignment\n    status: draft\n    billing:\n  - assignment\n',
    );
    expect(ruleFindings(RULE, yaml)).toEqual([]);
    expect(findings(yaml).some((f) => f.rule === 'schema')).toBe(true);
    expect(ruleFindings(RULE, `${CLEAN_CASE}agreements: {type: assignment}\n`)).toEqual([]);
  });
});
