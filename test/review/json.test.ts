import { describe, expect, it } from 'vitest';
import { json } from '../../server/src/cli/review-formatters/json';
import { caseYaml, compare, snapshot } from './snapshot';

const options = { locale: 'en', color: false, failOn: 'new' } as const;

describe('review json format', () => {
  const base = snapshot({ 'cases/a.case.yaml': caseYaml(), 'cases/gone.case.yaml': caseYaml({ id: 'GONE' }) });
  const head = snapshot({ 'cases/a.case.yaml': caseYaml({ phase: 'planning' }), 'cases/new.case.yaml': caseYaml({ id: 'NEW' }) }, null);
  const report = compare(base, head);
  const out = JSON.parse(json(report, options));

  it('has the spec keys in the spec order', () => {
    expect(Object.keys(out)).toEqual(['base', 'head', 'cases', 'phaseMoves', 'findings', 'errors', 'warnings', 'newErrors', 'fixedErrors', 'settingsChanged']);
    expect(Object.keys(out.cases)).toEqual(['added', 'removed', 'changed']);
    expect(Object.keys(out.findings)).toEqual(['new', 'fixed', 'unchanged']);
    expect(out.base).toBe('a'.repeat(40));
    expect(out.head).toBeNull();
  });

  it('writes cases, moves and findings with the spec keys first and the extensions after', () => {
    expect(out.cases.added).toEqual([{ id: 'NEW', title: 'Digital egenvård vid artros', phase: 'needs', file: 'cases/new.case.yaml' }]);
    expect(out.cases.removed.map((c: { id: string }) => c.id)).toEqual(['GONE']);
    expect(out.cases.changed).toEqual([
      { id: 'VGR-2026-001', title: 'Digital egenvård vid artros', file: 'cases/a.case.yaml', changes: ['phase'], said: ['phase moved from `needs` to `planning`'] },
    ]);
    expect(Object.keys(out.phaseMoves[0])).toEqual(['id', 'title', 'file', 'from', 'to', 'gate', 'days']);
    expect(out.phaseMoves[0].gate).toEqual([
      { field: 'need.statement', holds: false },
      { field: 'need.verified', holds: false },
    ]);
    const f = out.findings.new.find((x: { rule: string }) => x.rule === 'phase-gate');
    expect(Object.keys(f)).toEqual(['file', 'rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'id', 'fingerprint']);
    expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(out.newErrors).toBe(report.newErrors);
    expect(out.newErrors).toBeGreaterThan(0);
  });

  it('leaves the id out for a case without one, and escapes what a terminal would act on', () => {
    const noId = (t: string) => caseYaml({ title: t }).replace('id: VGR-2026-001\n', '');
    const r = compare(snapshot({}), snapshot({ 'cases/x.case.yaml': noId('"a\\u202eb\\u0085"') }));
    const text = json(r, options);
    expect(JSON.parse(text).cases.added[0]).toEqual({ title: 'a\u202eb\u0085', phase: 'needs', file: 'cases/x.case.yaml' });
    expect(text).not.toMatch(/[\u202e\u0085]/);
  });
});
