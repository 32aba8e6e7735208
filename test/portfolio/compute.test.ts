// The portfolio computation (spec section 11) on hand-made cases: no files, no git.
import { describe, expect, it } from 'vitest';
import { computePortfolio } from '../../server/src/engine/portfolio/compute';
import type { CaseTimeline, GitPhaseChange, PortfolioCase, PortfolioInput } from '../../server/src/engine/portfolio/types';

const TODAY = '2026-11-23';
let n = 0;

/** A case in `phase`, opened `opened`, active on that day; fields overridable. */
function kase(phase: string | undefined, timeline: CaseTimeline = {}, more: Partial<PortfolioCase> = {}): PortfolioCase {
  n++;
  const opened = timeline.opened ?? '2026-11-01';
  return { file: `cases/c${n}.case.yaml`, id: `C-${n}`, title: `Case ${n}`, phase, staleAfterDays: 90, timeline: { opened, lastActivity: opened, ...timeline }, ...more };
}

const report = (cases: PortfolioCase[], more: Partial<PortfolioInput> = {}) => computePortfolio({ today: TODAY, cases, findings: [], git: 'none', ...more });
const closed = (reached?: string, result = 'declined', date = '2026-10-10') => kase('closed', { outcome: { result, date, ...(reached ? { reached } : {}) } });

describe('phases and funnel', () => {
  it('counts open cases in their phase or later, closed ones up to outcome.reached', () => {
    const r = report([kase('needs'), kase('planning'), kase('execution'), kase('result'), closed('execution'), closed(), closed('result')]);
    expect(r.phases).toEqual({ needs: 1, planning: 1, execution: 1, result: 1, closed: 3 });
    expect(Object.keys(r.funnel)).toEqual(['needs', 'planning', 'execution', 'result']);
    // needs: all 7; planning: 3 open + reached execution + reached result; execution: 2 + 2; result: 1 + reached result.
    expect(r.funnel).toEqual({ needs: 7, planning: 5, execution: 4, result: 2 });
    expect(r.active).toBe(4);
  });
  it('counts a closed case without reached, or with an invalid one, for needs only', () => {
    const invalid = kase('closed', { outcome: { result: 'declined', reached: 'somewhere' } });
    // `closed` is no phase a case reaches before closing (the schema refuses it): not every step.
    expect(report([closed(), invalid, closed('closed')]).funnel).toEqual({ needs: 3, planning: 0, execution: 0, result: 0 });
  });
  it('keeps every key, and counts a case without a valid phase in cases and withoutPhase only', () => {
    const r = report([kase(undefined), kase('limbo'), kase('needs')]);
    expect(r.cases).toBe(3);
    expect(r.withoutPhase).toBe(2);
    expect(r.phases).toEqual({ needs: 1, planning: 0, execution: 0, result: 0, closed: 0 });
    expect(r.funnel).toEqual({ needs: 1, planning: 0, execution: 0, result: 0 });
    expect(report([]).funnel).toEqual({ needs: 0, planning: 0, execution: 0, result: 0 });
  });
});

describe('outcomes', () => {
  it("counts closed cases by result in the schema's order, leaving out results nobody has", () => {
    const open = kase('result', { outcome: { result: 'implemented' } });
    const r = report([closed(undefined, 'referred'), closed(undefined, 'implemented'), closed(undefined, 'referred'), open, kase('closed', { outcome: {} })]);
    expect(Object.entries(r.outcomes)).toEqual([
      ['implemented', 1],
      ['referred', 2],
    ]);
  });
});

describe('units', () => {
  it('counts open cases per unit once, by phase in phase order; closed cases are no load', () => {
    const r = report([
      kase('execution', { units: ['B', 'B', 'A'] }),
      kase('needs', { units: ['B'] }),
      kase('needs', { units: ['C'] }),
      closed('result'),
      kase('closed', { units: ['C', 'D'] }),
    ]);
    expect(r.units).toEqual([
      { unit: 'B', active: 2, phases: { needs: 1, execution: 1 } },
      { unit: 'A', active: 1, phases: { execution: 1 } },
      { unit: 'C', active: 1, phases: { needs: 1 } },
    ]);
    expect(Object.keys(r.units[0]!.phases)).toEqual(['needs', 'execution']);
  });
});

describe('stale', () => {
  it('lists what stale-case reports, whatever its severity: oldest first, with owner and first unit', () => {
    const a = kase('planning', { opened: '2026-01-01', lastActivity: '2026-05-01', owner: 'Ann', units: ['U1', 'U2'] });
    const b = kase('needs', { opened: '2026-01-01', lastActivity: '2026-02-01' });
    const r = report([a, b]);
    expect(r.stale.map((s) => s.id)).toEqual([b.id, a.id]);
    expect(r.stale[1]).toEqual({ id: a.id, title: a.title, phase: 'planning', days: 206, file: a.file, last: '2026-05-01', owner: 'Ann', unit: 'U1' });
    expect(r.stale[0]).not.toHaveProperty('owner');
  });
  it('never lists a closed case, nor one exactly at the limit', () => {
    const atLimit = kase('needs', { opened: '2026-08-25', lastActivity: '2026-08-25' }); // 90 days
    const over = kase('needs', { opened: '2026-08-24', lastActivity: '2026-08-24' }); // 91 days
    const old = kase('closed', { opened: '2020-01-01', lastActivity: '2020-01-01', outcome: { result: 'declined' } });
    expect(report([atLimit, over, old]).stale.map((s) => [s.id, s.days])).toEqual([[over.id, 91]]);
  });
  it("judges each case by its own repository's limit, and reports the common, else the smallest, limit", () => {
    const strict = kase('needs', { opened: '2026-10-01', lastActivity: '2026-10-01' }, { staleAfterDays: 30 });
    const lax = kase('needs', { opened: '2026-10-01', lastActivity: '2026-10-01' }, { staleAfterDays: 120 });
    const r = report([strict, lax]);
    expect(r.stale.map((s) => s.id)).toEqual([strict.id]);
    expect(r.staleAfterDays).toBe(30);
    expect(report([lax]).staleAfterDays).toBe(120);
    expect(report([]).staleAfterDays).toBe(90);
  });
  it('lists a case without a valid phase (stale-case judges it) with phase ""', () => {
    const c = kase('limbo', { opened: '2026-01-01', lastActivity: '2026-01-01' });
    expect(report([c]).stale).toMatchObject([{ id: c.id, phase: '' }]);
  });
});

