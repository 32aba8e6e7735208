import { describe, expect, it } from 'vitest';
import { dedent, rangeText, findings, ruleFindings } from '../helpers';
import { caseWith, GATES } from './process-helpers';
import { defaultPolicy, directoryFrom } from '../../server/src/engine';
import { fixesFor } from '../../server/src/engine/editing/fixes';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import { parseYaml } from '../../server/src/engine/parse';

const RULE = 'unanchored-request';
const directed = 'directed_at:\n  - unit: SU/Ortopedi\n    asks: [staff-time]\n';
const anchor = (by: string, role: string, decision = 'approved', unit = 'SU/Ortopedi') =>
  `anchoring:\n  - unit: ${unit}\n    by: ${by}\n    role: ${role}\n    decision: ${decision}\n${decision === 'pending' ? '' : '    date: 2026-10-01\n'}`;
const verdicts = (input: Parameters<typeof ruleFindings>[1]) => ruleFindings(RULE, input).map((f) => [f.severity, f.data!.verdict]);

describe(RULE, () => {
  it('is satisfied by an approval from a manager role', () => {
    expect(ruleFindings(RULE, caseWith({ extra: directed + anchor('Anna Berg', 'Verksamhetschef') }))).toEqual([]);
  });

  it('fires at the directed unit value when nothing anchors it', () => {
    const yaml = caseWith({ extra: directed });
    const [f] = ruleFindings(RULE, yaml);
    expect(f).toMatchObject({ severity: 'warning', range: '17:11-17:22', data: { unit: 'SU/Ortopedi', index: 0, verdict: 'none' } });
    expect(
      rangeText(
        yaml,
        findings(yaml).find((x) => x.rule === RULE)!,
      ),
    ).toBe('SU/Ortopedi');
  });

  it('says pending, declined, or an individual employee', () => {
    expect(verdicts(caseWith({ extra: directed + anchor('Anna Berg', 'verksamhetschef', 'pending') }))).toEqual([['warning', 'pending']]);
    expect(verdicts(caseWith({ extra: directed + anchor('Anna Berg', 'verksamhetschef', 'declined') }))).toEqual([['warning', 'declined']]);
    const [f] = ruleFindings(RULE, caseWith({ extra: directed + anchor('Emma Karlsson', 'sjuksköterska') }));
    expect(f!.message).toContain('approved by Emma Karlsson (sjuksköterska), an individual employee');
    expect(verdicts(caseWith({ extra: directed + anchor('Anna Berg', 'verksamhetschef', 'approved', 'SU/Annan') }))).toEqual([['warning', 'none']]);
  });

  it('is an error from planning on and silent when closed', () => {
    expect(verdicts(caseWith({ phase: 'planning', extra: GATES + directed }))).toEqual([['error', 'none']]);
    expect(verdicts(caseWith({ phase: 'closed', extra: GATES + directed }))).toEqual([]);
  });

  it('with a directory, the roles people really hold for that unit decide', () => {
    const directory = 'units:\n  - id: SU/Ortopedi\n  - id: SU/Akuten\npeople:\n  - name: Anna Berg\n    roles:\n      - { role: verksamhetschef, unit: SU/Akuten }\n';
    const [f] = ruleFindings(RULE, { yaml: caseWith({ extra: directed + anchor('Anna Berg', 'verksamhetschef') }), directory });
    expect(f!.message).toContain('directory.yaml lists no manager role');
    const ok = directory.replace('unit: SU/Akuten }', 'unit: SU/Ortopedi }');
    expect(ruleFindings(RULE, { yaml: caseWith({ extra: directed + anchor('Anna Berg', 'sjuksköterska') }), directory: ok })).toEqual([]);
  });

  it('uses the policy’s manager roles, overrides and Swedish', () => {
    const yaml = caseWith({ extra: directed + anchor('Per Ek', 'avdelningschef') });
    expect(verdicts(yaml)).toEqual([['warning', 'individual']]);
    expect(ruleFindings(RULE, { yaml, policy: 'manager_roles: [verksamhetschef, avdelningschef]\n' })).toEqual([]);
    expect(verdicts({ yaml, policy: 'rules:\n  unanchored-request: error\n' })).toEqual([['error', 'individual']]);
    expect(ruleFindings(RULE, { yaml, locale: 'sv' })[0]!.message).toContain('en enskild anställd');
  });
});

