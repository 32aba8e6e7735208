import { describe, expect, it } from 'vitest';
import { github } from '../../server/src/cli/review-formatters/github';
import { caseYaml, compare, snapshot } from './snapshot';

const options = { locale: 'en', color: false, failOn: 'new' } as const;

describe('review github format', () => {
  it('annotates the new findings only', () => {
    const base = snapshot({ 'cases/a.case.yaml': caseYaml({ extra: 'agreements:\n  - type: nda\n    status: draft' }) });
    const head = snapshot({ 'cases/a.case.yaml': caseYaml({ phase: 'planning', extra: 'agreements:\n  - type: testbed\n    status: draft' }) });
    const report = compare(base, head);
    expect(report.findings.fixed.length).toBeGreaterThan(0);
    const lines = github(report, options).trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.new.length);
    const gate = report.findings.new.find((f) => f.rule === 'phase-gate')!;
    expect(lines).toContain(
      `::error file=cases/a.case.yaml,line=${gate.line},col=${gate.column},endLine=${gate.endLine},endColumn=${gate.endColumn},title=phase-gate::${gate.message}`,
    );
    expect(lines.some((l) => l.includes('nda-public-staff'))).toBe(false);
  });

  it('prints nothing when nothing is new', () => {
    const s = snapshot({ 'cases/a.case.yaml': caseYaml({ phase: 'planning' }) });
    expect(github(compare(s, s), options)).toBe('');
  });

  it('escapes file names and messages: no second command, no control', () => {
    const report = compare(
      snapshot({}),
      snapshot({ 'cases/a,b:c%.case.yaml': caseYaml({ id: 'X', extra: 'summary: "\\n::error::x \\e[31m"\nlinks:\n  related: ["::error file=x::y\\r\\nz"]' }) }),
    );
    const out = github(report, options);
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(report.findings.new.length);
    expect(out).toContain('file=cases/a%2Cb%3Ac%25.case.yaml,');
    expect(out).toMatch(/title=unknown-reference::.*::error file=x::y%0D%0Az/);
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\r');
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) file=/);
  });
});
