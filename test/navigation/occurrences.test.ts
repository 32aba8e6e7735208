// Where names occur in a case or directory file, and which one is under an offset.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../server/src/engine/parse';
import { occurrences, occurrencesOf, targetAt } from '../../server/src/engine/navigation';
import { dedent } from '../helpers';

const CASE = dedent(`
  id: VGR-2026-001 # the id
  title: Artrosvård i Göta
  need:
    verified_by: "Anna Berg"
  directed_at:
    - unit: SU/Ortopedi
  anchoring:
    - { unit: SU/Ortopedi, by: 'anna  BERG', decision: approved, date: 2026-01-02 }
  stakeholders:
    - role: innovation-officer
      name: Maria Holm
      unit: VGR/Innovationsplattformen
  links:
    related: [VGR-2026-002, "VGR-2026-003"]
  requester:
    organisation: Anna Berg
`);

const DIRECTORY = dedent(`
  units:
    - id: SU/Ortopedi
      name: Ortopedi
  people:
    - name: Anna Berg
      roles:
        - { role: verksamhetschef, unit: SU/Ortopedi }
`);

describe('occurrences', () => {
  it('lists the id, links, people and units of a case, with their quoting and flow context', () => {
    const parsed = parseYaml(CASE);
    const found = occurrences(parsed, 'case').map((o) => [o.kind, o.value, o.declaration, o.style, o.flow, CASE.slice(o.offset, o.endOffset)]);
    expect(found).toEqual([
      ['case', 'VGR-2026-001', true, 'plain', false, 'VGR-2026-001'],
      ['person', 'Anna Berg', false, 'double', false, '"Anna Berg"'],
      ['unit', 'SU/Ortopedi', false, 'plain', false, 'SU/Ortopedi'],
      ['unit', 'SU/Ortopedi', false, 'plain', true, 'SU/Ortopedi'],
      ['person', 'anna  BERG', false, 'single', true, "'anna  BERG'"],
      ['person', 'Maria Holm', false, 'plain', false, 'Maria Holm'],
      ['unit', 'VGR/Innovationsplattformen', false, 'plain', false, 'VGR/Innovationsplattformen'],
      ['case', 'VGR-2026-002', false, 'plain', true, 'VGR-2026-002'],
      ['case', 'VGR-2026-003', false, 'double', true, '"VGR-2026-003"'],
    ]);
  });

  it('lists the units and people a directory declares, and the units its roles use', () => {
    const found = occurrences(parseYaml(DIRECTORY), 'directory').map((o) => [o.kind, o.value, o.declaration, o.path.join('.')]);
    expect(found).toEqual([
      ['unit', 'SU/Ortopedi', true, 'units.0.id'],
      ['person', 'Anna Berg', true, 'people.0.name'],
      ['unit', 'SU/Ortopedi', false, 'people.0.roles.0.unit'],
    ]);
  });

  it('finds a person however the name is spaced or cased, as the engine compares names, and not the requester', () => {
    const found = occurrencesOf(parseYaml(CASE), 'case', { kind: 'person', value: 'ANNA BERG ' });
    expect(found.map((o) => o.path.join('.'))).toEqual(['need.verified_by', 'anchoring.0.by']);
  });

  it('finds nothing in a policy file, a broken file or a value of the wrong type', () => {
    expect(occurrences(parseYaml('id: X\n'), 'policy')).toEqual([]);
    expect(occurrences(parseYaml('id: [\n'), 'case')).toEqual([]);
    expect(occurrences(parseYaml('id: 12\nlinks: { related: [1, ""] }\n'), 'case')).toEqual([]);
  });
});

describe('targetAt', () => {
  const parsed = parseYaml(CASE);
  const at = (needle: string, delta = 0) => targetAt(parsed, 'case', CASE.indexOf(needle) + delta);

  it('names what is under the offset, the end of the scalar included', () => {
    expect(at('VGR-2026-002')).toMatchObject({ kind: 'case', value: 'VGR-2026-002', declaration: false });
    expect(at('VGR-2026-002', 'VGR-2026-002'.length)).toMatchObject({ value: 'VGR-2026-002' });
    expect(at('Maria Holm', 3)).toMatchObject({ kind: 'person', value: 'Maria Holm' });
    expect(at('VGR/Innovationsplattformen', 5)).toMatchObject({ kind: 'unit' });
  });

  it('gives the characters inside quotes as the content', () => {
    const t = at('"VGR-2026-003"', 2)!;
    expect(CASE.slice(t.contentOffset, t.contentEndOffset)).toBe('VGR-2026-003');
    expect(CASE.slice(t.offset, t.endOffset)).toBe('"VGR-2026-003"');
  });

  it('names nothing on keys, comments, titles or an external contact', () => {
    expect(at('title')).toBeUndefined();
    expect(at('# the id', 3)).toBeUndefined();
    expect(at('Artrosvård')).toBeUndefined();
    expect(at('organisation: Anna Berg', 16)).toBeUndefined();
  });
});
