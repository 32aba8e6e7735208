import { describe, expect, it } from 'vitest';
import { gitlab, gitlabIssues } from '../../server/src/cli/formatters/gitlab';
import { json } from '../../server/src/cli/formatters/json';
import { sarif } from '../../server/src/cli/formatters/sarif';
import { fingerprinted, type FileReport } from '../../server/src/cli/report';
import { checkRepo, type CaseInput } from '../helpers';
import { buildReport, emptyReport, finding, fixtureReport, MIXED, NASTY, snapshot } from './fixture';
import { gitlabProblems } from './safety';

const opts = { color: true, locale: 'sv' } as const;

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const issues = (out: string) => JSON.parse(out) as Issue[];

/** The case under test as the CLI reports it: its file, its id, all its findings. */
function caseReport(input: CaseInput): FileReport {
  const r = checkRepo(input).find((x) => x.file === 'cases/a.case.yaml')!;
  return { file: r.file, id: r.summary?.id, findings: r.findings };
}

// Two list items that break the schema alike: same rule, same message, different YAML paths.
const CASE = `
  version: 1
  id: VGR-2026-901
  title: Test
  kind: test-activity
  origin: need
  phase: needs
  opened: 2026-11-01
  summary: Patient 19121212-1212 ringde.
  requester:
    organisation: X AB
    type: company
  directed_at:
    - unit: VGR/SU/Akuten
      asks: [bogus]
    - unit: VGR/SU/Akuten
      asks: [bogus]
`;

// The same case with lines inserted above every finding and the summary grown to three lines.
const SHIFTED = CASE.replace('  version: 1\n', '  # A comment\n  # and another\n  version: 1\n').replace(
  '  summary: Patient 19121212-1212 ringde.',
  '  summary: >-\n    Patient 19121212-1212 ringde\n    i går.',
);

describe('gitlab formatter', () => {
  it("prints GitLab's Code Quality issues, fields in GitLab's order, suppressed findings left out", () => {
    const out = gitlab(fixtureReport(), opts);
    const parsed = issues(out);
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toEqual({
      description: NASTY,
      check_name: 'schema',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: 'major',
      location: { path: MIXED, lines: { begin: 3 } },
    });
    for (const issue of parsed) expect(Object.keys(issue)).toEqual(['description', 'check_name', 'fingerprint', 'severity', 'location']);
    expect(parsed.map((i) => `${i.check_name} ${i.severity} ${i.location.lines.begin}`)).toEqual(['schema major 3', 'missing-stakeholder minor 12', 'stale-case info 120']);
    expect(gitlabProblems(out, fixtureReport())).toEqual([]);
    expect(out).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(gitlab(fixtureReport(), { color: false, locale: 'en' })).toBe(out);
  });

  it('is an empty array for an empty report', () => {
    expect(gitlab(emptyReport(), opts)).toBe('[]\n');
  });

  it('maps severities: error major, warning minor, info info; a personal identity number at error is critical', () => {
    const report = buildReport([
      {
        file: 'a.case.yaml',
        findings: [
          finding('personal-identity-number', 'error', 'Identity number.', 1, 1),
          finding('personal-identity-number', 'warning', 'Identity number.', 2, 1),
          finding('yaml-syntax', 'error', 'Bad YAML.', 3, 1),
          finding('schema', 'warning', 'Odd.', 4, 1),
          finding('stale-case', 'info', 'Old.', 5, 1),
        ],
      },
    ]);
    expect(issues(gitlab(report, opts)).map((i) => i.severity)).toEqual(['critical', 'minor', 'major', 'minor', 'info']);
  });

  it('escapes what a terminal would act on and reads back the same text', () => {
    const message = 'Value `a\u202eb` and \u009b2J\u0000 here.';
    const file = 'cases/evil\u2066.case.yaml';
    const out = gitlab(buildReport([{ file, findings: [finding('schema', 'error', message, 1, 1)] }]), opts);
    expect(out).not.toMatch(/[\u0000\u009b\u202e\u2066]/);
    expect(out).toContain('\\u202e');
    expect(issues(out)[0]).toMatchObject({ description: message, location: { path: file } });
  });

  it('gitlabIssues: the same report from findings that carry their file and fingerprint', () => {
    const report = fixtureReport();
    const findings = report.files.flatMap((file) => fingerprinted(file).map(({ finding: f, fingerprint }) => ({ ...f, file: file.file, fingerprint })));
    expect(findings.some((f) => f.suppressed)).toBe(true);
    expect(gitlabIssues(findings)).toBe(gitlab(report, opts));
    expect(gitlabIssues([])).toBe('[]\n');
  });

  it('does not mutate the report', () => {
    const report = fixtureReport();
    const before = snapshot(report);
    gitlab(report, opts);
    expect(snapshot(report)).toBe(before);
  });
});

