// research-exemption-basis: the R&D exemption (LOU 1 kap. 5 §) needs shared results or financing,
// and the authority must be able to show it (001; Upphandlingsmyndigheten).
import { describe, expect, it } from 'vitest';
import { ruleFindings, ruleTexts } from '../helpers';
import { caseWith, GATES } from './process-helpers';

const RULE = 'research-exemption-basis';
const MESSAGE =
  'The research exemption (LOU 1 kap. 5 §) holds only when results and/or financing are shared, and the region or municipality must be able to prove it: add a `research-collaboration` agreement with shared `financing` or agreed `results`, or write in `procurement.notes` why the exemption applies.';

// Lines 1–15 are CLEAN_CASE; the extra sections start at line 16.
const PROCUREMENT = 'procurement:\n  considered: true\n  route: research-exemption\n';
const exempt = (more = '', phase = 'needs', procurement = PROCUREMENT) =>
  caseWith({ kind: 'co-development', phase, extra: `${phase === 'needs' ? '' : GATES}${procurement}${more}` });
const research = (lines: string) => `agreements:\n  - type: research-collaboration\n    status: signed\n    signed: 2026-10-01\n${lines}`;
const texts = (yaml: string) => ruleTexts(RULE, yaml);

describe(RULE, () => {
  it('warns at the route value when nothing shows the exemption holds', () => {
    const yaml = exempt();
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'warning', range: '18:10-18:28', message: MESSAGE }]);
    expect(texts(yaml)).toEqual(['research-exemption']);
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  it('points at the route value in flow style too', () => {
    const yaml = exempt('', 'needs', 'procurement: {considered: true, route: research-exemption}\n');
    expect(ruleFindings(RULE, yaml).map((f) => f.range)).toEqual(['16:40-16:58']);
    expect(texts(yaml)).toEqual(['research-exemption']);
  });

  it('is silent for every other route, and without a route', () => {
    for (const route of ['none', 'innovation-procurement', 'innovation-partnership', 'pre-commercial', 'direct-award', 'framework-agreement']) {
      expect(ruleFindings(RULE, exempt('', 'needs', `procurement:\n  considered: true\n  route: ${route}\n`)), route).toEqual([]);
    }
    expect(ruleFindings(RULE, exempt('', 'needs', 'procurement:\n  considered: true\n'))).toEqual([]);
    expect(ruleFindings(RULE, exempt('', 'needs', ''))).toEqual([]);
  });

  it('is satisfied by shared financing: more than 0 % for at least two parties of a research collaboration', () => {
    const yaml = exempt(research('    financing:\n      Region Skåne: 40\n      Artrosappen AB: 60\n'));
    expect(ruleFindings(RULE, yaml)).toEqual([]);
    expect(ruleFindings('schema', yaml)).toEqual([]);
    expect(ruleFindings(RULE, exempt(research('    financing: {Region Skåne: 30, Artrosappen AB: 65, Lunds universitet: 5}\n')))).toEqual([]);
  });

  it('a 100/0 split is not shared financing', () => {
    const yaml = exempt(research('    financing:\n      Region Skåne: 100\n      Artrosappen AB: 0\n'));
    expect(ruleFindings(RULE, yaml).map((f) => f.range)).toEqual(['18:10-18:28']);
  });

  it('one party alone is not shared financing', () => {
    expect(ruleFindings(RULE, exempt(research('    financing: {Artrosappen AB: 100}\n'))).map((f) => f.range)).toEqual(['18:10-18:28']);
  });

  it('financing shared in an agreement that is not a research collaboration does not count', () => {
    const testbed = 'agreements:\n  - type: testbed\n    status: signed\n    signed: 2026-10-01\n    financing: {Region Skåne: 50, Artrosappen AB: 50}\n';
    const yaml = exempt(testbed);
    expect(ruleFindings('schema', yaml)).toEqual([]);
    expect(ruleFindings(RULE, yaml).map((f) => f.range)).toEqual(['18:10-18:28']);
  });

  it('is satisfied by shared results: a research collaboration with non-empty `results`', () => {
    const yaml = exempt(research('    results: Parterna äger resultaten gemensamt och får båda använda dem fritt.\n'));
    expect(ruleFindings(RULE, yaml)).toEqual([]);
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  it('an empty `results` is not shared results', () => {
    expect(ruleFindings(RULE, exempt(research('    results: ""\n'))).map((f) => f.range)).toEqual(['18:10-18:28']);
    expect(ruleFindings(RULE, exempt(research('    results: "  "\n'))).map((f) => f.range)).toEqual(['18:10-18:28']);
  });

  it('results in an agreement that is not a research collaboration do not count', () => {
    const nda = 'agreements:\n  - type: confidentiality\n    status: draft\n    results: Företaget äger resultaten.\n';
    expect(ruleFindings(RULE, exempt(nda)).map((f) => f.range)).toEqual(['18:10-18:28']);
  });

  it('is satisfied by non-empty `procurement.notes`', () => {
    const yaml = exempt('', 'needs', `${PROCUREMENT}  notes: Lunds universitet medfinansierar 30 % via Vinnova; beslut av inköp 2026-10-12.\n`);
    expect(ruleFindings(RULE, yaml)).toEqual([]);
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  it('whitespace-only or empty notes still fire', () => {
    expect(ruleFindings(RULE, exempt('', 'needs', `${PROCUREMENT}  notes: "   "\n`)).map((f) => f.range)).toEqual(['18:10-18:28']);
    expect(ruleFindings(RULE, exempt('', 'needs', `${PROCUREMENT}  notes: ""\n`)).map((f) => f.range)).toEqual(['18:10-18:28']);
  });

  it('is a warning in every open phase, and silent for a closed case', () => {
    for (const phase of ['needs', 'planning', 'execution', 'result']) {
      const [f] = ruleFindings(RULE, exempt('', phase));
      expect([phase, f?.severity, f?.range]).toEqual([phase, 'warning', phase === 'needs' ? '18:10-18:28' : '28:10-28:28']);
    }
    expect(ruleFindings(RULE, exempt('', 'closed'))).toEqual([]);
  });

  it('applies to every kind that names the route', () => {
    expect(ruleFindings(RULE, caseWith({ kind: 'test-activity', extra: PROCUREMENT }))).toHaveLength(1);
    expect(ruleFindings(RULE, caseWith({ kind: 'dialogue', extra: PROCUREMENT }))).toHaveLength(1);
  });

  it('follows the policy override, and off', () => {
    const yaml = exempt();
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: error\n` }).map((f) => f.severity)).toEqual(['error']);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: info\n` }).map((f) => f.severity)).toEqual(['info']);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: exempt(), locale: 'sv' })).toEqual([
      {
        severity: 'warning',
        range: '18:10-18:28',
        message:
          'Forskningsundantaget (LOU 1 kap. 5 §) gäller bara när resultat och/eller finansiering delas, och regionen eller kommunen måste kunna visa det: lägg till ett `research-collaboration`-avtal med delad `financing` eller överenskomna `results`, eller skriv i `procurement.notes` varför undantaget gäller.',
      },
    ]);
  });
});
