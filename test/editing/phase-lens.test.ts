// The phase lens: the next phase and its unmet gate, asked as move-phase asks it; none where there is nothing to move to.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../server/src/engine/parse';
import { phaseLens } from '../../server/src/engine/editing/phase-lens';
import { movePhase } from '../../server/src/engine/editing/move-phase';

const CASE = (phase: string, extra = '') => `id: A-1\ntitle: t\nkind: dialogue\nphase: ${phase}\nopened: 2026-10-01\n${extra}`;
const lens = (text: string, locale: 'en' | 'sv' = 'en') => phaseLens(parseYaml(text), locale);
const slice = (text: string, at: { offset: number; endOffset: number } | undefined) => (at ? text.slice(at.offset, at.endOffset) : undefined);

describe('phaseLens', () => {
  it('names the next phase alone when its gate holds, and sits on the phase key', () => {
    const text = CASE('needs', 'need:\n  statement: s\n  verified: true\n');
    const l = lens(text)!;
    expect(l).toMatchObject({ phase: 'needs', next: 'planning', missing: [], syntax: false, title: '→ Planning and choice of path' });
    expect(slice(text, l)).toBe('phase');
    expect(l.select).toBeUndefined();
    // The lens says "can move" exactly when the move is made.
    expect('edits' in movePhase(parseYaml(text), 'next', { today: '2026-11-23', locale: 'en' })).toBe(true);
  });

  it('names what the gate still needs, in gate order, and selects the first missing value', () => {
    const text = CASE('planning', 'need:\n  statement: s\n  verified: false\n');
    const l = lens(text)!;
    expect(l.title).toBe('→ Project execution: needs need.verified: true, evaluation.benefit and evaluation.feasibility');
    expect(l.missing.map((m) => m.field)).toEqual(['need.verified', 'evaluation.benefit', 'evaluation.feasibility']);
    expect(slice(text, l.select)).toBe('false');
    expect('refused' in movePhase(parseYaml(text), 'next', { today: '2026-11-23', locale: 'en' })).toBe(true);
  });

  it('selects the nearest key above a field that is not there, and nothing when no part of it is', () => {
    const under = CASE('planning', 'need:\n  statement: s\n  verified: true\nevaluation:\n  risk: low\n');
    expect(lens(under)!.title).toBe('→ Project execution: needs evaluation.benefit and evaluation.feasibility');
    expect(slice(under, lens(under)!.select)).toBe('evaluation');
    const none = CASE('planning', 'need:\n  statement: s\n  verified: true\n');
    expect(lens(none)!.select).toBeUndefined();
  });

  it('uses the schema phase titles in Swedish', () => {
    expect(lens(CASE('planning', 'need:\n  statement: s\n  verified: true\nevaluation: { benefit: 4 }\n'), 'sv')!.title).toBe(
      '→ Projektgenomförande: saknar evaluation.feasibility',
    );
    expect(lens(CASE('execution'), 'sv')!.title).toBe('→ Resultat: saknar need.statement, need.verified: true, evaluation.benefit och evaluation.feasibility');
    expect(lens(CASE('result'), 'en')!.title).toBe('→ Closed: needs outcome.result, outcome.date and outcome.lessons');
  });

  it('says to fix the syntax first, selecting the syntax problem', () => {
    const text = CASE('needs', 'need: [unclosed\n');
    const l = lens(text)!;
    expect(l).toMatchObject({ syntax: true, missing: [], title: '→ Planning and choice of path: fix the YAML syntax first' });
    expect(l.select).toBeDefined();
  });

  it('gives no lens for a closed case, an unknown phase, a phase that is not text, or no phase key', () => {
    expect(lens(CASE('closed'))).toBeUndefined();
    expect(lens(CASE('nonsense'))).toBeUndefined();
    expect(lens(CASE('[needs]'))).toBeUndefined();
    expect(lens('id: A-1\ntitle: t\n')).toBeUndefined();
    expect(lens('')).toBeUndefined();
    expect(lens('- a list\n')).toBeUndefined();
  });
});
