// reference-permission: at the result, a case with a company settles whether the company may name
// the region or municipality as a reference, and from when (004).
import { describe, expect, it } from 'vitest';
import { ruleFindings, ruleTexts } from '../helpers';
import { caseWith, GATES } from './process-helpers';

const RULE = 'reference-permission';
const UNDECIDED =
  'The case is in its result phase with a company: decide whether the company may name the region or municipality as a reference, and record it in `marketing.reference_permission` (with `marketing.from` if yes).';
const NO_FROM = 'The company may name the region or municipality as a reference, but not from when: add `marketing.from`.';

// Lines 1–15 are CLEAN_CASE (requester type company), 16–25 GATES; `marketing` is line 26.
const atResult = (marketing = '', phase = 'result') => caseWith({ phase, extra: `${phase === 'needs' ? '' : GATES}${marketing}` });
const texts = (yaml: string) => ruleTexts(RULE, yaml);

describe(RULE, () => {
  it('warns at the phase value when there is no marketing section', () => {
    const yaml = atResult();
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'warning', range: '5:8-5:14', message: UNDECIDED }]);
    expect(texts(yaml)).toEqual(['result']);
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  it('warns at the marketing key when reference_permission is missing', () => {
    const yaml = atResult('marketing:\n  notes: Gemensam nyhet på regionens webb planeras.\n');
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'warning', range: '26:1-26:10', message: UNDECIDED }]);
    expect(texts(yaml)).toEqual(['marketing']);
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  it('warns at the marketing key when permission is given without a date', () => {
    const yaml = atResult('marketing:\n  reference_permission: true\n');
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'warning', range: '26:1-26:10', message: NO_FROM }]);
    expect(texts(yaml)).toEqual(['marketing']);
  });

  it('points at the marketing key in flow style too', () => {
    const yaml = atResult('marketing: {reference_permission: true}\n');
    expect(ruleFindings(RULE, yaml).map((f) => [f.range, f.message])).toEqual([['26:1-26:10', NO_FROM]]);
    expect(texts(yaml)).toEqual(['marketing']);
  });

  it('is satisfied by permission with a date', () => {
    const yaml = atResult('marketing:\n  reference_permission: true\n  from: 2026-12-01\n');
    expect(ruleFindings(RULE, yaml)).toEqual([]);
    expect(ruleFindings('schema', yaml)).toEqual([]);
    expect(ruleFindings(RULE, atResult('marketing: {reference_permission: true, from: 2026-12-01}\n'))).toEqual([]);
  });

  it('is satisfied by a refusal, which needs no date', () => {
    const yaml = atResult('marketing:\n  reference_permission: false\n');
    expect(ruleFindings(RULE, yaml)).toEqual([]);
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  it('is silent in every phase but result', () => {
    for (const phase of ['needs', 'planning', 'execution', 'closed']) {
      expect(ruleFindings(RULE, atResult('', phase)), phase).toEqual([]);
      expect(ruleFindings(RULE, atResult('marketing:\n  reference_permission: true\n', phase)), phase).toEqual([]);
    }
  });

  it('is silent for every requester type but company', () => {
    for (const type of ['academia', 'municipality', 'region', 'patient-organisation', 'other']) {
      const yaml = atResult().replace('  type: company\n', `  type: ${type}\n`);
      expect(ruleFindings('schema', yaml), type).toEqual([]);
      expect(ruleFindings(RULE, yaml), type).toEqual([]);
    }
  });

  it('is silent without a requester (a need announcement has none)', () => {
    const yaml = caseWith({ kind: 'need-announcement', phase: 'result', extra: GATES }).replace('requester:\n  organisation: Artrosappen AB\n  type: company\n', '');
    expect(ruleFindings('schema', yaml)).toEqual([]);
    expect(ruleFindings(RULE, yaml)).toEqual([]);
  });

  it('is a warning in result and silent for a closed case, which is history', () => {
    expect(ruleFindings(RULE, atResult()).map((f) => f.severity)).toEqual(['warning']);
    expect(ruleFindings(RULE, atResult('', 'closed'))).toEqual([]);
  });

  it('follows the policy override, and off', () => {
    const yaml = atResult();
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: error\n` }).map((f) => f.severity)).toEqual(['error']);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: info\n` }).map((f) => f.severity)).toEqual(['info']);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: atResult(), locale: 'sv' })[0]!.message).toBe(
      'Ärendet är i resultatfasen och motparten är ett företag: besluta om företaget får ange regionen eller kommunen som referens, och ange beslutet i `marketing.reference_permission` (med `marketing.from` om ja).',
    );
    expect(ruleFindings(RULE, { yaml: atResult('marketing:\n  reference_permission: true\n'), locale: 'sv' })[0]!.message).toBe(
      'Företaget får ange regionen eller kommunen som referens, men det framgår inte från när: lägg till `marketing.from`.',
    );
  });
});
