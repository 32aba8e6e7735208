// The research pack on values of the wrong type: the schema reports them, and the pack's rules stay
// silent rather than add a second finding about the same value (model.ts: rules read defensively).
import { describe, expect, it } from 'vitest';
import { findings } from '../helpers';
import { caseWith } from './process-helpers';

const PACK = ['device-investigation', 'third-country-data', 'participant-consent', 'research-exemption-basis', 'need-announcement-open', 'route-trl-fit', 'reference-permission'];

const packAndSchema = (yaml: string) => {
  const all = findings(yaml);
  return { pack: all.filter((f) => PACK.includes(f.rule)).map((f) => f.rule), schema: all.filter((f) => f.rule === 'schema').length };
};

const patients = 'directed_at:\n  - unit: SU/Ortopedi\n    asks: [patients]\n';

describe('the research pack on wrong types', () => {
  const cases: [string, string][] = [
    ['consent as a string', caseWith({ kind: 'test-activity', extra: `${patients}consent: muntligt\n` })],
    ['consent.procedure as a number', caseWith({ kind: 'test-activity', extra: `${patients}consent:\n  procedure: 5\n` })],
    ['consent.procedure as a list', caseWith({ kind: 'test-activity', extra: `${patients}consent:\n  procedure: [a, b]\n` })],
    ['ce_marked as a string', caseWith({ kind: 'test-activity', extra: `solution:\n  medical_device: yes\n  ce_marked: "true"\n${patients}consent:\n  procedure: Skriftligt.\n` })],
    ['a kind the schema does not know', caseWith({ kind: 'test', extra: `solution:\n  medical_device: yes\n${patients}` })],
    ['trl 12', caseWith({ kind: 'co-development', extra: 'solution:\n  trl: 12\n' })],
    ['trl 7.5', caseWith({ kind: 'co-development', extra: 'solution:\n  trl: 7.5\n' })],
    ['trl "7"', caseWith({ kind: 'co-development', extra: 'solution:\n  trl: "7"\n' })],
    [
      'financing shares as strings',
      caseWith({ extra: 'procurement:\n  route: research-exemption\nagreements:\n  - type: research-collaboration\n    status: draft\n    financing: {A: "50", B: "50"}\n' }),
    ],
    ['procurement notes as a number', caseWith({ extra: 'procurement:\n  route: research-exemption\n  notes: 5\n' })],
    [
      'results as a mapping',
      caseWith({ extra: 'procurement:\n  route: research-exemption\nagreements:\n  - type: research-collaboration\n    status: draft\n    results: {owner: A}\n' }),
    ],
    ['announcement as a list', caseWith({ kind: 'need-announcement', phase: 'planning', extra: 'announcement: []\n' })],
    ['marketing as a boolean', caseWith({ phase: 'result', extra: 'marketing: yes\n' })],
    ['reference_permission as a string', caseWith({ phase: 'result', extra: 'marketing:\n  reference_permission: "yes"\n' })],
    ['asks as a string', caseWith({ kind: 'test-activity', extra: 'solution:\n  medical_device: yes\ndirected_at:\n  - unit: SU/Ortopedi\n    asks: patients\n' })],
  ];
  for (const [name, yaml] of cases) {
    it(`${name}: only the schema reports it`, () => {
      const { pack, schema } = packAndSchema(yaml);
      expect(schema).toBeGreaterThan(0);
      expect(pack).toEqual([]);
    });
  }

  it('an empty `consent:` counts as missing, so the rule and its fix still help', () => {
    const { pack } = packAndSchema(caseWith({ kind: 'test-activity', extra: `${patients}consent:\n` }));
    expect(pack).toEqual(['participant-consent']);
  });
});
