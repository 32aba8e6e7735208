// Rename edits on one file: only the scalars change, in their own quoting; comments, flow and
// block style, CRLF kept. And the names a rename refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../server/src/engine/parse';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import { newNameProblem, renameEdits, replacementText, type Ref } from '../../server/src/engine/navigation';
import type { CaseFileKind } from '../../server/src/engine/types';
import { dedent } from '../helpers';

function renamed(text: string, ref: Ref, value: string, kind: CaseFileKind = 'case'): string {
  return applyEdits(text, renameEdits(parseYaml(text), kind, ref, value));
}

const CASE = dedent(`
  # A case; comments stay.
  id: VGR-2026-001 # the id
  need:
    verified_by: "Anna Berg"   # verified
  anchoring:
    - { unit: SU/Ortopedi, by: 'Anna Berg', decision: approved }
  stakeholders:
    - role: care-representative
      name: anna berg # spelled loosely
      unit: SU/Ortopedi
  links:
    related:
      - VGR-2026-002
      - 'VGR-2026-002'
  tags: [Anna Berg, SU/Ortopedi]
`);

describe('renameEdits', () => {
  it('renames a person in every quoting style and keeps everything else', () => {
    expect(renamed(CASE, { kind: 'person', value: 'Anna Berg' }, 'Anna Lind')).toBe(
      CASE.replace('"Anna Berg"', '"Anna Lind"').replace("'Anna Berg'", "'Anna Lind'").replace('name: anna berg', 'name: Anna Lind'),
    );
  });

  it('renames a unit in block and flow mappings, not in tags', () => {
    const out = renamed(CASE, { kind: 'unit', value: 'SU/Ortopedi' }, 'SU/Ortopedi-och-handkirurgi');
    expect(out).toContain('{ unit: SU/Ortopedi-och-handkirurgi, by:');
    expect(out).toContain('\n    unit: SU/Ortopedi-och-handkirurgi\n');
    expect(out).toContain('tags: [Anna Berg, SU/Ortopedi]');
  });

  it('renames a case id and the links to it, each in its style', () => {
    expect(renamed(CASE, { kind: 'case', value: 'VGR-2026-002' }, 'VGR-2026-099')).toBe(
      CASE.replace('- VGR-2026-002', '- VGR-2026-099').replace("- 'VGR-2026-002'", "- 'VGR-2026-099'"),
    );
    expect(renamed(CASE, { kind: 'case', value: 'VGR-2026-001' }, 'VGR-2026-100')).toBe(CASE.replace('id: VGR-2026-001 #', 'id: VGR-2026-100 #'));
  });

  it('quotes a plain value that would not read back as the same string, and escapes quoted ones', () => {
    expect(renamed('stakeholders:\n  - name: Anna\n', { kind: 'person', value: 'Anna' }, 'Anna: chef')).toBe('stakeholders:\n  - name: "Anna: chef"\n');
    expect(renamed('anchoring:\n  - { by: Anna, unit: X }\n', { kind: 'person', value: 'Anna' }, 'Berg, Anna')).toBe('anchoring:\n  - { by: "Berg, Anna", unit: X }\n');
    expect(renamed("need: { verified_by: 'Anna' }\n", { kind: 'person', value: 'Anna' }, "Anna O'Hara")).toBe("need: { verified_by: 'Anna O''Hara' }\n");
    expect(renamed('need:\n  verified_by: "Anna"\n', { kind: 'person', value: 'Anna' }, 'Anna "A" \\ B')).toBe('need:\n  verified_by: "Anna \\"A\\" \\\\ B"\n');
    expect(renamed('stakeholders:\n  - name: Anna\n', { kind: 'person', value: 'Anna' }, 'true')).toBe('stakeholders:\n  - name: "true"\n');
  });

  it('keeps CRLF line endings', () => {
    const text = 'id: A-1\r\nlinks:\r\n  related:\r\n    - B-2 # b\r\n';
    expect(renamed(text, { kind: 'case', value: 'B-2' }, 'B-3')).toBe('id: A-1\r\nlinks:\r\n  related:\r\n    - B-3 # b\r\n');
  });

  it('renames a block scalar as a one-line value', () => {
    expect(renamed('stakeholders:\n  - name: >-\n      Anna\n    role: legal\n', { kind: 'person', value: 'Anna' }, 'Bo')).toBe('stakeholders:\n  - name: Bo\n    role: legal\n');
  });

  it('renames the directory entry and the units its roles use', () => {
    const dir = 'units:\n  - id: SU/Orto # old\n    name: Ortopedi\npeople:\n  - name: "Anna Berg"\n    roles:\n      - { role: chef, unit: SU/Orto }\n';
    expect(renamed(dir, { kind: 'unit', value: 'SU/Orto' }, 'SU/Ortopedi', 'directory')).toBe(dir.replace(/SU\/Orto\b/g, 'SU/Ortopedi'));
    expect(renamed(dir, { kind: 'person', value: 'anna berg' }, 'Anna Lind', 'directory')).toBe(dir.replace('"Anna Berg"', '"Anna Lind"'));
  });

  it('renaming a value and back gives the text it started from', () => {
    const names = fc.oneof(
      fc.stringMatching(/^[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö .'-]{0,15}$/),
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s)),
    );
    const styles = fc.constantFrom(
      (v: string) => v,
      (v: string) => `'${v}'`,
      (v: string) => `"${v}"`,
    );
    fc.assert(
      fc.property(names, styles, fc.boolean(), fc.boolean(), (name, style, flow, crlf) => {
        // A plain value that must be quoted comes back quoted: the round trip holds where the style can stay.
        fc.pre(style('x') !== 'x' || replacementText({ style: 'plain', flow }, name.trim()) === name.trim());
        const eol = crlf ? '\r\n' : '\n';
        const by = style('Anna Berg');
        const text = flow
          ? `anchoring:${eol}  - { unit: X, by: ${by} } # c${eol}need: { verified_by: ${by} }${eol}`
          : `anchoring:${eol}  - unit: X${eol}    by: ${by} # c${eol}need:${eol}  verified_by: ${by}${eol}`;
        const there = renamed(text, { kind: 'person', value: 'Anna Berg' }, name.trim());
        expect(parseYaml(there).problems).toEqual([]);
        expect(renamed(there, { kind: 'person', value: name.trim() }, 'Anna Berg')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('replacementText', () => {
  it('keeps plain where it can, also inside flow collections', () => {
    expect(replacementText({ style: 'plain', flow: false }, 'Anna Lind')).toBe('Anna Lind');
    expect(replacementText({ style: 'plain', flow: true }, 'SU/Ortopedi')).toBe('SU/Ortopedi');
    expect(replacementText({ style: 'plain', flow: true }, 'a [b]')).toBe('"a [b]"');
    expect(replacementText({ style: 'plain', flow: false }, ' lead')).toBe('" lead"');
  });
});

describe('newNameProblem', () => {
  const ids = ['VGR-1', 'VGR-2'];
  const problem = (ref: Ref, value: string, existing: string[]) => newNameProblem(ref, value, existing)?.en;

  it('refuses an id that is empty, too long, breaks the pattern or exists, in both languages', () => {
    const ref: Ref = { kind: 'case', value: 'VGR-1' };
    expect(problem(ref, '  ', ids)).toMatch(/empty/);
    expect(problem(ref, 'A'.repeat(101), ids)).toMatch(/101 characters/);
    expect(problem(ref, 'VGR 3', ids)).toMatch(/breaks the id pattern/);
    expect(problem(ref, '-VGR', ids)).toMatch(/breaks the id pattern/);
    expect(problem(ref, 'vgr-2', ids)).toBe('A case with the id `VGR-2` exists already; choose another id.');
    expect(newNameProblem(ref, 'VGR-2', ids)?.sv).toBe('Det finns redan ett ärende med id:t `VGR-2`; välj ett annat id.');
    expect(problem(ref, 'VGR-3', ids)).toBeUndefined();
    // Its own id in another case is no clash.
    expect(problem(ref, 'vgr-1', ids)).toBeUndefined();
  });

  it('refuses an empty or multi-line name, and one the directory has already', () => {
    const people = ['Anna Berg', 'Bo Ek'];
    const ref: Ref = { kind: 'person', value: 'anna berg' };
    expect(problem(ref, ' ', people)).toMatch(/name is empty/);
    expect(problem(ref, 'Anna\nBerg', people)).toMatch(/one line/);
    expect(problem(ref, 'bo  EK', people)).toMatch(/`Bo Ek` is in directory.yaml already/);
    expect(problem(ref, 'Anna Lind', people)).toBeUndefined();
    expect(problem({ kind: 'unit', value: 'SU' }, 'NU', ['SU', 'NU'])).toMatch(/The unit `NU` is in directory.yaml already/);
    expect(problem({ kind: 'unit', value: 'SU' }, '', ['SU'])).toMatch(/unit id is empty/);
  });
});
