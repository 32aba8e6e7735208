// unknown-reference: links name existing cases; with a directory, units and people are known to it.
import { describe, expect, it } from 'vitest';
import { CLEAN_CASE, checkRepo, dedent, findings, rangeText, ruleFindings } from '../helpers';

const RULE = 'unknown-reference';
const other = (id: string) => CLEAN_CASE.replace('id: VGR-2026-001', `id: ${id}`);

// Lines 1–15 are CLEAN_CASE.
const linked = `${CLEAN_CASE}links:\n  related:\n    - VGR-2026-02\n    - XYZ-1\n    - VGR-2026-002\n`;
const OTHERS = { 'cases/b.case.yaml': other('VGR-2026-002') };

const DIRECTORY = `
units:
  - id: SU/Ortopedi
    name: Ortopedi, Sahlgrenska Universitetssjukhuset
  - id: SU/Akut
    name: Akutmottagningen, Sahlgrenska Universitetssjukhuset
people:
  - name: Anna Berg
    email: anna.berg@example.org
    roles:
      - { role: verksamhetschef, unit: SU/Ortopedi }
  - name: Maria Holm
    roles: []
`;

const withUnits = dedent(`
  version: 1
  id: VGR-2026-001
  title: Digital egenvård vid artros
  kind: dialogue
  phase: needs
  opened: 2026-09-01
  requester:
    organisation: Artrosappen AB
    type: company
    contact:
      name: Okänd Kontakt
  directed_at:
    - unit: SU/Ortoped
      asks: [staff-time]
  anchoring:
    - unit: SU/Ortopedi
      by: anna  berg
      role: verksamhetschef
      decision: approved
      date: 2026-10-01
    - unit: SU/Akutt
      by: Ana Berg
      role: verksamhetschef
      decision: pending
  stakeholders:
    - role: innovation-officer
      name: Maria Holm
      unit: SU/Akut
    - role: care-representative
      name: Olle Okänd
      unit: Extern/Enhet
`);

describe(`${RULE}: links.related`, () => {
  it('flags an id no case has, at that value, with a suggestion when one is close', () => {
    const found = ruleFindings(RULE, { yaml: linked, others: OTHERS });
    expect(found).toEqual([
      {
        severity: 'warning',
        range: '18:7-18:18',
        message: 'No case in the repository has the id `VGR-2026-02`; correct the link or remove it. Did you mean `VGR-2026-002`?',
        data: { id: 'VGR-2026-02', suggestion: 'VGR-2026-002' },
      },
      {
        severity: 'warning',
        range: '19:7-19:12',
        message: 'No case in the repository has the id `XYZ-1`; correct the link or remove it.',
        data: { id: 'XYZ-1' },
      },
    ]);
    const texts = findings({ yaml: linked, others: OTHERS })
      .filter((f) => f.rule === RULE)
      .map((f) => rangeText(linked, f));
    expect(texts).toEqual(['VGR-2026-02', 'XYZ-1']);
  });

  it('does not fire when every link names a case (itself included)', () => {
    const ok = `${CLEAN_CASE}links:\n  related: [VGR-2026-002, VGR-2026-001]\n`;
    expect(ruleFindings(RULE, { yaml: ok, others: OTHERS })).toEqual([]);
  });

  it('reports links in other files on those files', () => {
    const results = checkRepo({ yaml: CLEAN_CASE, others: { 'cases/b.case.yaml': `${other('VGR-2026-002')}links:\n  related: [VGR-2026-009]\n` } });
    expect(
      results
        .find((r) => r.file === 'cases/b.case.yaml')!
        .findings.filter((f) => f.rule === RULE)
        .map((f) => f.line),
    ).toEqual([17]);
    expect(results.find((r) => r.file === 'cases/a.case.yaml')!.findings.filter((f) => f.rule === RULE)).toEqual([]);
  });

  it('applies to closed cases', () => {
    const closed = linked.replace('phase: needs', 'phase: closed');
    expect(ruleFindings(RULE, { yaml: closed, others: OTHERS })).toHaveLength(2);
  });

  it('follows the policy', () => {
    expect(ruleFindings(RULE, { yaml: linked, others: OTHERS, policy: `rules:\n  ${RULE}: error\n` }).map((f) => f.severity)).toEqual(['error', 'error']);
    expect(ruleFindings(RULE, { yaml: linked, others: OTHERS, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: linked, others: OTHERS, locale: 'sv' }).map((f) => f.message)).toEqual([
      'Inget ärende i förrådet har id:t `VGR-2026-02`; rätta länken eller ta bort den. Menade du `VGR-2026-002`?',
      'Inget ärende i förrådet har id:t `XYZ-1`; rätta länken eller ta bort den.',
    ]);
  });

  it('does not crash on wrong-typed links', () => {
    expect(ruleFindings(RULE, `${CLEAN_CASE}links: VGR-2026-002\n`)).toEqual([]);
    expect(ruleFindings(RULE, `${CLEAN_CASE}links:\n  related: [42, {id: x}, null]\n`)).toEqual([]);
  });
});

