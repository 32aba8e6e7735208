import { describe, expect, it } from 'vitest';
import { json } from '../../server/src/cli/formatters/json';
import type { FileReport } from '../../server/src/cli/report';
import { buildReport, emptyReport, finding, fixtureReport, MIXED, NASTY, snapshot } from './fixture';

const opts = { color: true, locale: 'sv' } as const;

describe('json formatter', () => {
  it('prints the spec shape, keys in order, suppressed findings left out', () => {
    const out = json(fixtureReport(), opts);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['files', 'errors', 'warnings', 'infos', 'findings']);
    expect(parsed).toMatchObject({ files: 3, errors: 1, warnings: 1, infos: 1 });
    expect(parsed.findings).toHaveLength(3);
    expect(parsed.findings[0]).toEqual({
      file: MIXED,
      rule: 'schema',
      severity: 'error',
      message: NASTY,
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 9,
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    for (const f of parsed.findings) expect(Object.keys(f)).toEqual(['file', 'rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fingerprint']);
    expect(parsed.findings[2]).toMatchObject({ rule: 'stale-case', line: 120, endLine: 121, endColumn: 3 });
    expect(out).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    // Neither locale nor colour changes machine output.
    expect(json(fixtureReport(), { color: false, locale: 'en' })).toBe(out);
  });

  it('fingerprints a finding by rule, case and YAML path, never by line; the case is its id, else its file', () => {
    const at = (line: number, yamlPath: string) => finding('schema', 'error', `Bad value on line ${line}.`, line, 1, 4, { yamlPath, messageKey: 'bad' });
    const fp = (files: FileReport[]) => (JSON.parse(json(buildReport(files), opts)).findings as { fingerprint: string }[]).map((f) => f.fingerprint);
    const [a] = fp([{ file: 'a.case.yaml', findings: [at(3, 'phase')] }]);
    // Moved down and reworded with the line: the same finding.
    expect(fp([{ file: 'a.case.yaml', findings: [at(40, 'phase')] }])).toEqual([a]);
    expect(fp([{ file: 'a.case.yaml', findings: [at(3, 'title')] }])).not.toEqual([a]);
    expect(fp([{ file: 'b.case.yaml', findings: [at(3, 'phase')] }])).not.toEqual([a]);
    // With an id, the case is its id: a renamed file keeps its findings' fingerprints.
    const [withId] = fp([{ file: 'a.case.yaml', id: 'VGR-2026-001', findings: [at(3, 'phase')] }]);
    expect(withId).not.toBe(a);
    expect(fp([{ file: 'cases/moved.case.yaml', id: 'VGR-2026-001', findings: [at(9, 'phase')] }])).toEqual([withId]);
    // Two findings alike in all but the line are told apart by their order.
    const [x, y] = fp([{ file: 'a.case.yaml', findings: [at(3, 'phase'), at(5, 'phase')] }]);
    expect(x).toBe(a);
    expect(y).not.toBe(a);
    // Active findings are numbered among themselves, as review numbers them: beside a suppressed twin,
    // the one that counts is the first.
    const suppressed = { ...at(2, 'phase'), suppressed: { reason: 'ok', line: 1 } };
    expect(fp([{ file: 'a.case.yaml', findings: [suppressed, at(5, 'phase')] }])).toEqual([a]);
  });

  it('takes the counts from the report', () => {
    const parsed = JSON.parse(json({ ...fixtureReport(), errors: 7 }, opts));
    expect(parsed.errors).toBe(7);
  });

  it('handles an empty report', () => {
    expect(json(emptyReport(), opts)).toBe('{\n  "files": 0,\n  "errors": 0,\n  "warnings": 0,\n  "infos": 0,\n  "findings": []\n}\n');
  });

  it('does not mutate the report', () => {
    const report = fixtureReport();
    const before = snapshot(report);
    json(report, opts);
    expect(snapshot(report)).toBe(before);
  });
});
