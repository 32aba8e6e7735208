// Roles compare the same way in the editor as in unanchored-request (roleKey: case, Unicode form
// and white space aside), so the add-anchoring fix and completion pick the people the rule accepts.
import { describe, expect, it } from 'vitest';
import { defaultPolicy, directoryFrom, type Policy } from '../../server/src/engine';
import { complete } from '../../server/src/engine/editing/complete';
import { fixesFor } from '../../server/src/engine/editing/fixes';
import type { EditingContext } from '../../server/src/engine/editing/types';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import { parseYaml } from '../../server/src/engine/parse';
import { CLEAN_CASE, dedent, findings } from '../helpers';
import { bar } from './context';

const RULE = 'unanchored-request';
const NFD = 'omra\u030Adeschef'; // områdeschef with a decomposed å
const directoryYaml = (role: string) =>
  `units:\n  - id: SU/Ortopedi\npeople:\n  - name: Sara Ek\n    roles:\n      - { role: "${role}", unit: SU/Ortopedi }\n  - name: Emma Karlsson\n    roles:\n      - { role: sjuksköterska, unit: SU/Ortopedi }\n`;
const policyYaml = (roles?: string[]) => (roles ? `manager_roles: [${roles.map((r) => JSON.stringify(r)).join(', ')}]\n` : undefined);

function ctxFor(role: string, roles?: string[]): EditingContext {
  const policy: Policy = { ...defaultPolicy(), ...(roles ? { managerRoles: roles } : {}) };
  return { kind: 'case', locale: 'en', policy, directory: directoryFrom(parseYaml(directoryYaml(role)).value), cases: [] };
}

const CASES: [string, string, string[] | undefined][] = [
  ['a decomposed å in the directory', NFD, undefined],
  ['the policy role with spaces and capitals', 'verksamhetschef', [' Verksamhetschef ']],
  ['runs of white space in the directory', 'verksamhets  chef', ['Verksamhets chef']],
];

describe('add-anchoring picks the manager the rule accepts', () => {
  const directed = 'directed_at:\n  - unit: SU/Ortopedi\n    asks: [staff-time]\n';
  const yaml = dedent(`${CLEAN_CASE}${directed}anchoring:\n  - { unit: SU/Ortopedi, by: Emma Karlsson, role: sjuksköterska, decision: approved, date: 2026-10-01 }\n`);

  for (const [name, role, roles] of CASES) {
    it(name, () => {
      const ctx = ctxFor(role, roles);
      // The rule counts Sara Ek as a manager of the unit with this directory and policy.
      const approved = yaml.replace('by: Emma Karlsson, role: sjuksköterska', 'by: Sara Ek, role: x');
      expect(findings({ yaml: approved, directory: directoryYaml(role), policy: policyYaml(roles) }).filter((f) => f.rule === RULE)).toEqual([]);

      const [finding] = findings({ yaml, directory: directoryYaml(role), policy: policyYaml(roles) }).filter((f) => f.rule === RULE);
      expect(finding!.data!.verdict).toBe('individual');
      const fix = fixesFor(parseYaml(yaml), finding!, ctx).find((x) => x.id === 'add-anchoring');
      const after = applyEdits(yaml, fix!.edits);
      expect(after).toMatch(/\{ unit: SU\/Ortopedi, by: Sara Ek, role: [^,]+, decision: pending \}/);
      // The entry the fix wrote is one the rule reads as the manager's pending decision.
      const [left] = findings({ yaml: after, directory: directoryYaml(role), policy: policyYaml(roles) }).filter((f) => f.rule === RULE);
      expect(left!.data!.verdict).toBe('pending');
      expect(after).not.toContain('NAME');
    });
  }
});

describe('completion ranks and lists roles as the rule compares them', () => {
  const run = (textWithBar: string, ctx: EditingContext) => {
    const { parsed, offset } = bar(textWithBar);
    const entries = complete(parsed, offset, ctx);
    return [...entries].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((e) => e.label);
  };

  for (const [name, role, roles] of CASES) {
    it(`anchoring.by: ${name}`, () => {
      expect(run('anchoring:\n  - unit: SU/Ortopedi\n    by: |\n', ctxFor(role, roles))[0]).toBe('Sara Ek');
    });
  }

  it('anchoring.role: a role the person holds is listed once, whatever its case or form in the policy', () => {
    const labels = run(
      'anchoring:\n  - unit: SU/Ortopedi\n    by: Sara Ek\n    role: |\n',
      ctxFor('Verksamhetschef', ['verksamhetschef', ' VERKSAMHETSCHEF ', 'områdeschef', NFD]),
    );
    expect(labels).toEqual(['Verksamhetschef', 'områdeschef']);
  });
});
