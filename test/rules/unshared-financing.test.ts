// unshared-financing: in a research collaboration the parties share the financing (001).
import { describe, expect, it } from 'vitest';
import { CLEAN_CASE, findings, rangeText, ruleFindings } from '../helpers';

const RULE = 'unshared-financing';
const withAgreements = (agreements: string, base = CLEAN_CASE) => `${base}agreements:\n${agreements}`;
const research = (financing: string) => withAgreements(`  - type: research-collaboration\n    status: draft\n${financing}`);

// Lines 1–15 are CLEAN_CASE; `agreements:` is line 16, the type line 17, `financing` line 19.
describe(RULE, () => {
  it('warns at the type value when financing is missing or empty', () => {
    const missing = research('');
    expect(ruleFindings(RULE, missing)).toEqual([
      {
        severity: 'warning',
        range: '17:11-17:33',
        message: "The research collaboration agreement (FoU-samverkansavtal) states no `financing`; the parties should share the financing, so add each party's share in percent.",
        data: { index: 0 },
      },
    ]);
    expect(
      findings(missing)
        .filter((f) => f.rule === RULE)
        .map((f) => rangeText(missing, f)),
    ).toEqual(['research-collaboration']);
    expect(ruleFindings(RULE, research('    financing: {}\n')).map((f) => f.range)).toEqual(['17:11-17:33']);
  });

  it('errs at the financing key when the shares do not sum to 100', () => {
    const yaml = research('    financing:\n      Region Skåne: 50\n      Artrosappen AB: 40\n');
    expect(ruleFindings(RULE, yaml)).toEqual([
      { severity: 'error', range: '19:5-19:14', message: 'The financing shares sum to 90 %, not 100 %; correct the percentages.', data: { index: 0, sum: 90 } },
    ]);
    expect(
      findings(yaml)
        .filter((f) => f.rule === RULE)
        .map((f) => rangeText(yaml, f)),
    ).toEqual(['financing']);
  });

  it('states a fractional sum, with a decimal comma in Swedish', () => {
    const yaml = research('    financing: {Region Skåne: 49.5, Artrosappen AB: 50}\n');
    expect(ruleFindings(RULE, yaml)[0]!.message).toBe('The financing shares sum to 99.5 %, not 100 %; correct the percentages.');
    expect(ruleFindings(RULE, { yaml, locale: 'sv' })[0]!.message).toBe('Finansieringsandelarna summerar till 99,5 %, inte 100 %; rätta procentsatserna.');
  });

  it('allows a rounding tolerance of 0.01', () => {
    expect(ruleFindings(RULE, research('    financing: {A: 33.33, B: 33.33, C: 33.34}\n'))).toEqual([]);
    expect(ruleFindings(RULE, research('    financing: {A: 33.333, B: 33.333, C: 33.333}\n'))).toEqual([]);
    expect(ruleFindings(RULE, research('    financing: {A: 33.3, B: 33.3, C: 33.3}\n')).map((f) => f.severity)).toEqual(['error']);
  });

  it('warns at the financing key when one party carries everything', () => {
    const yaml = research('    financing:\n      Region Skåne: 0\n      Artrosappen AB: 100\n');
    expect(ruleFindings(RULE, yaml)).toEqual([
      {
        severity: 'warning',
        range: '19:5-19:14',
        message:
          '`Artrosappen AB` carries 100 % of the financing; in a research collaboration the parties share it (not necessarily 50/50, but in a reasonable split), and the research exemption (LOU 1 kap. 5 §) needs shared results and/or shared financing.',
        data: { index: 0, party: 'Artrosappen AB' },
      },
    ]);
    expect(ruleFindings(RULE, research('    financing: {Artrosappen AB: 100}\n')).map((f) => f.data)).toEqual([{ index: 0, party: 'Artrosappen AB' }]);
  });

  it('does not fire for a shared split, nor for other agreement types', () => {
    expect(ruleFindings(RULE, research('    financing: {Region Skåne: 30, Artrosappen AB: 70}\n'))).toEqual([]);
    expect(ruleFindings(RULE, withAgreements('  - type: assignment\n    status: draft\n    billing: actual-costs\n'))).toEqual([]);
  });

  it('reports each research agreement at its own index', () => {
    const yaml = withAgreements('  - type: nda\n    status: draft\n  - type: research-collaboration\n    status: draft\n');
    expect(ruleFindings(RULE, yaml)).toEqual([expect.objectContaining({ range: '19:11-19:33', data: { index: 1 } })]);
  });

  it('applies to closed cases', () => {
    const closed = CLEAN_CASE.replace('phase: needs', 'phase: closed');
    expect(ruleFindings(RULE, withAgreements('  - type: research-collaboration\n    status: expired\n', closed))).toHaveLength(1);
  });

  it('follows the policy override, and off', () => {
    const yaml = research('    financing: {A: 100}\n');
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: error\n` }).map((f) => f.severity)).toEqual(['error']);
    expect(ruleFindings(RULE, { yaml: research('    financing: {A: 10}\n'), policy: `rules:\n  ${RULE}: warning\n` }).map((f) => f.severity)).toEqual(['warning']);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: research(''), locale: 'sv' })[0]!.message).toBe(
      'FoU-samverkansavtalet anger ingen `financing`; parterna ska dela på finansieringen, så ange varje parts andel i procent.',
    );
    expect(ruleFindings(RULE, { yaml: research('    financing: {Region Skåne: 100}\n'), locale: 'sv' })[0]!.message).toBe(
      '`Region Skåne` står för 100 % av finansieringen; i en FoU-samverkan delar parterna på den (inte nödvändigtvis 50/50, men i en rimlig fördelning), och forskningsundantaget (LOU 1 kap. 5 §) kräver delade resultat och/eller delad finansiering.',
    );
  });

  it('leaves non-numeric shares and a wrong-typed financing to the schema, and does not crash', () => {
    expect(ruleFindings(RULE, research('    financing: {A: "50%", B: 50}\n'))).toEqual([]);
    expect(ruleFindings(RULE, research('    financing: half each\n'))).toEqual([]);
    expect(ruleFindings(RULE, research('    financing: [50, 50]\n'))).toEqual([]);
    expect(ruleFindings(RULE, `${CLEAN_CASE}agreements: research-collaboration\n`)).toEqual([]);
  });
});
