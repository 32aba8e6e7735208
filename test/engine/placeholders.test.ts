// Text with placeholders is written once with markers; the plain text and the snippet come from it.
import { describe, expect, it } from 'vitest';
import { checkText, defaultPolicy } from '../../server/src/engine';
import { fixesFor } from '../../server/src/engine/editing';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import { escapeSnippet, marked, markSnippetDefaults, placeholderSpans, plainText, snippetText } from '../../server/src/engine/placeholders';
import { expandSnippet } from '../../server/src/engine/editing/snippets';
import { context } from '../editing/context';

describe('placeholder markers', () => {
  const text = `- role: a$b}c\\d\n  name: ${marked('NAME')}\n  unit: ${marked('UNIT')}\n`;

  it('give the plain text and where each placeholder is in it', () => {
    const plain = plainText(text);
    expect(plain).toBe('- role: a$b}c\\d\n  name: NAME\n  unit: UNIT\n');
    expect(placeholderSpans(text).map((s) => plain.slice(s.offset, s.endOffset))).toEqual(['NAME', 'UNIT']);
  });

  it('give a snippet: tab stops in order, $0 at the end of the last one’s line, user text escaped', () => {
    const snippet = snippetText(text);
    expect(snippet).toBe('- role: a\\$b\\}c\\\\d\n  name: ${1:NAME}\n  unit: ${2:UNIT}$0\n');
    // VS Code's grammar reads it back to the plain text.
    expect(expandSnippet(snippet)).toBe(plainText(text));
    expect(snippetText(`x ${marked('REASON')}`)).toBe('x ${1:REASON}$0');
    expect(snippetText('no placeholder $1', { final: false })).toBe('no placeholder \\$1');
    expect(escapeSnippet('${x}\\')).toBe('\\${x\\}\\\\');
  });

  it('mark the placeholder defaults of a snippet body and nothing else', () => {
    const body = 'a: ${6:ORGANISATION}\nb: ${7|x,y|}\nc: ${8:Request received}\nd: ${9:NONE}';
    const expanded = expandSnippet(markSnippetDefaults(body));
    expect(placeholderSpans(expanded).map((s) => plainText(expanded).slice(s.offset, s.endOffset))).toEqual(['ORGANISATION']);
    expect(plainText(expanded)).toBe(expandSnippet(body));
  });
});

describe('fixes with placeholders', () => {
  const CASE = `id: T-1
title: Test
kind: test-activity
phase: execution
opened: 2026-01-01
requester: { organisation: "Acme $1 {AB}", type: company }
directed_at:
  - { unit: "VGR/Enhet-$0}", asks: [staff-time] }
`;

  it('carry a snippet whose user text is escaped and whose plain text is the edit', () => {
    const result = checkText('t.case.yaml', CASE, 'case', { policy: defaultPolicy(), today: '2026-01-02', locale: 'en' });
    const finding = result.findings.find((f) => f.rule === 'unanchored-request')!;
    expect(finding).toBeDefined();
    const fix = fixesFor(result.parsed!, finding, context('case', 'en', false)).find((f) => f.id === 'add-anchoring')!;
    const edit = fix.edits[0]!;
    expect(edit.snippet).toContain('by: ${1:NAME}');
    expect(edit.snippet).toContain('VGR/Enhet-\\$0\\}');
    expect(expandSnippet(edit.snippet!)).toBe(edit.newText);
    expect(fix.auto).toBeUndefined();
    expect(applyEdits(CASE, fix.edits).slice(fix.select!.offset, fix.select!.endOffset)).toBe('NAME');
  });
});