/** Several anchoring entries for SU/Ortopedi: [by, role, decision, date?]. */
const entries = (...list: [string, string, string, string?][]) =>
  'anchoring:\n' +
  list.map(([by, role, decision, date]) => `  - { unit: SU/Ortopedi, by: ${by}, role: ${role}, decision: ${decision}${date ? `, date: ${date}` : ''} }\n`).join('');
const verdictOf = (anchoring: string, more: { directory?: string; policy?: string } = {}) =>
  verdicts({ yaml: caseWith({ extra: directed + anchoring }), ...more }).map(([, v]) => v);

describe(`${RULE}: the newest decision (spec 12)`, () => {
  it('a declined entry dated after an approval withdraws it, wherever it stands in the list', () => {
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'approved', '2026-10-01'], ['Anna Berg', 'verksamhetschef', 'declined', '2026-10-15']))).toEqual(['declined']);
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'declined', '2026-10-15'], ['Anna Berg', 'verksamhetschef', 'approved', '2026-10-01']))).toEqual(['declined']);
    const [f] = ruleFindings(
      RULE,
      caseWith({ extra: directed + entries(['Anna Berg', 'verksamhetschef', 'approved', '2026-10-01'], ['Anna Berg', 'verksamhetschef', 'declined', '2026-10-15']) }),
    );
    expect(f!.message).toBe('Anna Berg declined the request to `SU/Ortopedi`; do not direct the case at that unit, or record a new decision.');
  });

  it('an approval dated after a refusal counts', () => {
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'declined', '2026-10-01'], ['Anna Berg', 'verksamhetschef', 'approved', '2026-10-15']))).toEqual([]);
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'approved', '2026-10-15'], ['Anna Berg', 'verksamhetschef', 'declined', '2026-10-01']))).toEqual([]);
    // Decided the same day: the refusal is not after the approval.
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'approved', '2026-10-15'], ['Anna Berg', 'verksamhetschef', 'declined', '2026-10-15']))).toEqual([]);
  });

  it('a pending entry withdraws nothing', () => {
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'approved', '2026-10-01'], ['Anna Berg', 'verksamhetschef', 'pending']))).toEqual([]);
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'approved', '2026-10-01'], ['Per Ek', 'verksamhetschef', 'pending', '2026-10-20']))).toEqual([]);
  });

  it('without valid dates, the order of the list decides, newest last', () => {
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'approved'], ['Anna Berg', 'verksamhetschef', 'declined', '2026-10-01']))).toEqual(['declined']);
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'declined', '2026-10-01'], ['Anna Berg', 'verksamhetschef', 'approved', '2026-02-30']))).toEqual([]);
  });

  it('names what was recorded last when nothing stands: a new request after a refusal is pending', () => {
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'declined', '2026-10-01'], ['Anna Berg', 'verksamhetschef', 'pending']))).toEqual(['pending']);
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'pending'], ['Anna Berg', 'verksamhetschef', 'declined', '2026-10-01']))).toEqual(['declined']);
    expect(verdictOf(entries(['Emma Karlsson', 'sjuksköterska', 'approved', '2026-10-01'], ['Anna Berg', 'verksamhetschef', 'pending']))).toEqual(['pending']);
  });
});