describe('months', () => {
  it('fills the gaps from the first opened or closing date through this month', () => {
    const r = report([kase('needs', { opened: '2026-08-15' }), closed(undefined, 'declined', '2026-09-30'), kase('needs', { opened: '2026-08-01' })]);
    expect(r.months).toEqual([
      { month: '2026-08', opened: 2, closed: 0 },
      { month: '2026-09', opened: 0, closed: 1 },
      { month: '2026-10', opened: 0, closed: 0 },
      // The closed case was opened this month.
      { month: '2026-11', opened: 1, closed: 0 },
    ]);
  });
  it('crosses a year, and is empty without any date', () => {
    const r = report([kase('needs', { opened: '2025-12-31' })]);
    expect(r.months.map((m) => m.month)).toEqual(['2025-12', ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)]);
    expect(report([{ file: 'x.case.yaml', staleAfterDays: 90 }]).months).toEqual([]);
  });
});

describe('timeInPhase', () => {
  const git = (phase: string, date = '2026-07-01'): GitPhaseChange => ({ date, phase, commit: 'a'.repeat(40) });
  it('dates the entry by the log, else git, else opened', () => {
    const log = kase('planning', { opened: '2026-01-01', entered: { planning: '2026-06-01' } }, { git: git('planning') });
    const fromGit = kase('planning', { opened: '2026-01-01' }, { git: git('planning') });
    const opened = kase('planning', { opened: '2026-01-01' });
    const r = report([log, fromGit, opened]);
    expect(r.timeInPhase.map((t) => [t.id, t.source, t.since])).toEqual([
      [opened.id, 'opened', '2026-01-01'],
      [log.id, 'log', '2026-06-01'],
      [fromGit.id, 'git', '2026-07-01'],
    ]);
  });
  it("falls back to opened when git's newest change set another phase", () => {
    const c = kase('execution', { opened: '2026-01-01' }, { git: git('planning') });
    expect(report([c]).timeInPhase[0]).toMatchObject({ source: 'opened', since: '2026-01-01' });
  });
  it('counts a date in the future as 0 days, and leaves out closed cases and cases with no date', () => {
    const future = kase('needs', { opened: '2027-01-01' });
    const undated: PortfolioCase = { file: 'u.case.yaml', phase: 'needs', staleAfterDays: 90 };
    const r = report([future, undated, closed()]);
    expect(r.timeInPhase).toEqual([
      { id: future.id, title: future.title, phase: 'needs', since: '2027-01-01', days: 0, source: 'opened', file: future.file, limit: 90, stale: false },
    ]);
  });
  it('sorts by phase, then days descending, then id; marks stale ones against their limit', () => {
    const a = kase('execution', { opened: '2026-10-01' }, { id: 'B' });
    const b = kase('execution', { opened: '2026-10-01' }, { id: 'A' });
    const c = kase('needs', { opened: '2026-11-20' });
    const d = kase('execution', { opened: '2026-01-01', lastActivity: '2026-01-01' }, { staleAfterDays: 30 });
    const r = report([a, b, c, d]);
    expect(r.timeInPhase.map((t) => t.id)).toEqual([c.id, d.id, 'A', 'B']);
    expect(r.timeInPhase[1]).toMatchObject({ limit: 30, stale: true });
  });
  it("names a case without id or title by ''", () => {
    const c = kase('needs', {}, { id: undefined, title: undefined });
    expect(report([c]).timeInPhase[0]).toMatchObject({ id: '', title: '', file: c.file });
  });
});

describe('findings and the report', () => {
  it('counts active findings by severity and rule, rules sorted; suppressed ones count for nothing', () => {
    const r = report([], {
      findings: [
        { rule: 'schema', severity: 'error' },
        { rule: 'billing-model', severity: 'warning' },
        { rule: 'stale-case', severity: 'info' },
        { rule: 'billing-model', severity: 'warning' },
        { rule: 'agreement', severity: 'error', suppressed: { reason: 'ok' } },
      ],
    });
    expect(r.findings).toEqual({ errors: 1, warnings: 2, infos: 1, byRule: { 'billing-model': 2, schema: 1, 'stale-case': 1 } });
    expect(Object.keys(r.findings.byRule)).toEqual(['billing-model', 'schema', 'stale-case']);
  });
  it("keeps spec section 11's keys in its order, then the extensions", () => {
    expect(Object.keys(report([kase('needs')], { git: 'shallow' }))).toEqual([
      'today',
      'cases',
      'phases',
      'funnel',
      'outcomes',
      'timeInPhase',
      'stale',
      'units',
      'findings',
      'active',
      'withoutPhase',
      'staleAfterDays',
      'months',
      'git',
    ]);
  });
});
