import { describe, expect, it } from 'vitest';
import { markdown, REVIEW_MARKER } from '../../server/src/cli/review-formatters/markdown';
import type { ReviewFinding, ReviewReport } from '../../server/src/engine/review/types';
import { caseYaml, compare, DOCS, snapshot } from './snapshot';
import { md, wellFormed } from './well-formed';

const en = { locale: 'en', color: false, failOn: 'new' } as const;
const sv = { locale: 'sv', color: false, failOn: 'new' } as const;

function finding(file: string, id: string | undefined, line: number, extra: Partial<ReviewFinding> = {}): ReviewFinding {
  return {
    rule: 'missing-stakeholder',
    severity: 'error',
    message: 'Add a stakeholder with role `legal`.',
    offset: line * 10,
    endOffset: line * 10 + 4,
    line,
    column: 3,
    endLine: line,
    endColumn: 7,
    file,
    ...(id !== undefined ? { id } : {}),
    fingerprint: `${file}:${line}`,
    ...extra,
  };
}

function report(over: Partial<ReviewReport> = {}): ReviewReport {
  return {
    base: 'b'.repeat(40),
    head: null,
    cases: { added: [], removed: [], changed: [] },
    phaseMoves: [],
    findings: { new: [], fixed: [], unchanged: 0 },
    settingsChanged: [],
    errors: 0,
    warnings: 0,
    newErrors: 0,
    fixedErrors: 0,
    tool: { name: 'casefile', version: '0.1.0' },
    rules: [],
    docs: DOCS,
    ...over,
  };
}

