import { describe, expect, it } from 'vitest';
import { stylish } from '../../server/src/cli/formatters/stylish';
import { buildReport, CLEAN, emptyReport, finding, fixtureReport, MIXED, snapshot, SUPPRESSED } from './fixture';

const plain = { color: false, locale: 'en' } as const;
const ESC = /\u001b\[[0-9;]*m/g;

describe('stylish formatter', () => {
  it('groups findings by file in aligned columns, then the summary', () => {
    expect(stylish(fixtureReport(), plain)).toBe(
      [
        '',
        MIXED,
        // Line breaks and controls in messages are shown as escapes, on the finding's one line.
        '    3:5  error    Value `a|b` is 100% <wrong> & "odd", see: x\\r\\nsecond line\\u{1} end.  schema',
        '   12:1  warning  Add a stakeholder with role `legal`.                                  missing-stakeholder',
        '  120:8  info     The case has not changed since 2025-01-02.                            stale-case',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info, 1 suppressed)',
        '',
      ].join('\n'),
    );
  });

  it('leaves out clean files and suppressed findings', () => {
    const out = stylish(fixtureReport(), plain);
    expect(out).not.toContain(CLEAN);
    expect(out).not.toContain(SUPPRESSED);
    expect(out).not.toContain('NDA');
  });

  it('puts a blank line between files', () => {
    const report = buildReport([
      { file: 'a.case.yaml', findings: [finding('schema', 'error', 'Bad.', 1, 1)] },
      { file: 'b.case.yaml', findings: [finding('schema', 'warning', 'Odd.', 10, 12)] },
    ]);
    expect(stylish(report, plain)).toBe('\na.case.yaml\n  1:1  error  Bad.  schema\n\nb.case.yaml\n  10:12  warning  Odd.  schema\n\n✖ 2 problems (1 error, 1 warning, 0 infos)\n');
  });

  it('gets singular and plural right', () => {
    const report = buildReport([{ file: 'a.case.yaml', findings: [finding('schema', 'error', 'Bad.', 1, 1)] }]);
    expect(stylish(report, plain)).toContain('✖ 1 problem (1 error, 0 warnings, 0 infos)\n');
  });

  it('speaks Swedish', () => {
    const report = buildReport([
      {
        file: 'a.case.yaml',
        findings: [finding('schema', 'error', 'Fel.', 1, 1), finding('x', 'warning', 'W.', 2, 1), finding('x', 'warning', 'W.', 3, 1)],
      },
    ]);
    const out = stylish(report, { color: false, locale: 'sv' });
    expect(out).toContain('  1:1  fel      Fel.  schema');
    expect(out).toContain('  2:1  varning  W.    x');
    expect(out).toContain('✖ 3 problem (1 fel, 2 varningar, 0 info)\n');
    expect(stylish(fixtureReport(), { color: false, locale: 'sv' })).toContain('(1 fel, 1 varning, 1 info, 1 undertryckt)');
  });

  it('prints nothing when there are no problems, even with suppressed findings', () => {
    const files = fixtureReport().files.filter((f) => f.file !== MIXED);
    expect(stylish(buildReport(files), plain)).toBe('');
    expect(stylish(emptyReport(), plain)).toBe('');
    expect(stylish(emptyReport(), { color: true, locale: 'sv' })).toBe('');
  });

  it('says so when warnings exceed --max-warnings', () => {
    expect(stylish(fixtureReport({ maxWarnings: 0 }), plain)).toMatch(/\n\nCasefile found too many warnings \(maximum: 0\)\.\n$/);
    expect(stylish(fixtureReport({ maxWarnings: 0 }), { color: false, locale: 'sv' })).toContain('Casefile hittade för många varningar (högst: 0).');
    expect(stylish(fixtureReport({ maxWarnings: 1 }), plain)).not.toContain('too many');
  });

  it('colours only when asked, with the same text underneath', () => {
    const coloured = stylish(fixtureReport(), { color: true, locale: 'en' });
    expect(coloured).toMatch(ESC);
    expect(coloured).toContain('\u001b[31merror');
    expect(coloured).toContain('\u001b[33mwarning');
    expect(coloured).toContain(`\u001b[4m${MIXED}`);
    expect(coloured.replace(ESC, '')).toBe(stylish(fixtureReport(), plain));
    expect(stylish(fixtureReport({ maxWarnings: 0 }), plain)).not.toContain('\u001b');
  });

  it('keeps escape sequences in messages away from the terminal', () => {
    const report = buildReport([{ file: 'a.case.yaml', findings: [finding('schema', 'error', 'Red \u001b[31mtext\u001b[0m.', 1, 1)] }]);
    expect(stylish(report, plain)).not.toContain('\u001b');
  });

  it('uses yellow for a summary with only warnings', () => {
    const report = buildReport([{ file: 'a.case.yaml', findings: [finding('x', 'warning', 'W.', 1, 1)] }]);
    expect(stylish(report, { color: true, locale: 'en' })).toMatch(/\u001b\[33m✖ 1 problem/);
  });

  it('does not mutate the report', () => {
    const report = fixtureReport({ maxWarnings: 0 });
    const before = snapshot(report);
    stylish(report, { color: true, locale: 'sv' });
    expect(snapshot(report)).toBe(before);
  });
});
