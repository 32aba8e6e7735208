import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseEntry, CaseIndex } from '../../server/src/shared/protocol';
import {
  caseContext,
  caseDescription,
  caseIcon,
  caseLabel,
  errorBadge,
  fileName,
  groupByPhase,
  idProblem,
  matchesFilter,
  moveDirection,
  problemLevel,
  problemsText,
  staleText,
  timeInPhaseText,
  type L10n,
} from '../../client/src/tree-model';

/** vscode.l10n as VS Code runs it: the bundle's translation (none in English), then {n} filled in. */
function l10nOf(bundle: Record<string, string>): L10n {
  return { t: (message, ...args) => (bundle[message] ?? message).replace(/\{(\d+)\}/g, (_, n: string) => String(args[Number(n)])) };
}
const en = l10nOf({});
const sv = l10nOf(JSON.parse(readFileSync(join(__dirname, '../../l10n/bundle.l10n.sv.json'), 'utf8')) as Record<string, string>);

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

  it('offers only the moves the phase allows, naming the phases they lead to', () => {
    expect(caseContext(entry({ phase: 'needs' }))).toBe('case next:planning');
    expect(caseContext(entry({ phase: 'execution' }))).toBe('case next:result previous:planning');
    expect(caseContext(entry({ phase: 'closed' }))).toBe('case previous:result');
    expect(caseContext(entry({ phase: 'nonsense' }))).toBe('case');
    expect(caseContext(entry({}))).toBe('case');
    // The older menu clauses still match.
    expect(caseContext(entry({ phase: 'planning' }))).toMatch(/\bnext\b/);
    expect(caseContext(entry({ phase: 'planning' }))).toMatch(/\bprevious\b/);
  });

  it('finds the one step to a chosen phase', () => {
    expect(moveDirection('planning', 'execution')).toBe('next');
    expect(moveDirection('planning', 'needs')).toBe('previous');
    expect(moveDirection('planning', 'result')).toBeUndefined();
    expect(moveDirection('planning', 'planning')).toBeUndefined();
    expect(moveDirection('nonsense', 'needs')).toBeUndefined();
    expect(moveDirection(undefined, 'needs')).toBeUndefined();
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

describe('time in phase, staleness and the badge', () => {
  const planning = entry({ id: 'VGR-2025-017', kind: 'test-activity', phase: 'planning', since: '2026-05-12', days: 195, source: 'log' });
  const stalled = entry({ ...planning, source: 'opened', stale: true, inactiveDays: 210, staleAfterDays: 120 });

  it('describes a case by its kind and days in phase, marking a stale one', () => {
    expect(caseDescription(planning, 'Test activity', en)).toBe('Test activity · 195 d');
    expect(caseDescription(stalled, 'Test activity', en)).toBe('Test activity · 195 d · stalled');
    expect(caseDescription(stalled, 'Testverksamhet', sv)).toBe('Testverksamhet · 195 d · avstannat');
    // A closed case has no time in phase; an unknown kind leaves no stray separator.
    expect(caseDescription(entry({ phase: 'closed' }), 'Dialogue', en)).toBe('Dialogue');
    expect(caseDescription(entry({ days: 3 }), undefined, en)).toBe('3 d');
  });

  it('says since when, from where and how long in the tooltip, in both languages', () => {
    expect(timeInPhaseText(planning, en)).toBe('In this phase since 2026-05-12 (from the log), 195 days');
    expect(timeInPhaseText(planning, sv)).toBe('I fasen sedan 2026-05-12 (enligt loggen), 195 dagar');
    expect(timeInPhaseText({ ...planning, source: 'git', days: 1 }, en)).toBe('In this phase since 2026-05-12 (from the git history), 1 day');
    expect(timeInPhaseText({ ...planning, source: 'git', days: 1 }, sv)).toBe('I fasen sedan 2026-05-12 (enligt git-historiken), 1 dag');
    expect(timeInPhaseText({ ...planning, source: 'opened' }, en)).toBe('In this phase since 2026-05-12 (from the opened date), 195 days');
    expect(timeInPhaseText({ ...planning, source: 'opened' }, sv)).toBe('I fasen sedan 2026-05-12 (enligt inkomstdatumet), 195 dagar');
    expect(timeInPhaseText(entry({ phase: 'closed' }), en)).toBeUndefined();
  });

  it('names the idle days and the limit of a stale case', () => {
    expect(staleText(stalled, en)).toBe('No activity for 210 days (limit 120)');
    expect(staleText(stalled, sv)).toBe('Ingen aktivitet på 210 dagar (gräns 120)');
    expect(staleText(planning, en)).toBeUndefined();
  });

  it('gives a stale case without errors or warnings its own icon', () => {
    expect(caseIcon(stalled)).toBe('stale');
    expect(caseIcon({ ...stalled, warnings: 1 })).toBe('warning');
    expect(caseIcon(planning)).toBe('pass');
  });

  it("badges the view with the repository's errors, and with nothing without errors", () => {
    expect(errorBadge({ ...index([]), errors: 2, warnings: 3 }, en)).toEqual({ value: 2, tooltip: '2 errors' });
    expect(errorBadge({ ...index([]), errors: 1 }, sv)).toEqual({ value: 1, tooltip: '1 fel' });
    expect(errorBadge({ ...index([]), warnings: 4 }, en)).toBeUndefined();
    expect(errorBadge(undefined, en)).toBeUndefined();
    expect(problemsText(0, 2, sv)).toBe('2 varningar');
  });
});