describe('fingerprints on what the engine finds', () => {
  const before = caseReport({ yaml: CASE, today: '2026-11-23' });
  const after = caseReport({ yaml: SHIFTED, today: '2026-11-23' });
  const report = (file: FileReport) => buildReport([file]);

  it('finds what the test is about: two alike schema findings on list items, and an identity number', () => {
    expect(before.id).toBe('VGR-2026-901');
    const asks = before.findings.filter((f) => f.rule === 'schema' && f.yamlPath?.startsWith('directed_at'));
    expect(asks.map((f) => f.yamlPath)).toEqual(['directed_at[0].asks[0]', 'directed_at[1].asks[0]']);
    expect(asks[0]!.message).toBe(asks[1]!.message);
    expect(before.findings.some((f) => f.rule === 'personal-identity-number')).toBe(true);
  });

  it('keeps every fingerprint when lines are inserted above the findings', () => {
    const b = issues(gitlab(report(before), opts));
    const a = issues(gitlab(report(after), opts));
    expect(a.map((i) => i.check_name)).toEqual(b.map((i) => i.check_name));
    // Every finding moved down…
    for (const [i, issue] of a.entries()) expect(issue.location.lines.begin).toBeGreaterThan(b[i]!.location.lines.begin);
    // …and is the same finding.
    expect(a.map((i) => i.fingerprint)).toEqual(b.map((i) => i.fingerprint));
  });

  it('tells apart two findings of one rule with the same message at different paths', () => {
    const schema = issues(gitlab(report(before), opts)).filter((i) => i.check_name === 'schema' && i.description.includes('bogus'));
    expect(schema).toHaveLength(2);
    expect(schema[0]!.description).toBe(schema[1]!.description);
    expect(schema[0]!.fingerprint).not.toBe(schema[1]!.fingerprint);
    const all = issues(gitlab(report(before), opts)).map((i) => i.fingerprint);
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives a finding one fingerprint in JSON, SARIF and GitLab', () => {
    const r = report(before);
    const fromJson = (JSON.parse(json(r, opts)).findings as { fingerprint: string }[]).map((f) => f.fingerprint);
    const fromSarif = (JSON.parse(sarif(r, opts)).runs[0].results as { partialFingerprints: Record<string, string> }[]).map((x) => x.partialFingerprints['casefile/v2']);
    const fromGitlab = issues(gitlab(r, opts)).map((i) => i.fingerprint);
    expect(fromJson.length).toBeGreaterThanOrEqual(4);
    expect(fromSarif).toEqual(fromJson);
    expect(fromGitlab).toEqual(fromJson);
  });

  it('names the case by its id: the same findings in a moved file keep their fingerprints', () => {
    const moved = { ...before, file: 'cases/2026/elsewhere.case.yaml' };
    expect(issues(gitlab(report(moved), opts)).map((i) => i.fingerprint)).toEqual(issues(gitlab(report(before), opts)).map((i) => i.fingerprint));
    const withoutId = { ...before, id: undefined };
    expect(issues(gitlab(report(withoutId), opts))[0]!.fingerprint).not.toBe(issues(gitlab(report(before), opts))[0]!.fingerprint);
  });
});