describe(`${RULE}: the message follows the state after the add-anchoring fix`, () => {
  it('an individual approval, then "Add anchoring (pending)": the finding says pending', () => {
    const yaml = dedent(caseWith({ extra: directed + entries(['Emma Karlsson', 'sjuksköterska', 'approved', '2026-10-01']) }));
    const [before] = findings(yaml).filter((f) => f.rule === RULE);
    expect(before!.data!.verdict).toBe('individual');
    const ctx = { kind: 'case' as const, locale: 'en' as const, policy: defaultPolicy(), directory: undefined, cases: [] };
    const fix = fixesFor(parseYaml(yaml), before!, ctx).find((x) => x.id === 'add-anchoring');
    expect(fix, 'the add-anchoring fix is offered').toBeDefined();
    const after = applyEdits(yaml, fix!.edits);
    expect(after).toContain('decision: pending');
    const [f] = ruleFindings(RULE, after);
    expect(f!.data!.verdict).toBe('pending');
    expect(f!.message).toBe("The request to `SU/Ortopedi` awaits its manager's decision (pending); do not start before it is approved.");
    expect(f!.message).not.toContain('approved by');
  });

  it('the same with a directory that names the manager', () => {
    const directory =
      'units:\n  - id: SU/Ortopedi\npeople:\n  - name: Anna Berg\n    roles:\n      - { role: verksamhetschef, unit: SU/Ortopedi }\n  - name: Emma Karlsson\n    roles:\n      - { role: sjuksköterska, unit: SU/Ortopedi }\n';
    const yaml = dedent(caseWith({ extra: directed + entries(['Emma Karlsson', 'sjuksköterska', 'approved', '2026-10-01']) }));
    const [before] = findings({ yaml, directory }).filter((f) => f.rule === RULE);
    const ctx = { kind: 'case' as const, locale: 'sv' as const, policy: defaultPolicy(), directory: directoryFrom(parseYaml(dedent(directory)).value), cases: [] };
    const fix = fixesFor(parseYaml(yaml), before!, ctx).find((x) => x.id === 'add-anchoring')!;
    const after = applyEdits(yaml, fix.edits);
    expect(after).toContain('by: Anna Berg');
    const [f] = ruleFindings(RULE, { yaml: after, directory, locale: 'sv' });
    expect(f!.message).toBe('Förfrågan till `SU/Ortopedi` väntar på chefens beslut (pending); börja inte innan den är godkänd.');
  });
});

describe(`${RULE}: with a directory (spec 12)`, () => {
  const directory =
    'units:\n  - id: SU/Ortopedi\npeople:\n  - name: Anna Berg\n    roles:\n      - { role: verksamhetschef, unit: SU/Ortopedi }\n  - name: Emma Karlsson\n    roles:\n      - { role: sjuksköterska, unit: SU/Ortopedi }\n';

  it('a person the directory does not list makes the request unanchored, whatever role the case gives', () => {
    const yaml = caseWith({ extra: directed + anchor('Per Ek', 'verksamhetschef') });
    const all = findings({ yaml, directory });
    const [f] = ruleFindings(RULE, { yaml, directory });
    expect(f).toMatchObject({ severity: 'warning', range: '17:11-17:22', data: { verdict: 'unlisted' } });
    expect(f!.message).toBe(
      'The request to `SU/Ortopedi` was approved by Per Ek, whom directory.yaml does not list, so no manager role for the unit can be confirmed; anchor it with a manager the directory lists for `SU/Ortopedi` (verksamhetschef, områdeschef, förvaltningschef, sjukhusdirektör, enhetschef, socialchef), or add the person and their role to directory.yaml.',
    );
    expect(all.filter((x) => x.rule === 'unknown-reference').map((x) => rangeText(yaml, x))).toContain('Per Ek');
    expect(ruleFindings(RULE, { yaml, directory, locale: 'sv' })[0]!.message).toMatch(/^Förfrågan till `SU\/Ortopedi` godkändes av Per Ek, som inte finns i directory.yaml/);
    // Without a directory the case's own role counts.
    expect(ruleFindings(RULE, yaml)).toEqual([]);
  });

  it("a listed person counts by the roles the directory gives them at the unit, not the case's role", () => {
    expect(verdictOf(entries(['Anna Berg', 'sjuksköterska', 'approved', '2026-10-01']), { directory })).toEqual([]);
    expect(verdictOf(entries(['Emma Karlsson', 'verksamhetschef', 'approved', '2026-10-01']), { directory })).toEqual(['individual']);
    expect(verdictOf(entries(['anna  berg', 'x', 'approved', '2026-10-01']), { directory })).toEqual([]);
  });

  it('the newest decision applies with a directory too', () => {
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'approved', '2026-10-01'], ['Anna Berg', 'verksamhetschef', 'declined', '2026-10-02']), { directory })).toEqual([
      'declined',
    ]);
    expect(verdictOf(entries(['Anna Berg', 'verksamhetschef', 'approved', '2026-10-01'], ['Per Ek', 'verksamhetschef', 'approved', '2026-10-02']), { directory })).toEqual([]);
  });
});

