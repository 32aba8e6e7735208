import { describe, expect, it } from 'vitest';
import { json } from '../../server/src/cli/formatters/json';
import { emptyReport, fixtureReport, MIXED, NASTY, snapshot } from './fixture';

const opts = { color: true, locale: 'sv' } as const;

describe('json formatter', () => {
  it('prints the spec shape, keys in order, suppressed findings left out', () => {
    const out = json(fixtureReport(), opts);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['files', 'errors', 'warnings', 'infos', 'findings']);
    expect(parsed).toMatchObject({ files: 3, errors: 1, warnings: 1, infos: 1 });
    expect(parsed.findings).toHaveLength(3);
    expect(parsed.findings[0]).toEqual({ file: MIXED, rule: 'schema', severity: 'error', message: NASTY, line: 3, column: 5, endLine: 3, endColumn: 9 });
    for (const f of parsed.findings) expect(Object.keys(f)).toEqual(['file', 'rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
    expect(parsed.findings[2]).toMatchObject({ rule: 'stale-case', line: 120, endLine: 121, endColumn: 3 });
    expect(out).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    // Neither locale nor colour changes machine output.
    expect(json(fixtureReport(), { color: false, locale: 'en' })).toBe(out);
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
