// date-order: no date in the case is earlier than `opened`.
import { describe, expect, it } from 'vitest';
import { CLEAN_CASE, dedent, findings, rangeText, ruleFindings } from '../helpers';

const RULE = 'date-order';

const early = dedent(`
  id: VGR-2026-001
  title: Digital egenvård vid artros
  kind: dialogue
  phase: closed
  opened: 2026-09-01
  requester:
    organisation: Artrosappen AB
    type: company
  anchoring:
    - unit: SU/Ortopedi
      by: Anna Berg
      role: verksamhetschef
      decision: approved
      date: 2026-08-31
  agreements:
    - type: confidentiality
      status: signed
      signed: 2025-09-01
  evaluation:
    benefit: 4
    feasibility: 3
    date: 2026-01-01
  outcome:
    result: declined
    date: 2026-07-01
    lessons: Ingen kapacitet.
  log:
    - date: 2026-09-01
      event: Förfrågan inkom
    - date: 2026-08-01
      event: Förmöte
`);

describe(RULE, () => {
  it('flags every date earlier than opened, at that value, naming the field and both dates', () => {
    expect(ruleFindings(RULE, early)).toEqual([
      {
        severity: 'warning',
        range: '14:11-14:21',
        message: '`anchoring[0].date` (2026-08-31) is earlier than `opened` (2026-09-01); correct one of the dates.',
        data: { field: 'anchoring[0].date', date: '2026-08-31', opened: '2026-09-01' },
      },
      expect.objectContaining({ range: '18:13-18:23', message: '`agreements[0].signed` (2025-09-01) is earlier than `opened` (2026-09-01); correct one of the dates.' }),
      expect.objectContaining({ range: '22:9-22:19', message: '`evaluation.date` (2026-01-01) is earlier than `opened` (2026-09-01); correct one of the dates.' }),
      expect.objectContaining({ range: '25:9-25:19', message: '`outcome.date` (2026-07-01) is earlier than `opened` (2026-09-01); correct one of the dates.' }),
      expect.objectContaining({ range: '30:11-30:21', message: '`log[1].date` (2026-08-01) is earlier than `opened` (2026-09-01); correct one of the dates.' }),
    ]);
    expect(
      findings(early)
        .filter((f) => f.rule === RULE)
        .map((f) => rangeText(early, f)),
    ).toEqual(['2026-08-31', '2025-09-01', '2026-01-01', '2026-07-01', '2026-08-01']);
  });

  it('does not fire for the same day or later, nor for a clean case', () => {
    expect(ruleFindings(RULE, early.replace('opened: 2026-09-01', 'opened: 2025-09-01'))).toEqual([]);
    expect(ruleFindings(RULE, CLEAN_CASE)).toEqual([]);
  });

  it('applies to closed cases (the example is closed) and to open ones', () => {
    expect(ruleFindings(RULE, early.replace('phase: closed', 'phase: needs'))).toHaveLength(5);
  });

  it('follows the policy override, and off', () => {
    expect(ruleFindings(RULE, { yaml: early, policy: `rules:\n  ${RULE}: error\n` }).map((f) => f.severity)).toEqual(Array(5).fill('error'));
    expect(ruleFindings(RULE, { yaml: early, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: early, locale: 'sv' })[0]!.message).toBe('`anchoring[0].date` (2026-08-31) är tidigare än `opened` (2026-09-01); rätta något av datumen.');
  });

  it('skips invalid dates and an invalid or missing opened, without crashing', () => {
    expect(ruleFindings(RULE, early.replace('opened: 2026-09-01', 'opened: 2026-02-30'))).toEqual([]);
    expect(ruleFindings(RULE, early.replace('opened: 2026-09-01', 'opened: 20260901'))).toEqual([]);
    expect(ruleFindings(RULE, early.replace('opened: 2026-09-01\n', ''))).toEqual([]);
    const invalid = early
      .replace('date: 2026-08-31', 'date: 2026-02-30')
      .replace('signed: 2025-09-01', 'signed: [2025-09-01]')
      .replace(/evaluation:[\s\S]*?(?=outcome:)/, 'evaluation: soon\n');
    expect(ruleFindings(RULE, invalid).map((f) => f.data?.field)).toEqual(['outcome.date', 'log[1].date']);
    expect(ruleFindings(RULE, `${CLEAN_CASE.replace('log:\n  - date: 2026-11-01\n    event: Första möte\n', 'log: yesterday\n')}anchoring: [2020-01-01]\n`)).toEqual([]);
  });
});