describe(`${RULE}: roles compared without regard to case (spec 12)`, () => {
  it("in the case's role", () => {
    expect(verdictOf(entries(['Anna Berg', 'VERKSAMHETSCHEF', 'approved', '2026-10-01']))).toEqual([]);
    expect(verdictOf(entries(['Anna Berg', 'Områdeschef', 'approved', '2026-10-01']))).toEqual([]);
    expect(verdictOf(entries(['Anna Berg', '"OMR\\u0041\\u030ADESCHEF"', 'approved', '2026-10-01']))).toEqual([]); // Å decomposed
  });

  it("in the policy's manager_roles", () => {
    const policy = 'manager_roles: [Avdelningschef]\n';
    expect(verdictOf(entries(['Per Ek', 'avdelningschef', 'approved', '2026-10-01']), { policy })).toEqual([]);
    expect(verdictOf(entries(['Per Ek', 'verksamhetschef', 'approved', '2026-10-01']), { policy })).toEqual(['individual']);
  });

  it("in the directory's roles", () => {
    const directory = 'units:\n  - id: SU/Ortopedi\npeople:\n  - name: Anna Berg\n    roles:\n      - { role: VerksamhetsChef, unit: SU/Ortopedi }\n';
    expect(verdictOf(entries(['Anna Berg', 'x', 'approved', '2026-10-01']), { directory, policy: 'manager_roles: [VERKSAMHETSCHEF]\n' })).toEqual([]);
  });
});

describe(`${RULE}: the message names the newest standing entry by date, not by list order`, () => {
  const message = (anchoring: string, locale: 'en' | 'sv' = 'en') =>
    ruleFindings(RULE, { yaml: caseWith({ extra: directed + anchoring }), locale }).map((f) => [f.data!.verdict, f.message]);

  it("an individual's approval dated after a manager's refusal listed second: the approval is named", () => {
    const found = message(entries(['Emma Karlsson', 'sjuksköterska', 'approved', '2026-06-01'], ['Anna Berg', 'verksamhetschef', 'declined', '2026-03-01']));
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe('individual');
    expect(found[0]![1]).toContain('approved by Emma Karlsson (sjuksköterska), an individual employee');
    expect(found[0]![1]).not.toContain('declined');
  });

  it('a refusal dated last but listed first is named', () => {
    expect(message(entries(['Anna Berg', 'verksamhetschef', 'declined', '2026-06-01'], ['Emma Karlsson', 'sjuksköterska', 'approved', '2026-03-01']))).toEqual([
      ['declined', 'Anna Berg declined the request to `SU/Ortopedi`; do not direct the case at that unit, or record a new decision.'],
    ]);
  });

  it('undated or invalid dates: the later in the list, as the rule orders them', () => {
    expect(message(entries(['Anna Berg', 'verksamhetschef', 'declined'], ['Emma Karlsson', 'sjuksköterska', 'approved', '2026-02-30'])).map(([v]) => v)).toEqual(['individual']);
    expect(message(entries(['Emma Karlsson', 'sjuksköterska', 'approved'], ['Anna Berg', 'verksamhetschef', 'declined'])).map(([v]) => v)).toEqual(['declined']);
    // Decided the same day: the later in the list.
    expect(message(entries(['Bo Staff', 'sjuksköterska', 'declined', '2026-03-01'], ['Emma Karlsson', 'sjuksköterska', 'approved', '2026-03-01'])).map(([v]) => v)).toEqual([
      'individual',
    ]);
  });

  it('a refusal by someone who is not a manager is worded neutrally, in English and Swedish', () => {
    const anchoring = entries(['Bo Staff', 'sjuksköterska', 'declined', '2026-03-01']);
    expect(message(anchoring)).toEqual([['declined', 'Bo Staff declined the request to `SU/Ortopedi`; do not direct the case at that unit, or record a new decision.']]);
    expect(message(anchoring, 'sv')).toEqual([['declined', 'Bo Staff avböjde förfrågan till `SU/Ortopedi`; rikta inte ärendet till enheten, eller dokumentera ett nytt beslut.']]);
    expect(message(anchoring)[0]![1]).not.toContain('manager');
  });
});