describe('review markdown format', () => {
  const base = snapshot({ 'cases/a.case.yaml': caseYaml({ extra: 'agreements:\n  - type: nda\n    status: draft' }), 'cases/gone.case.yaml': caseYaml({ id: 'GONE' }) });
  const head = snapshot(
    { 'cases/a.case.yaml': caseYaml({ phase: 'planning', extra: 'tags: [x]\nagreements:\n  - type: testbed\n    status: draft' }), 'cases/new.case.yaml': caseYaml({ id: 'NEW' }) },
    null,
  );

  it('starts with the marker, a heading, the verdict and the tally', () => {
    const lines = markdown(compare(base, head), en).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      REVIEW_MARKER,
      '### Casefile review',
      '',
      '❌ 1 new error',
      '',
      '1 case changed · 1 added · 1 removed · 1 phase move · 1 new finding · 1 fixed · 1 unchanged finding',
    ]);
    wellFormed(lines.join('\n'));
  });

  it('states the verdict for each --fail-on', () => {
    const verdict = (r: Partial<ReviewReport>, failOn: 'new' | 'any' | 'none', locale: 'en' | 'sv' = 'en') => markdown(report(r), { locale, color: false, failOn }).split('\n')[3];
    expect(verdict({ errors: 3, newErrors: 0 }, 'new')).toBe('✅ No new errors');
    expect(verdict({ errors: 3, newErrors: 2 }, 'new')).toBe('❌ 2 new errors');
    expect(verdict({ errors: 3, newErrors: 1 }, 'any')).toBe('❌ 3 errors (1 new)');
    expect(verdict({ errors: 0 }, 'any')).toBe('✅ No errors');
    expect(verdict({ errors: 2, newErrors: 2 }, 'none')).toBe('⚠️ 2 new errors');
    expect(verdict({ errors: 3, newErrors: 0 }, 'new', 'sv')).toBe('✅ Inga nya fel');
    expect(verdict({ errors: 3, newErrors: 2 }, 'new', 'sv')).toBe('❌ 2 nya fel');
    expect(verdict({ errors: 3, newErrors: 1 }, 'any', 'sv')).toBe('❌ 3 fel (1 nytt)');
  });

  it('says when the change edits the policy or the directory, which explains findings in untouched cases', () => {
    const out = markdown(report({ settingsChanged: ['casefile.yaml', 'directory.yaml'] }), en);
    expect(out).toContain(
      '⚙️ This change edits the settings every case is judged by, so findings may come or go because of them: <code>casefile.yaml</code>, <code>directory.yaml</code>',
    );
    expect(markdown(report({ settingsChanged: ['casefile.yaml'] }), sv)).toContain('⚙️ Ändringen rör inställningarna');
    expect(markdown(report(), en)).not.toContain('⚙️');
    wellFormed(out);
  });

  it('shows phase moves with phase labels, the gate and the days', () => {
    const out = markdown(compare(base, head), en);
    expect(out).toContain(
      '| <code>VGR-2026-001</code> Digital egenvård vid artros (<code>cases/a.case.yaml</code>) | Needs and landscape analysis → Planning and choice of path | ❌ <code>need.statement</code><br>❌ <code>need.verified</code> | 83 |',
    );
    const svOut = markdown(compare(base, head, 'sv'), sv);
    expect(svOut).toContain('| Behovs- och omvärldsanalys → Planering och vägval | ❌ <code>need.statement</code><br>❌ <code>need.verified</code> | 83 |');
    const holds = markdown(report({ phaseMoves: [{ id: 'X', file: 'x.case.yaml', from: 'result', to: 'closed', gate: [{ field: 'outcome.result', holds: true }] }] }), en);
    expect(holds).toContain('| <code>X</code> (<code>x.case.yaml</code>) | Result → Closed | ✅ <code>outcome.result</code> | — |');
  });

  it('lists added and removed cases, new findings open and fixed ones collapsed, and each changed case in words', () => {
    const out = markdown(compare(base, head), en);
    const sections = out.split('\n').filter((l) => l.startsWith('#### '));
    expect(sections).toEqual(['#### Phase moves', '#### Added cases', '#### Removed cases', '#### New findings', '#### Fixed findings', '#### Changes per case']);
    expect(out).toContain('- <code>NEW</code> Digital egenvård vid artros — Needs and landscape analysis (<code>cases/new.case.yaml</code>)');
    expect(out).toContain('<details open>\n<summary><code>cases/a.case.yaml (VGR-2026-001)</code>: 1 error</summary>');
    expect(out).toContain('<details>\n<summary><code>cases/a.case.yaml (VGR-2026-001)</code>: 1 warning</summary>');
    expect(out).toContain('[phase-gate](https://example.com/rules/phase-gate.md)');
    expect(out).toContain(
      [
        '- <code>VGR-2026-001</code> Digital egenvård vid artros (<code>cases/a.case.yaml</code>)',
        '  - phase moved from <code>needs</code> to <code>planning</code>',
        '  - agreement <code>testbed</code> added (<code>draft</code>)',
        '  - agreement <code>nda</code> removed',
        '  - tag added: <code>x</code>',
      ].join('\n'),
    );
    const tokens = wellFormed(out);
    expect(tokens.filter((t) => t.type === 'bullet_list_open').length).toBeGreaterThanOrEqual(3);
  });

  it('speaks Swedish', () => {
    const out = markdown(compare(base, head, 'sv'), sv);
    expect(out.split('\n').slice(1, 6)).toEqual([
      '### Casefile-granskning',
      '',
      '❌ 1 nytt fel',
      '',
      '1 ärende ändrat · 1 tillagt · 1 borttaget · 1 fasbyte · 1 nytt fynd · 1 åtgärdat · 1 oförändrat fynd',
    ]);
    for (const s of ['#### Fasbyten', '#### Nya ärenden', '#### Borttagna ärenden', '#### Nya fynd', '#### Åtgärdade fynd', '#### Ändringar per ärende'])
      expect(out).toContain(`\n${s}\n`);
    expect(out).toContain('  - avtal <code>testbed</code> tillagt (<code>draft</code>)');
    expect(out).toContain('| Rad | Allvarlighet | Regel | Meddelande |');
  });

  it('says only the verdict and tally when nothing changed', () => {
    expect(markdown(report(), en)).toBe(
      `${REVIEW_MARKER}\n### Casefile review\n\n✅ No new errors\n\n0 cases changed · 0 added · 0 removed · 0 phase moves · 0 new findings · 0 fixed · 0 unchanged findings\n`,
    );
  });

  it('keeps file names and values literal: no HTML, no cell break, no mention, no link, no workflow command', () => {
    const nasty = '<script>alert(1)</script> | `x` @user http://x www.x.se ::error file=a::b [l](http://y) **b**';
    const file = `cases/${nasty.replace(/\//g, '_')}.case.yaml`;
    const out = markdown(
      report({
        cases: {
          added: [{ id: 'A|B', title: nasty, phase: 'needs', file }],
          removed: [{ title: nasty, file }],
          changed: [{ id: '@user', title: nasty, file, changes: ['title'], said: [['title changed from ', { value: nasty }, ' to ', { value: `line\n::error::x` }]] }],
        },
        phaseMoves: [{ id: '`x`', title: nasty, file, from: nasty, to: 'planning', gate: [{ field: 'need.verified', holds: false }] }],
        findings: { new: [finding(file, '<b>', 1, { message: `Value \`${nasty}\` ${nasty}` })], fixed: [finding(file, undefined, 2, { message: nasty })], unchanged: 0 },
        errors: 1,
        newErrors: 1,
      }),
      en,
    );
    wellFormed(out);
    const html = md.render(out);
    expect(html).not.toMatch(/<script|<b>|<strong>/);
    // The only links are the rules' documentation.
    for (const href of html.match(/<a href="[^"]*"/g) ?? []) expect(href).toBe(`<a href="${DOCS('missing-stakeholder')}"`);
    // No line of the raw comment starts a workflow command, and every @ is broken or a reference.
    for (const line of out.split('\n')) expect(line).not.toMatch(/^\s*::/);
    expect(out.replace(/<code>.*?<\/code>/g, '')).not.toMatch(/@(?!&#8203;)/);
    expect(html.replace(/<code>.*?<\/code>/g, '')).not.toMatch(/@user/);
  });

  it('stays under the bound with 2,000 changed cases, shrinking whole blocks with a note', () => {
    const n = 2000;
    const file = (i: number) => `cases/2026/vgr-2026-${String(i).padStart(4, '0')}.case.yaml`;
    const id = (i: number) => `VGR-2026-${String(i).padStart(4, '0')}`;
    const big = report({
      cases: {
        added: [],
        removed: [],
        changed: Array.from({ length: n }, (_, i) => ({
          id: id(i),
          title: `Ärende ${i}`,
          file: file(i),
          changes: ['agreements[0].status', 'phase'],
          said: [
            ['agreement ', { value: 'assignment' }, ' signed ', { value: '2026-05-02' }],
            ['phase moved from ', { value: 'planning' }, ' to ', { value: 'execution' }],
          ],
        })),
      },
      phaseMoves: Array.from({ length: n }, (_, i) => ({
        id: id(i),
        file: file(i),
        from: 'planning',
        to: 'execution',
        gate: [{ field: 'evaluation.benefit', holds: i % 2 === 0 }],
        days: i,
      })),
      findings: {
        new: Array.from({ length: n * 2 }, (_, i) => finding(file(i >> 1), id(i >> 1), i)),
        fixed: Array.from({ length: n }, (_, i) => finding(file(i), id(i), i)),
        unchanged: 12,
      },
      errors: 2 * n,
      newErrors: 2 * n,
    });
    for (const options of [en, sv]) {
      const out = markdown(big, options);
      expect(out.startsWith(`${REVIEW_MARKER}\n`)).toBe(true);
      // Each section shows whole blocks from its start and counts the rest in its note: together, all of them.
      const count = (k: number) => k.toLocaleString(options.locale === 'sv' ? 'sv-SE' : 'en-US');
      const noted = (re: RegExp) => Number((out.match(re)?.[1] ?? '0').replace(/[^0-9]/g, ''));
      const shownNew = (out.match(/<details open>/g) ?? []).length;
      const shownFixed = (out.match(/<details>/g) ?? []).length;
      const shownChanged = (out.match(/^- <code>VGR/gm) ?? []).length;
      expect(shownNew).toBeGreaterThan(0);
      if (options.locale === 'en') {
        expect(shownNew + noted(/… ([\d,]+) more cases with new findings; run `casefile review` locally for all\./)).toBe(n);
        expect(shownFixed + noted(/… ([\d,]+) (?:more )?cases with fixed findings; run/)).toBe(n);
        expect(shownChanged + noted(/… ([\d,]+) (?:more )?cases changed; run/)).toBe(n);
        expect(out).toContain(`#### Phase moves\n\n… ${count(n)} phase moves; run`);
      } else {
        expect(shownNew + noted(/… ([\d\u00a0 ]+) ärenden till med nya fynd; kör `casefile review` lokalt för att se alla\./)).toBe(n);
        expect(shownChanged + noted(/… ([\d\u00a0 ]+) ändrade ärenden(?: till)?; kör/)).toBe(n);
        expect(out).toContain(`#### Fasbyten\n\n… ${count(n)} fasbyten; kör`);
      }
    }
  });
});
