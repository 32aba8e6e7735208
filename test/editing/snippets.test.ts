// The snippets in snippets/*.json: their grammar expands as VS Code would, and every skeleton and
// agreement, expanded, is a schema-valid case (or list item) with few findings.
import { describe, expect, it } from 'vitest';
import { checkText, defaultPolicy, enumOf } from '../../server/src/engine';
import { AGREEMENT_SNIPPETS, CASE_SNIPPETS, agreementSnippet, bodyText, caseSnippet, expandSnippet, type Snippet } from '../../server/src/engine/editing/snippets';
import { isPlaceholder } from '../../server/src/engine/placeholders';

const TODAY = '2026-11-23';
const options = { policy: defaultPolicy(), today: TODAY, locale: 'en' as const };

/** Every choice at its last option instead of its first (the other end of each choice). */
function lastChoices(body: string): string {
  return body.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, list: string) => `\${${n}|${list.split(',').reverse().join(',')}|}`);
}

const broken = (text: string) => checkText('cases/s.case.yaml', text, 'case', options).findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax');

describe('expandSnippet', () => {
  it('fills tabstops with defaults, choices with their first option and mirrors with the default given elsewhere', () => {
    expect(expandSnippet('a: ${1:x}\nb: $1\nc: ${2|p,q|}\nd: $3$0', {})).toBe('a: x\nb: x\nc: p\nd: ');
  });

  it('uses given values and the VS Code date variables from today, also inside defaults', () => {
    const body = 'id: ${1:ID}\nopened: ${4:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}\nuntil: ${5:${CURRENT_YEAR}-12-31}\nshort: $CURRENT_YEAR_SHORT';
    expect(expandSnippet(body, { today: '2027-03-09', placeholders: { 1: 'VGR-2027-001' } })).toBe('id: VGR-2027-001\nopened: 2027-03-09\nuntil: 2027-12-31\nshort: 27');
  });

  it('keeps escaped characters and unknown variables by name', () => {
    expect(expandSnippet('cost: \\$5 \\} ${1:a\\}b} $NO_SUCH_VAR ${OTHER:fallback}', {})).toBe('cost: $5 } a}b NO_SUCH_VAR fallback');
  });

  it('takes an array body as lines', () => {
    expect(expandSnippet(['- type: ${1:x}', '  status: draft'])).toBe('- type: x\n  status: draft');
  });
});

const prefixes = (s: Snippet) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