describe(`${RULE}: directory`, () => {
  it('flags units and people the directory does not know, at that value, with suggestions', () => {
    const input = { yaml: withUnits, directory: DIRECTORY };
    expect(ruleFindings(RULE, input)).toEqual([
      {
        severity: 'warning',
        range: '13:11-13:21',
        message: 'The unit `SU/Ortoped` is not in directory.yaml; use a unit id from the directory, or add the unit there. Did you mean `SU/Ortopedi`?',
        data: { unit: 'SU/Ortoped', suggestion: 'SU/Ortopedi' },
      },
      {
        severity: 'warning',
        range: '21:11-21:19',
        message: 'The unit `SU/Akutt` is not in directory.yaml; use a unit id from the directory, or add the unit there. Did you mean `SU/Akut`?',
        data: { unit: 'SU/Akutt', suggestion: 'SU/Akut' },
      },
      {
        severity: 'warning',
        range: '22:9-22:17',
        message: '`Ana Berg` is not among the people in directory.yaml; check the spelling, or add the person there. Did you mean `Anna Berg`?',
        data: { name: 'Ana Berg', suggestion: 'Anna Berg' },
      },
      {
        severity: 'warning',
        range: '30:11-30:21',
        message: '`Olle Okänd` is not among the people in directory.yaml; check the spelling, or add the person there.',
        data: { name: 'Olle Okänd' },
      },
      {
        severity: 'warning',
        range: '31:11-31:23',
        message: 'The unit `Extern/Enhet` is not in directory.yaml; use a unit id from the directory, or add the unit there.',
        data: { unit: 'Extern/Enhet' },
      },
    ]);
    const texts = findings(input)
      .filter((f) => f.rule === RULE)
      .map((f) => rangeText(withUnits, f));
    expect(texts).toEqual(['SU/Ortoped', 'SU/Akutt', 'Ana Berg', 'Olle Okänd', 'Extern/Enhet']);
  });

  it('compares names without case and folded white space, and never checks requester contacts', () => {
    const messages = ruleFindings(RULE, { yaml: withUnits, directory: DIRECTORY })
      .map((f) => f.message)
      .join('\n');
    expect(messages).not.toContain('anna  berg');
    expect(messages).not.toContain('Okänd Kontakt');
  });

  it('does not check units or people without a directory', () => {
    expect(ruleFindings(RULE, withUnits)).toEqual([]);
  });

  it('skips units when the directory lists none, and people when it lists none', () => {
    expect(ruleFindings(RULE, { yaml: withUnits, directory: 'people:\n  - name: Anna Berg\n    roles: []\n' }).map((f) => f.data)).toEqual([
      { name: 'Ana Berg', suggestion: 'Anna Berg' },
      { name: 'Maria Holm' },
      { name: 'Olle Okänd' },
    ]);
  });

  it('speaks Swedish', () => {
    const [unit, , person] = ruleFindings(RULE, { yaml: withUnits, directory: DIRECTORY, locale: 'sv' });
    expect(unit!.message).toBe('Enheten `SU/Ortoped` finns inte i directory.yaml; använd ett enhets-id från katalogen, eller lägg till enheten där. Menade du `SU/Ortopedi`?');
    expect(person!.message).toBe('`Ana Berg` finns inte bland personerna i directory.yaml; kontrollera stavningen, eller lägg till personen där. Menade du `Anna Berg`?');
  });

  it('follows the policy', () => {
    expect(ruleFindings(RULE, { yaml: withUnits, directory: DIRECTORY, policy: `rules:\n  ${RULE}: info\n` }).map((f) => f.severity)).toEqual(Array(5).fill('info'));
    expect(ruleFindings(RULE, { yaml: withUnits, directory: DIRECTORY, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('does not crash on wrong-typed lists', () => {
    const bad = `${CLEAN_CASE.replace(/stakeholders:[\s\S]*?(?=log:)/, 'stakeholders: nobody\n')}directed_at:\n  - unit: 7\n  - SU/Akut\nanchoring: {unit: SU/Akut}\n`;
    expect(ruleFindings(RULE, { yaml: bad, directory: DIRECTORY })).toEqual([]);
  });
});
