// nda-public-staff: an NDA with public employees is generally not binding under OSL (004).
import { describe, expect, it } from 'vitest';
import { CLEAN_CASE, findings, rangeText, ruleFindings } from '../helpers';

const RULE = 'nda-public-staff';

const withAgreements = (agreements: string, base = CLEAN_CASE) => `${base}agreements:\n${agreements}`;

// Lines 1–15 are CLEAN_CASE; `agreements:` is line 16.
const twoNdas = withAgreements(
  [
    '  - type: nda',
    '    status: draft',
    '  - type: confidentiality',
    '    status: signed',
    '    signed: 2026-10-01',
    '  - type: nda',
    '    status: signed',
    '    signed: 2026-10-02',
    '',
  ].join('\n'),
);

describe(RULE, () => {
  it('fires once per nda agreement, at its type value', () => {
    const found = ruleFindings(RULE, twoNdas);
    expect(found.map((f) => f.range)).toEqual(['17:11-17:14', '22:11-22:14']);
    expect(found.map((f) => f.data)).toEqual([{ index: 0 }, { index: 2 }]);
    const texts = findings(twoNdas)
      .filter((f) => f.rule === RULE)
      .map((f) => rangeText(twoNdas, f));
    expect(texts).toEqual(['nda', 'nda']);
  });

  it('is a warning by default, with a message that says what to do', () => {
    const [f] = ruleFindings(RULE, twoNdas);
    expect(f!.severity).toBe('warning');
    expect(f!.message).toContain('not binding under OSL');
    expect(f!.message).toContain('`confidentiality`');
  });

  it('is an error under a policy override, and gone when turned off', () => {
    expect(ruleFindings(RULE, { yaml: twoNdas, policy: `rules:\n  ${RULE}: error\n` }).map((f) => f.severity)).toEqual(['error', 'error']);
    expect(ruleFindings(RULE, { yaml: twoNdas, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    const [f] = ruleFindings(RULE, { yaml: twoNdas, locale: 'sv' });
    expect(f!.message).toBe(
      'Ett NDA med offentliganställda är i regel inte bindande enligt OSL (offentlighets- och sekretesslagen); använd ett `confidentiality`-avtal (sekretessförbehåll) och en skriftlig överenskommelse.',
    );
  });

  it('does not fire for confidentiality or other agreements, nor for a clean case', () => {
    const yaml = withAgreements('  - type: confidentiality\n    status: draft\n  - type: data-processing\n    status: draft\n');
    expect(ruleFindings(RULE, yaml)).toEqual([]);
    expect(ruleFindings(RULE, CLEAN_CASE)).toEqual([]);
  });

  it('still applies to a closed case (it is not a process rule)', () => {
    const closed = CLEAN_CASE.replace('phase: needs', 'phase: closed');
    expect(ruleFindings(RULE, withAgreements('  - type: nda\n    status: expired\n', closed)).map((f) => f.range)).toEqual(['17:11-17:14']);
  });

  it('does not crash on wrong-typed agreements', () => {
    expect(ruleFindings(RULE, `${CLEAN_CASE}agreements: nda\n`)).toEqual([]);
    expect(ruleFindings(RULE, withAgreements('  - nda\n  - type: [nda]\n  - 42\n'))).toEqual([]);
  });
});