describe('snippets/agreements.json', () => {
  const types = enumOf('agreementType');

  it('has one snippet per agreement type, with English and Swedish prefixes and description', () => {
    expect(types).toHaveLength(8);
    expect(Object.keys(AGREEMENT_SNIPPETS)).toHaveLength(types.length);
    for (const type of types) {
      const s = agreementSnippet(type);
      expect(s, type).toBeDefined();
      expect(bodyText(s!).split('\n')[0]).toBe(`- type: ${type}`);
      expect(prefixes(s!)).toHaveLength(2);
      expect(prefixes(s!)[0]).toBe(`agreement-${type}`);
      expect(prefixes(s!)[1]).toMatch(/^avtal-/);
      expect(s!.description).toMatch(/^[^—]+ — [^—]+$/);
    }
  });

  it('warns about the NDA under OSL and points to confidentiality', () => {
    const s = agreementSnippet('nda')!;
    expect(s.description).toMatch(/OSL.*confidentiality/);
    expect(bodyText(s)).toMatch(/# .*OSL.*`confidentiality`/);
  });

  it('asks for actual costs in an assignment and a financing split summing to 100 in a research collaboration', () => {
    expect(bodyText(agreementSnippet('assignment')!)).toContain('billing: actual-costs');
    const research = checkText('cases/s.case.yaml', caseWith(expandSnippet(bodyText(agreementSnippet('research-collaboration')!), { today: TODAY })), 'case', options);
    expect(research.findings.filter((f) => f.rule === 'unshared-financing')).toEqual([]);
  });

  for (const [name, snippet] of Object.entries(AGREEMENT_SNIPPETS)) {
    it(`${name}, expanded at both ends of its choices and with sample values, is a valid agreement`, () => {
      for (const body of [bodyText(snippet), lastChoices(bodyText(snippet))]) {
        expect(broken(caseWith(expandSnippet(body, { today: TODAY })))).toEqual([]);
        const sample = expandSnippet(body, { today: TODAY, placeholders: { 2: 'Region Skåne', 3: 'Andas Lätt AB', 4: 'RS 2026/113' } });
        expect(broken(caseWith(sample))).toEqual([]);
      }
    });
  }
});

/** A minimal case that lists the agreement item under `agreements:`. */
function caseWith(item: string): string {
  return [
    'id: S-1',
    'title: t',
    'kind: dialogue',
    'phase: needs',
    'opened: 2026-10-01',
    'requester: { organisation: X AB, type: company }',
    'agreements:',
    ...item.split('\n').map((l) => (l.trim() === '' ? l : `  ${l}`)),
    '',
  ].join('\n');
}

describe('snippets/cases.json', () => {
  const kinds = enumOf('kind');

  it('has one skeleton per kind, with English and Swedish prefixes and description', () => {
    expect(kinds).toHaveLength(8);
    expect(Object.keys(CASE_SNIPPETS)).toHaveLength(kinds.length);
    for (const kind of kinds) {
      const s = caseSnippet(kind);
      expect(s, kind).toBeDefined();
      expect(prefixes(s!)[0]).toBe(`case-${kind}`);
      expect(prefixes(s!)[1]).toMatch(/^ärende-/);
      expect(s!.description).toMatch(/^[^—]+ — [^—]+$/);
      expect(bodyText(s!)).toMatch(/^id: \$\{1:ID\}$/m);
      expect(bodyText(s!)).toMatch(/^title: \$\{2:TITLE\}$/m);
      expect(bodyText(s!)).toMatch(/^phase: needs$/m);
    }
  });

  for (const kind of enumOf('kind')) {
    it(`the ${kind} skeleton, expanded, passes the schema and has only the findings a new case should have`, () => {
      const body = bodyText(caseSnippet(kind)!);
      for (const variant of [body, lastChoices(body)]) {
        const text = expandSnippet(variant, { today: TODAY, placeholders: { 1: 'VGR-2026-100', 2: 'Ett nytt ärende', 15: 'SU/Ortopedi' } });
        const findings = checkText('cases/s.case.yaml', text, 'case', options).findings;
        expect(findings.filter((f) => f.rule === 'schema' || f.rule === 'yaml-syntax')).toEqual([]);
        if (variant === body) {
          // Defaults: the request awaiting its manager's decision, which is the truth of a new case, and the
          // placeholders still to fill in (info in needs).
          expect(findings.filter((f) => f.rule === 'placeholder').every((f) => f.severity === 'info')).toBe(true);
          expect(findings.some((f) => f.rule === 'placeholder')).toBe(true);
          expect(findings.map((f) => `${f.rule}:${String(f.data?.verdict ?? '')}`).filter((r) => r !== 'unanchored-request:pending' && r !== 'placeholder:')).toEqual([]);
        }
      }
    });
  }
});

describe('skeletons and the research rules', () => {
  const expand = (kind: string) => expandSnippet(bodyText(caseSnippet(kind)!), { today: TODAY, placeholders: { 1: 'VGR-2026-100', 2: 'Ett nytt ärende', 15: 'SU/Ortopedi' } });
  const findings = (text: string) => checkText('cases/s.case.yaml', text, 'case', options).findings;

  it('the need announcement asks where it is published, and says the dates come once it is out (no invented date)', () => {
    const text = expand('need-announcement');
    expect(text).toContain('\nannouncement:\n  channel: CHANNEL\n  # Once it is out / när den är ute: published, closes (YYYY-MM-DD).\n');
    // In schema order: after need, before stakeholders.
    expect(text.indexOf('\nannouncement:')).toBeGreaterThan(text.indexOf('\nneed:'));
    expect(text.indexOf('\nannouncement:')).toBeLessThan(text.indexOf('\nstakeholders:'));
    // In needs nothing asks for the dates; planned, need-announcement-open asks for the publication date.
    expect(findings(text).filter((f) => f.rule === 'need-announcement-open' || f.rule === 'schema')).toEqual([]);
    const planned = findings(text.replace('phase: needs', 'phase: planning'));
    expect(planned.filter((f) => f.rule === 'need-announcement-open').map((f) => f.data)).toEqual([{ missing: ['published'] }]);
    expect(planned.filter((f) => f.rule === 'schema')).toEqual([]);
    expect(planned.filter((f) => f.rule === 'placeholder').map((f) => f.data?.text)).toContain('CHANNEL');
  });

  it('the test activity asks the unit for patients, and says how they consent right after the anchoring', () => {
    const text = expand('test-activity');
    expect(text).toContain('\n    asks: [staff-time, patients, test-environment]\n');
    expect(text).toContain(
      '    decision: pending\n# Patients take part / patienter deltar: how they consent (if none do, remove this and `patients`).\nconsent:\n  procedure: PROCEDURE\n  form: FORM\nstakeholders:\n',
    );
    // participant-consent is quiet in every phase; the placeholders say what is left.
    const executed = findings(text.replace('phase: needs', 'phase: execution'));
    expect(executed.filter((f) => f.rule === 'participant-consent' || f.rule === 'schema')).toEqual([]);
    expect(executed.filter((f) => f.rule === 'placeholder').map((f) => f.data?.text)).toEqual(expect.arrayContaining(['PROCEDURE', 'FORM']));
    // Without the block it would not be.
    const without = text.replace('consent:\n  procedure: PROCEDURE\n  form: FORM\n', '');
    expect(
      findings(without)
        .filter((f) => f.rule === 'participant-consent')
        .map((f) => f.severity),
    ).toEqual(['warning']);
  });

  it('every word the new fixes write is a placeholder', () => {
    for (const word of ['PROCEDURE', 'FORM', 'CHANNEL', 'DATE']) expect(isPlaceholder(word), word).toBe(true);
  });
});
