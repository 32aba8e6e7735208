// Fix all: every automatic fix of a file (or of one rule) in one change; overlaps are left for a
// later round; comments and formatting are kept.
import { describe, expect, it } from 'vitest';
import { checkText, finishRepository, defaultPolicy, type Finding } from '../../server/src/engine';
import { automaticFixes, fixAll } from '../../server/src/engine/editing';
import { changedSpan, disjoint } from '../../server/src/engine/editing/fix-all';
import type { Fix } from '../../server/src/engine/editing/types';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import { context } from './context';

const OPTIONS = { policy: defaultPolicy(), today: '2026-11-23', locale: 'en' as const };
const CASE = `version: 1
id: T-2026-001
title: Test
kind: test-activity
phase: needs
opened: 2026-09-01
requester: { organisation: Acme AB, type: company }
agreements:
  # the first assignment
  - type: assignment
    status: draft
    billing: fixed-price # their offer
  - type: nda # the company asked
    status: draft
  # casefile-disable-next-line billing-model -- approved by the board 2026-10-01
  - { type: assignment, status: draft, billing: other }
  - { type: assignment, status: draft }
`;

function check(text: string) {
  const [result] = finishRepository([checkText('cases/x.case.yaml', text, 'case', OPTIONS)], OPTIONS);
  return result!;
}

function run(text: string, rule?: string) {
  const result = check(text);
  return fixAll({ file: 'cases/x.case.yaml', parsed: result.parsed!, findings: result.findings, ctx: context('case', 'en', false), options: OPTIONS, rule });
}

describe('fixAll', () => {
  it('applies every automatic fix, keeps comments, skips suppressed findings and fixes needing a person', () => {
    const { edits, fixed } = run(CASE);
    expect(fixed).toBe(3);
    expect(edits).toHaveLength(3); // one round: edits of the original text, no more than the fixes
    const after = applyEdits(CASE, edits);
    expect(after).toBe(
      CASE.replace('billing: fixed-price # their offer', 'billing: actual-costs # their offer')
        .replace('type: nda # the company asked', 'type: confidentiality # the company asked')
        .replace('{ type: assignment, status: draft }', '{ type: assignment, status: draft, billing: actual-costs }'),
    );
    const left = check(after).findings;
    expect(left.filter((f) => !f.suppressed && (f.rule === 'billing-model' || f.rule === 'nda-public-staff'))).toEqual([]);
    // The suppressed one is untouched, and its directive still suppresses it.
    expect(left.filter((f) => f.rule === 'billing-model' && f.suppressed)).toHaveLength(1);
    expect(left.filter((f) => f.rule === 'suppression')).toEqual([]);
    // Nothing left to do: a second run changes nothing.
    expect(run(after)).toEqual({ edits: [], fixed: 0 });
  });

  it('fixes one rule only when asked', () => {
    const after = applyEdits(CASE, run(CASE, 'nda-public-staff').edits);
    expect(after).toBe(CASE.replace('type: nda #', 'type: confidentiality #'));
  });

  it('never applies a fix that writes a placeholder or needs a decision', () => {
    const result = check(CASE.replace('phase: needs', 'phase: execution'));
    const fixes = automaticFixes(result.parsed!, result.findings, context('case', 'en', false));
    expect(new Set(fixes.map((f) => f.id))).toEqual(new Set(['set-billing-actual-costs', 'replace-nda']));
    expect(result.findings.some((f: Finding) => f.rule === 'missing-stakeholder')).toBe(true);
  });

  it('keeps the first of fixes that overlap or touch, for a later round', () => {
    const fix = (id: string, offset: number, endOffset: number): Fix => ({ id, title: id, edits: [{ offset, endOffset, newText: 'x' }], finding: {} as Finding });
    const { chosen, skipped } = disjoint([fix('a', 0, 4), fix('b', 2, 6), fix('c', 4, 4), fix('d', 5, 8), fix('e', 9, 9), fix('f', 9, 9)]);
    expect(chosen.map((f) => f.id)).toEqual(['a', 'd', 'e']);
    expect(skipped).toBe(3);
  });
});

describe('changedSpan', () => {
  it('is the text between the common prefix and suffix, never half a surrogate pair', () => {
    expect(changedSpan('abc-def', 'abc+XYdef')).toEqual({ offset: 3, endOffset: 4, newText: '+XY' });
    expect(changedSpan('same', 'same')).toEqual({ offset: 4, endOffset: 4, newText: '' });
    const edit = changedSpan('a\u{1F600}b', 'a\u{1F601}b');
    expect(edit).toEqual({ offset: 1, endOffset: 3, newText: '\u{1F601}' });
  });
});
