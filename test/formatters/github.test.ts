import { describe, expect, it } from 'vitest';
import { github } from '../../server/src/cli/formatters/github';
import { buildReport, emptyReport, finding, fixtureReport, snapshot } from './fixture';

const opts = { color: true, locale: 'sv' } as const;

describe('github formatter', () => {
  it('prints one workflow command per unsuppressed finding', () => {
    expect(github(fixtureReport(), opts)).toBe(
      [
        '::error file=cases/2026/vård test.case.yaml,line=3,col=5,endLine=3,endColumn=9,title=schema::Value `a|b` is 100%25 <wrong> & "odd", see: x%0D%0Asecond line\\u{1} end.',
        '::warning file=cases/2026/vård test.case.yaml,line=12,col=1,endLine=12,endColumn=13,title=missing-stakeholder::Add a stakeholder with role `legal`.',
        // GitHub takes columns only within one line.
        '::notice file=cases/2026/vård test.case.yaml,line=120,endLine=121,title=stale-case::The case has not changed since 2025-01-02.',
        '',
      ].join('\n'),
    );
  });

  it('escapes properties as @actions/core does', () => {
    const report = buildReport([{ file: 'a,b:c%d\r\ne.case.yaml', findings: [finding('r', 'warning', 'm: a, b', 1, 2)] }]);
    expect(github(report, opts)).toBe('::warning file=a%2Cb%3Ac%25d%0D%0Ae.case.yaml,line=1,col=2,endLine=1,endColumn=6,title=r::m: a, b\n');
  });

  it('prints nothing when nothing is found', () => {
    expect(github(emptyReport(), opts)).toBe('');
    expect(github(buildReport(fixtureReport().files.filter((f) => !f.file.includes('vård'))), opts)).toBe('');
  });

  it('does not mutate the report', () => {
    const report = fixtureReport();
    const before = snapshot(report);
    github(report, opts);
    expect(snapshot(report)).toBe(before);
  });
});
