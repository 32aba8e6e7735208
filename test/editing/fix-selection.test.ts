// Fixes that write a placeholder (NAME, REASON) mark it, so the editor selects it to type over.
import { describe, expect, it } from 'vitest';
import { checkText, defaultPolicy } from '../../server/src/engine';
import { fixesFor } from '../../server/src/engine/editing';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import { context } from './context';

const CASE = `id: T-1
title: Test
kind: dialogue
phase: needs
opened: 2026-01-01
requester: { organisation: Acme AB, type: company }
stakeholders:
  - { role: care-representative, name: Johan Ek }
`;

const check = (text: string) => checkText('t.case.yaml', text, 'case', { policy: defaultPolicy(), today: '2026-01-02', locale: 'en' });

describe('fix selection', () => {
  it('selects NAME in an added stakeholder and REASON in a suppression', () => {
    const result = check(CASE);
    const finding = result.findings.find((f) => f.rule === 'missing-stakeholder')!;
    const fixes = fixesFor(result.parsed!, finding, context('case', 'en', false));
    const selected = fixes.map((fix) => {
      expect(fix.select, fix.id).toBeDefined();
      return applyEdits(CASE, fix.edits).slice(fix.select!.offset, fix.select!.endOffset);
    });
    expect(selected).toEqual(['NAME', 'REASON']);
  });

  it('selects nothing when the fix writes no placeholder', () => {
    const text = CASE + 'agreements:\n  - { type: nda, status: draft }\n';
    const result = check(text);
    const finding = result.findings.find((f) => f.rule === 'nda-public-staff')!;
    const replace = fixesFor(result.parsed!, finding, context('case', 'en', false)).find((f) => f.id === 'replace-nda')!;
    expect(replace.select).toBeUndefined();
  });
});
