// The incremental form of the repository step gives what finishRepository gives, and leaves the
// cached local results as they were, so the server can finish one file again and again.
import { describe, expect, it } from 'vitest';
import { checkText, crossFileFindings, defaultPolicy, factsKey, finalFindings, finishRepository, moveCrossFindings, type CheckOptions } from '../../server/src/engine';

const options: CheckOptions = { policy: defaultPolicy(), today: '2026-11-23', locale: 'en' };
const A =
  'version: 1\nid: X-2026-001\ntitle: A\nkind: dialogue\nphase: needs\nopened: 2026-11-01\n# casefile-disable-next-line unknown-reference -- planned case\nlinks: { related: [X-2026-009] }\n';
const B = 'version: 1\nid: X-2026-001\ntitle: B\nkind: dialogue\nphase: needs\nopened: 2026-11-01\nlinks: { related: [X-2026-002] }\n';

describe('crossFileFindings + finalFindings', () => {
  it('equal finishRepository and do not change the local results', () => {
    const local = [checkText('cases/a.case.yaml', A, 'case', options), checkText('cases/b.case.yaml', B, 'case', options)];
    const snapshot = JSON.stringify(local.map((r) => r.findings));
    const cross = crossFileFindings(
      local.flatMap((r) => (r.facts ? [r.facts] : [])),
      options,
    );
    const incremental = local.map((r) => finalFindings(r, cross.get(r.file) ?? [], options));
    expect(JSON.stringify(local.map((r) => r.findings))).toBe(snapshot);
    expect(finalFindings(local[0]!, cross.get('cases/a.case.yaml') ?? [], options)).toEqual(incremental[0]);

    const batch = finishRepository([checkText('cases/a.case.yaml', A, 'case', options), checkText('cases/b.case.yaml', B, 'case', options)], options);
    expect(incremental).toEqual(batch.map((r) => r.findings));
    expect(incremental[0]!.map((f) => [f.rule, !!f.suppressed])).toEqual(
      expect.arrayContaining([
        ['duplicate-id', false],
        ['unknown-reference', true],
      ]),
    );
    expect(incremental[1]!.map((f) => f.rule)).toEqual(expect.arrayContaining(['duplicate-id', 'unknown-reference']));
  });
});

describe('moveCrossFindings', () => {
  // As the editor keeps them: with the people and units a case names.
  const facts = (file: string, text: string) => checkText(file, text, 'case', { ...options, names: true }).facts!;
  const crossOf = (a: string, b: string) => crossFileFindings([facts('cases/a.case.yaml', a), facts('cases/b.case.yaml', b)], options).get('cases/a.case.yaml') ?? [];

  it("moves a file's cross-file findings with its text when only positions changed: the same as a new cross-file step", () => {
    const before = crossOf(A, B);
    expect(before.map((f) => f.rule).sort()).toEqual(['duplicate-id', 'unknown-reference']);
    // Lines added above the id and the link, and text changed beside them.
    const edited = `# a comment\n# and another\n${A.replace('title: A', 'title: A longer title')}`;
    expect(factsKey(facts('cases/a.case.yaml', edited))).toBe(factsKey(facts('cases/a.case.yaml', A)));
    const moved = moveCrossFindings(before, facts('cases/a.case.yaml', A), facts('cases/a.case.yaml', edited));
    expect(moved).toEqual(crossOf(edited, B));
    expect(moved!.map((f) => f.line)).toEqual(before.map((f) => f.line + 2));
  });

  it('moves them too when a stakeholder is typed: people and units are not what the cross-file rules read', () => {
    const before = crossOf(A, B);
    const typed = A.replace('phase: needs\n', 'phase: needs\nstakeholders:\n  - { role: legal, name: Eva Lin, unit: X/Y }\n');
    // The editor's facts carry the names (navigation); the cross-file key and the moved spans leave them out.
    expect(checkText('cases/a.case.yaml', typed, 'case', { ...options, names: true }).facts!.people).toEqual(['Eva Lin']);
    expect(factsKey(facts('cases/a.case.yaml', typed))).toBe(factsKey(facts('cases/a.case.yaml', A)));
    expect(moveCrossFindings(before, facts('cases/a.case.yaml', A), facts('cases/a.case.yaml', typed))).toEqual(crossOf(typed, B));
  });

  it('refuses when an id or a link changed: the cross-file step must run again', () => {
    const changed = A.replace('X-2026-009', 'X-2026-010');
    expect(factsKey(facts('cases/a.case.yaml', changed))).not.toBe(factsKey(facts('cases/a.case.yaml', A)));
    expect(moveCrossFindings(crossOf(A, B), facts('cases/a.case.yaml', A), facts('cases/a.case.yaml', changed))).toBeUndefined();
    // A finding on no fact's span is not moved either.
    const stray = { ...crossOf(A, B)[0]!, offset: 0, endOffset: 1 };
    expect(moveCrossFindings([stray], facts('cases/a.case.yaml', A), facts('cases/a.case.yaml', A))).toBeUndefined();
    expect(moveCrossFindings([], facts('cases/a.case.yaml', A), facts('cases/a.case.yaml', changed))).toEqual([]);
  });
});
