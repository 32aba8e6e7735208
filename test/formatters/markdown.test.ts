import { describe, expect, it } from 'vitest';
import { markdown } from '../../server/src/cli/formatters/markdown';
import { buildReport, CLEAN, emptyReport, finding, fixtureReport, MIXED, snapshot, SUPPRESSED } from './fixture';

const en = { color: true, locale: 'en' } as const;
const sv = { color: false, locale: 'sv' } as const;

/** Cells of a table row, split on pipes that are not backslash-escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1);

describe('markdown formatter', () => {
  it('starts with a heading, a verdict and the count table', () => {
    const lines = markdown(fixtureReport(), en).split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '### Casefile',
      '',
      '❌ 1 error, 1 warning',
      '',
      '| Errors | Warnings | Infos | Suppressed | Files checked |',
      '| ---: | ---: | ---: | ---: | ---: |',
      '| 1 | 1 | 1 | 1 | 3 |',
    ]);
  });

  it('gives each file with findings a details block, open when it has errors', () => {
    const out = markdown(fixtureReport(), en);
    expect(out).toContain(`<details open>\n<summary><code>${MIXED}</code>: 1 error, 1 warning, 1 info</summary>`);
    expect(out).not.toContain(CLEAN);
    expect(out).not.toContain(SUPPRESSED);
    expect(out).not.toContain('NDA');
    const warningsOnly = buildReport([{ file: 'a & <b>.case.yaml', findings: [finding('x', 'warning', 'W.', 1, 1)] }]);
    expect(markdown(warningsOnly, en)).toContain('<details>\n<summary><code>a &amp; &lt;b&gt;.case.yaml</code>: 1 warning</summary>');
  });

  it('links rules and keeps every table row intact whatever the message holds', () => {
    const out = markdown(fixtureReport(), en);
    const rows = out.split('\n').filter((l) => l.startsWith('|'));
    for (const row of rows) expect(cells(row).length === 4 || cells(row).length === 5).toBe(true);
    const findingRows = rows.slice(3 + 2);
    expect(findingRows).toHaveLength(3);
    for (const row of findingRows) expect(cells(row)).toHaveLength(4);
    expect(findingRows[0]).toBe(
      '| 3:5 | error | [schema](https://github.com/casefile/casefile/blob/main/docs/rules/schema.md) | ' +
        'Value <code>a&#124;b</code> is 100% \\<wrong\\> \\& "odd", see: x<br>second line\\\\u{1} end. |',
    );
    expect(out).not.toContain('\r');
    expect(out).not.toContain('\u0001');
  });

  it('shows quoted values as code, and lets no @mention or e-mail link through', () => {
    const row = (message: string) =>
      markdown(buildReport([{ file: 'a.case.yaml', findings: [finding('x', 'error', message, 1, 1)] }]), en)
        .split('\n')
        .at(-4)!;
    const message = (m: string) => cells(row(m))[3];
    expect(message('Unit `@github/security team` is not in directory.yaml; ask @github/security or evil@example.com.')).toBe(
      ' Unit <code>&#64;github/security team</code> is not in directory.yaml; ask @&#8203;github/security or evil@&#8203;example.com. ',
    );
    // Inside code every character Markdown, a table or an autolink could act on is a reference.
    expect(message('`a|b *c* _d_ [e](f) <g> & "h" \\ ~i~ www.j.se http://k`')).toBe(
      ' <code>a&#124;b &#42;c&#42; &#95;d&#95; &#91;e&#93;(f) &lt;g&gt; &amp; &quot;h&quot; &#92; &#126;i&#126; www&#46;j.se http&#58;//k</code> ',
    );
    // Backticks pair from the left; an odd one out is escaped, as before.
    expect(message('`a` and ` alone')).toBe(' <code>a</code> and \\` alone ');
    expect(message('one ` b `c` d')).toBe(' one <code> b </code>c\\` d ');
    expect(message('``')).toBe(' <code></code> ');
    expect(message('`line\nbreak`\u0001')).toBe(' <code>line<br>break</code>\\\\u{1} ');
  });

  it('states the verdict', () => {
    const only = (...sevs: ('error' | 'warning' | 'info')[]) => buildReport([{ file: 'a.case.yaml', findings: sevs.map((s, i) => finding('x', s, 'M.', i + 1, 1)) }]);
    expect(markdown(emptyReport(), en)).toContain('\n✅ No problems\n');
    expect(markdown(only('info'), en)).toContain('\n✅ No errors or warnings (1 info)\n');
    expect(markdown(only('warning', 'warning'), en)).toContain('\n⚠️ 2 warnings, no errors\n');
    expect(markdown(only('error', 'error', 'info'), en)).toContain('\n❌ 2 errors\n');
    expect(markdown(buildReport(only('warning').files, { maxWarnings: 0 }), en)).toContain('\n❌ 1 warning. Too many warnings (maximum: 0).\n');
  });

  it('speaks Swedish', () => {
    const out = markdown(fixtureReport(), sv);
    expect(out).toContain('❌ 1 fel, 1 varning');
    expect(out).toContain('| Fel | Varningar | Info | Undertryckta | Kontrollerade filer |');
    expect(out).toContain('| Rad | Allvarlighet | Regel | Meddelande |');
    expect(out).toContain('| 12:1 | varning |');
    expect(markdown(emptyReport(), sv)).toContain('✅ Inga problem');
  });

  it('handles an empty report', () => {
    expect(markdown(emptyReport(), en)).toBe(
      '### Casefile\n\n✅ No problems\n\n| Errors | Warnings | Infos | Suppressed | Files checked |\n| ---: | ---: | ---: | ---: | ---: |\n| 0 | 0 | 0 | 0 | 0 |\n',
    );
  });

  it('does not mutate the report', () => {
    const report = fixtureReport();
    const before = snapshot(report);
    markdown(report, sv);
    expect(snapshot(report)).toBe(before);
  });
});
