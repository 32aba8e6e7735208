import { describe, expect, it } from 'vitest';
import { caseYaml, compare, snapshot } from './snapshot';

const prints = (list: { fingerprint: string }[]) => list.map((f) => f.fingerprint).sort();

describe('compareSnapshots', () => {
  it('finds nothing new or fixed when base and head are the same', () => {
    const files = { 'cases/a.case.yaml': caseYaml({ phase: 'planning' }), 'cases/b.case.yaml': caseYaml({ id: 'B-1' }) };
    const report = compare(snapshot(files), snapshot(files, null));
    expect(report.findings.new).toEqual([]);
    expect(report.findings.fixed).toEqual([]);
    expect(report.findings.unchanged).toBeGreaterThan(0);
    expect(report.findings.unchanged).toBe(
      report.errors +
        report.warnings +
        snapshot(files)
          .files.flatMap((f) => f.findings)
          .filter((f) => f.severity === 'info').length,
    );
    expect(report.cases).toEqual({ added: [], removed: [], changed: [] });
    expect(report.phaseMoves).toEqual([]);
    expect(report.head).toBeNull();
    expect(report.base).toBe('a'.repeat(40));
  });

  it('does not ask unchanged files for their value (the speed path)', () => {
    const base = snapshot({ 'cases/a.case.yaml': caseYaml() });
    const head = snapshot({ 'cases/a.case.yaml': caseYaml() });
    for (const f of [...base.files, ...head.files])
      f.value = () => {
        throw new Error('asked');
      };
    expect(compare(base, head).cases.changed).toEqual([]);
  });

  it('reports a move forward with the gate the new phase asks and the days spent before', () => {
    const report = compare(snapshot({ 'cases/a.case.yaml': caseYaml() }), snapshot({ 'cases/a.case.yaml': caseYaml({ phase: 'planning' }) }));
    expect(report.phaseMoves).toEqual([
      {
        id: 'VGR-2026-001',
        title: 'Digital egenvård vid artros',
        file: 'cases/a.case.yaml',
        from: 'needs',
        to: 'planning',
        gate: [
          { field: 'need.statement', holds: false },
          { field: 'need.verified', holds: false },
        ],
        // opened 2026-09-01 → today 2026-11-23
        days: 83,
      },
    ]);
    expect(report.cases.changed.map((c) => c.changes)).toEqual([['phase']]);
    expect(report.findings.new.map((f) => f.rule)).toContain('phase-gate');
    expect(report.newErrors).toBeGreaterThan(0);
  });

  it('reports a move back; days come from the log entries of the phases', () => {
    const need = 'need:\n  statement: Patienter väntar\n  verified: true';
    const logged = (phase: string, d: string) =>
      caseYaml({ phase, extra: need }).replace('    event: Första möte\n', `    event: Första möte\n  - date: ${d}\n    event: Fas\n    phase: ${phase}\n`);
    const report = compare(snapshot({ 'cases/a.case.yaml': logged('planning', '2026-10-01') }), snapshot({ 'cases/a.case.yaml': logged('needs', '2026-11-11') }));
    expect(report.phaseMoves).toHaveLength(1);
    expect(report.phaseMoves[0]).toMatchObject({ from: 'planning', to: 'needs', gate: [], days: 41 });
  });

  it('counts days from opened when the log does not tell when the old phase began, as the report does', () => {
    const need = 'need:\n  statement: Patienter väntar\n  verified: true\nevaluation:\n  benefit: 4\n  feasibility: 3';
    const report = compare(
      snapshot({ 'cases/a.case.yaml': caseYaml({ phase: 'planning', extra: need }) }),
      snapshot({ 'cases/a.case.yaml': caseYaml({ phase: 'execution', extra: need }) }),
    );
    // No log entry for planning: opened 2026-09-01 → today 2026-11-23 (phaseEntry's fallback).
    expect(report.phaseMoves[0]!.days).toBe(83);
    expect(report.phaseMoves[0]!.gate.every((g) => g.holds)).toBe(true);
    expect(report.phaseMoves[0]!.gate.map((g) => g.field)).toEqual(['need.statement', 'need.verified', 'evaluation.benefit', 'evaluation.feasibility']);
  });

  it('matches a moved file by id: no findings new or fixed, the move said', () => {
    const report = compare(snapshot({ 'cases/a.case.yaml': caseYaml({ phase: 'planning' }) }), snapshot({ 'cases/2026/a.case.yaml': caseYaml({ phase: 'planning' }) }));
    expect(report.findings.new).toEqual([]);
    expect(report.findings.fixed).toEqual([]);
    expect(report.cases.added).toEqual([]);
    expect(report.cases.removed).toEqual([]);
    expect(report.cases.changed).toEqual([
      {
        id: 'VGR-2026-001',
        title: 'Digital egenvård vid artros',
        phase: 'planning',
        file: 'cases/2026/a.case.yaml',
        changes: [],
        said: [['file moved from ', { value: 'cases/a.case.yaml' }, ' to ', { value: 'cases/2026/a.case.yaml' }]],
      },
    ]);
  });

  it('treats a changed id as one case removed and another added, with their findings fixed and new', () => {
    const report = compare(
      snapshot({ 'cases/a.case.yaml': caseYaml({ phase: 'planning' }) }),
      snapshot({ 'cases/a.case.yaml': caseYaml({ id: 'VGR-2026-002', phase: 'planning' }) }),
    );
    expect(report.cases.removed).toEqual([{ id: 'VGR-2026-001', title: 'Digital egenvård vid artros', phase: 'planning', file: 'cases/a.case.yaml' }]);
    expect(report.cases.added.map((c) => c.id)).toEqual(['VGR-2026-002']);
    expect(report.cases.changed).toEqual([]);
    expect(report.findings.new.length).toBe(report.findings.fixed.length);
    expect(report.findings.new.every((f) => f.id === 'VGR-2026-002')).toBe(true);
    expect(report.findings.fixed.every((f) => f.id === 'VGR-2026-001')).toBe(true);
  });

  it('lists added and removed cases, sorted by file', () => {
    const base = snapshot({ 'cases/b.case.yaml': caseYaml({ id: 'B' }), 'cases/z.case.yaml': caseYaml({ id: 'Z' }) });
    const head = snapshot({ 'cases/b.case.yaml': caseYaml({ id: 'B' }), 'cases/d.case.yaml': caseYaml({ id: 'D' }), 'cases/c.case.yaml': caseYaml({ id: 'C' }) });
    const report = compare(base, head);
    expect(report.cases.added.map((c) => c.file)).toEqual(['cases/c.case.yaml', 'cases/d.case.yaml']);
    expect(report.cases.removed.map((c) => c.id)).toEqual(['Z']);
  });

  it('matches cases without id by their path', () => {
    const noId = (phase: string) => caseYaml({ phase }).replace('id: VGR-2026-001\n', '');
    const report = compare(snapshot({ 'cases/x.case.yaml': noId('needs') }), snapshot({ 'cases/x.case.yaml': noId('planning') }));
    expect(report.cases.changed.map((c) => [c.id, c.file, c.changes])).toEqual([[undefined, 'cases/x.case.yaml', ['phase']]]);
    expect(report.phaseMoves).toHaveLength(1);
    expect(report.findings.fixed.map((f) => f.rule)).toEqual([]);
    expect(report.findings.unchanged).toBeGreaterThan(0);
  });

  it('keeps a case whose YAML broke (its id unreadable) as the same changed case, not removed and added', () => {
    const base = snapshot({ 'cases/a.case.yaml': caseYaml({ id: 'VGR-2026-001' }) });
    const head = snapshot({ 'cases/a.case.yaml': caseYaml({ id: 'VGR-2026-001' }) + 'bad: [\n' });
    for (const r of [compare(base, head), compare(head, base)]) {
      expect(r.cases.added).toEqual([]);
      expect(r.cases.removed).toEqual([]);
      expect(r.cases.changed.map((c) => c.file)).toEqual(['cases/a.case.yaml']);
    }
    expect(compare(base, head).findings.new.map((f) => f.rule)).toEqual(['yaml-syntax']);
  });

  it('still tells two ids at one path apart: a changed id is removed and added', () => {
    const r = compare(snapshot({ 'cases/a.case.yaml': caseYaml({ id: 'VGR-2026-001' }) }), snapshot({ 'cases/a.case.yaml': caseYaml({ id: 'VGR-2026-009' }) }));
    expect([r.cases.added.length, r.cases.removed.length, r.cases.changed.length]).toEqual([1, 1, 0]);
  });

  it('reports new and fixed findings with their files, and counts the head', () => {
    const base = snapshot({ 'cases/a.case.yaml': caseYaml({ extra: 'agreements:\n  - type: nda\n    status: draft' }) });
    const head = snapshot({ 'cases/a.case.yaml': caseYaml({ extra: 'agreements:\n  - type: assignment\n    status: draft\n    billing: fixed-price' }) });
    const report = compare(base, head);
    expect(report.findings.fixed.map((f) => [f.rule, f.file, f.id])).toEqual([['nda-public-staff', 'cases/a.case.yaml', 'VGR-2026-001']]);
    expect(report.findings.new.map((f) => [f.rule, f.severity])).toContainEqual(['billing-model', 'error']);
    expect(report.newErrors).toBe(report.findings.new.filter((f) => f.severity === 'error').length);
    expect(report.fixedErrors).toBe(0);
    const headActive = head.files[0]!.findings.filter((f) => !f.suppressed);
    expect(report.errors).toBe(headActive.filter((f) => f.severity === 'error').length);
    expect(report.warnings).toBe(headActive.filter((f) => f.severity === 'warning').length);
    expect(report.cases.changed[0]!.changes).toEqual(['agreements[0].billing', 'agreements[0].type']);
  });

  it('keeps a finding whose line moved', () => {
    const base = snapshot({ 'cases/a.case.yaml': caseYaml({ extra: 'agreements:\n  - type: nda\n    status: draft' }) });
    const head = snapshot({ 'cases/a.case.yaml': caseYaml({ extra: 'summary: Ny rad\nagreements:\n  - type: nda\n    status: draft' }) });
    const [b, h] = [base.files[0]!.findings.find((f) => f.rule === 'nda-public-staff')!, head.files[0]!.findings.find((f) => f.rule === 'nda-public-staff')!];
    expect(h.line).toBe(b.line + 1);
    const report = compare(base, head);
    expect(report.findings.new).toEqual([]);
    expect(report.findings.fixed).toEqual([]);
  });

  it('pairs the findings of an item moved within a list as unchanged, and swapping swaps new and fixed', () => {
    const nda = '  - type: nda\n    status: draft';
    const assignment = '  - type: assignment\n    status: draft';
    const base = snapshot({ 'cases/a.case.yaml': caseYaml({ extra: `agreements:\n${nda}\n${assignment}` }) });
    const head = snapshot({ 'cases/a.case.yaml': caseYaml({ extra: `agreements:\n${assignment}\n${nda}` }) });
    const paths = (s: typeof base) => s.files[0]!.findings.filter((f) => f.rule === 'nda-public-staff').map((f) => f.yamlPath);
    expect(paths(base)).not.toEqual(paths(head));
    const report = compare(base, head);
    expect(report.findings.new).toEqual([]);
    expect(report.findings.fixed).toEqual([]);
    expect(report.findings.unchanged).toBe(head.files[0]!.findings.filter((f) => !f.suppressed).length);
  });

  it('is symmetric: compare(a, b).new is compare(b, a).fixed', () => {
    const a = snapshot({
      'cases/a.case.yaml': caseYaml({ extra: 'agreements:\n  - type: nda\n    status: draft\n  - type: nda\n    status: draft' }),
      'cases/b.case.yaml': caseYaml({ id: 'B', phase: 'planning' }),
    });
    const b = snapshot({
      'cases/a.case.yaml': caseYaml({ phase: 'execution', extra: 'agreements:\n  - type: assignment\n    status: draft\n  - type: nda\n    status: draft' }),
      'cases/c.case.yaml': caseYaml({ id: 'C', phase: 'result' }),
    });
    const ab = compare(a, b);
    const ba = compare(b, a);
    expect(ab.findings.new.length).toBeGreaterThan(0);
    expect(ab.findings.fixed.length).toBeGreaterThan(0);
    expect(prints(ab.findings.new)).toEqual(prints(ba.findings.fixed));
    expect(prints(ab.findings.fixed)).toEqual(prints(ba.findings.new));
    expect(ab.findings.unchanged).toBe(ba.findings.unchanged);
  });

  it('ignores suppressed findings', () => {
    const base = snapshot({ 'cases/a.case.yaml': caseYaml({ extra: 'agreements:\n  - type: nda\n    status: draft' }) });
    const head = snapshot({
      'cases/a.case.yaml': caseYaml({ extra: 'agreements:\n  # casefile-disable-next-line nda-public-staff -- agreed with legal\n  - type: nda\n    status: draft' }),
    });
    expect(head.files[0]!.findings.some((f) => f.rule === 'nda-public-staff' && f.suppressed)).toBe(true);
    const report = compare(base, head);
    expect(report.findings.fixed.map((f) => f.rule)).toEqual(['nda-public-staff']);
    expect(report.findings.new).toEqual([]);
  });

  it('speaks the report language in said', () => {
    const report = compare(snapshot({ 'cases/a.case.yaml': caseYaml() }), snapshot({ 'cases/a.case.yaml': caseYaml({ phase: 'planning' }) }), 'sv');
    expect(report.cases.changed[0]!.said).toEqual([['fasen flyttad från ', { value: 'needs' }, ' till ', { value: 'planning' }]]);
  });
});

describe('compareSnapshots at scale', () => {
  it('compares 10,000 cases with 100 changed, asking only the changed for their values', () => {
    const template = snapshot({ 'cases/a.case.yaml': caseYaml({ phase: 'planning' }) }).files[0]!;
    const files = (changed: boolean) =>
      Array.from({ length: 10_000 }, (_, i) => {
        const edited = i % 100 === 0;
        return {
          ...template,
          file: `cases/c${i}.case.yaml`,
          rel: `cases/c${i}.case.yaml`,
          id: `C-${i}`,
          blob: edited && changed ? `head${i}` : `same${i}`,
          value: edited
            ? () => ({ ...(template.value() as object), title: changed ? 'Ny rubrik' : 'Rubrik' })
            : () => {
                throw new Error(`asked for unchanged case ${i}`);
              },
        };
      });
    const report = compare({ commit: 'b'.repeat(40), files: files(false) }, { commit: null, files: files(true) });
    expect(report.cases.changed).toHaveLength(100);
    expect(report.findings.new).toEqual([]);
    expect(report.findings.unchanged).toBe(10_000 * template.findings.filter((f) => !f.suppressed).length);
  });
});
