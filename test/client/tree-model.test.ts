import { describe, expect, it } from 'vitest';
import type { CaseEntry, CaseIndex } from '../../server/src/shared/protocol';
import { caseContext, caseLabel, fileName, groupByPhase, idProblem, matchesFilter, problemLevel } from '../../client/src/tree-model';

function entry(over: Partial<CaseEntry>): CaseEntry {
  return { uri: 'file:///repo/cases/x.case.yaml', errors: 0, warnings: 0, infos: 0, ...over };
}

function index(cases: CaseEntry[]): CaseIndex {
  return { cases, errors: 0, warnings: 0, infos: 0 };
}

describe('groupByPhase', () => {
  it('gives the five phases in phase order, each with its cases sorted by id numerically', () => {
    const groups = groupByPhase(index([entry({ id: 'VGR-10', phase: 'planning' }), entry({ id: 'VGR-9', phase: 'planning' }), entry({ id: 'VGR-1', phase: 'closed' })]));
    expect(groups.map((g) => g.phase)).toEqual(['needs', 'planning', 'execution', 'result', 'closed']);
    expect(groups[1]?.cases.map((c) => c.id)).toEqual(['VGR-9', 'VGR-10']);
    expect(groups[0]?.cases).toEqual([]);
    expect(groups[4]?.cases.map((c) => c.id)).toEqual(['VGR-1']);
  });

  it('adds "none" last only when some case lacks a valid phase', () => {
    const valid = groupByPhase(index([entry({ id: 'a', phase: 'needs' })]));
    expect(valid.some((g) => g.phase === 'none')).toBe(false);
    const groups = groupByPhase(index([entry({ id: 'a', phase: 'needs' }), entry({ id: 'b' }), entry({ id: 'c', phase: 'done' })]));
    expect(groups.at(-1)?.phase).toBe('none');
    expect(groups.at(-1)?.cases.map((c) => c.id)).toEqual(['b', 'c']);
  });

  it('keeps only the filtered kinds, and every case without a filter', () => {
    const cases = [entry({ id: 'a', kind: 'dialogue', phase: 'needs' }), entry({ id: 'b', kind: 'advice', phase: 'needs' }), entry({ id: 'c', phase: 'needs' })];
    expect(groupByPhase(index(cases), ['advice'])[0]?.cases.map((c) => c.id)).toEqual(['b']);
    expect(groupByPhase(index(cases))[0]?.cases).toHaveLength(3);
    expect(matchesFilter(cases[2]!, ['dialogue'])).toBe(false);
  });

  it('gives empty phases for no index at all', () => {
    expect(groupByPhase(undefined).every((g) => g.cases.length === 0)).toBe(true);
  });
});

describe('labels and state of a case', () => {
  it('labels a case "ID — title", falling back to the file name', () => {
    expect(caseLabel(entry({ id: 'VGR-2026-001', title: 'Hip follow-up' }))).toBe('VGR-2026-001 — Hip follow-up');
    expect(caseLabel(entry({ id: 'VGR-2026-001' }))).toBe('VGR-2026-001');
    expect(caseLabel(entry({ uri: 'file:///r/cases/h%C3%B6ft.case.yaml', title: ' ' }))).toBe('höft.case.yaml');
  });

  it('takes the last path segment as the file name', () => {
    expect(fileName('file:///r/a/b.case.yml')).toBe('b.case.yml');
    expect(fileName('untitled:Untitled-1')).toBe('untitled:Untitled-1');
  });

  it('shows the worst problem, not counting infos', () => {
    expect(problemLevel(entry({ errors: 1, warnings: 3 }))).toBe('error');
    expect(problemLevel(entry({ warnings: 2 }))).toBe('warning');
    expect(problemLevel(entry({ infos: 4 }))).toBe('pass');
  });

  it('offers only the moves the phase allows', () => {
    expect(caseContext(entry({ phase: 'needs' }))).toBe('case next');
    expect(caseContext(entry({ phase: 'execution' }))).toBe('case next previous');
    expect(caseContext(entry({ phase: 'closed' }))).toBe('case previous');
    expect(caseContext(entry({ phase: 'nonsense' }))).toBe('case');
  });
});

describe("idProblem (the server's own id check)", () => {
  const known = [{ id: 'VGR-2026-001', file: 'cases/2026/vgr-2026-001.case.yaml' }];
  it('accepts a free id of the pattern', () => {
    expect(idProblem('VGR-2026-002', known, 'en')).toBeUndefined();
    expect(idProblem('a.b_c-1', [], 'en')).toBeUndefined();
  });
  it('names what is wrong, in the chosen language', () => {
    expect(idProblem('  ', known, 'en')).toMatch(/empty/);
    expect(idProblem('-VGR', known, 'en')).toMatch(/cannot name a case file/);
    expect(idProblem('VGR 1', known, 'sv')).toMatch(/går inte att använda/);
    expect(idProblem('vgr-2026-001', known, 'en')).toMatch(/already has the id/);
    expect(idProblem('CON', known, 'en')).toMatch(/device name Windows reserves/);
    expect(idProblem('lpt1.x', known, 'sv')).toMatch(/enhetsnamn/);
    expect(idProblem('x'.repeat(101), known, 'en')).toMatch(/at most 100/);
  });
});
