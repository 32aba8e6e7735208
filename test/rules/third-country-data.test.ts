// third-country-data: personal or patient data reachable outside the EU/EEA needs a GDPR chapter V
// transfer basis (spec 14; seed 004).
import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../server/src/engine';
import { findings, ruleFindings, ruleTexts } from '../helpers';
import { caseWith, GATES } from './process-helpers';

const RULE = 'third-country-data';

/** CLEAN_CASE (lines 1–15) with a `data` section from line 16; its `third_country` value sits at 19:18. */
function withData(data = '  personal_data: true\n  patient_data: true\n  third_country: true\n', opts: { phase?: string; gates?: boolean } = {}): string {
  return caseWith({ kind: 'test-activity', phase: opts.phase ?? 'needs', extra: `${opts.gates ? GATES : ''}data:\n${data}` });
}

const PATIENT =
  'Patient data is processed, stored or reachable outside the EU/EEA but no `data.transfer_basis` is recorded; settle the GDPR chapter V basis with legal and data protection (adequacy decision, standard contractual clauses, binding corporate rules or a derogation) and check Patientdatalagen and OSL before any data is shared.';
const PERSONAL =
  'Personal data is processed, stored or reachable outside the EU/EEA but no `data.transfer_basis` is recorded; settle the GDPR chapter V basis with legal and data protection (adequacy decision, standard contractual clauses, binding corporate rules or a derogation) before any data is shared.';

const texts = (yaml: string) => ruleTexts(RULE, yaml);

describe(RULE, () => {
  it('the cases under test are schema-valid', () => {
    for (const yaml of [
      withData(),
      withData(undefined, { phase: 'closed', gates: true }),
      withData('  personal_data: true\n  third_country: true\n  transfer_basis: derogation\n'),
    ]) {
      expect(findings(yaml).filter((f) => f.rule === 'schema')).toEqual([]);
    }
  });

  it('errs at the third_country value when patient data may leave the EU/EEA without a transfer basis', () => {
    const yaml = withData();
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'error', range: '19:18-19:22', message: PATIENT }]);
    expect(texts(yaml)).toEqual(['true']);
  });

  it('speaks of personal data when no patient data is involved', () => {
    const yaml = withData('  personal_data: true\n  patient_data: false\n  third_country: true\n');
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'error', range: '19:18-19:22', message: PERSONAL }]);
    expect(ruleFindings(RULE, withData('  personal_data: true\n  third_country: true\n'))).toEqual([{ severity: 'error', range: '18:18-18:22', message: PERSONAL }]);
    // Patient data alone is enough, and its message wins.
    expect(ruleFindings(RULE, withData('  patient_data: true\n  third_country: true\n')).map((f) => f.message)).toEqual([PATIENT]);
  });

  it('is an error in every phase, closed cases included (not a process rule)', () => {
    for (const phase of ['needs', 'planning', 'execution', 'result', 'closed']) {
      expect(ruleFindings(RULE, withData(undefined, { phase, gates: true })).map((f) => [phase, f.severity])).toEqual([[phase, 'error']]);
    }
    // GATES adds ten lines before the data section.
    expect(ruleFindings(RULE, withData(undefined, { phase: 'closed', gates: true })).map((f) => f.range)).toEqual(['29:18-29:22']);
  });

  it('does not fire when the data stays in the EU/EEA, or it is not said', () => {
    expect(ruleFindings(RULE, withData('  personal_data: true\n  patient_data: true\n  third_country: false\n'))).toEqual([]);
    expect(ruleFindings(RULE, withData('  personal_data: true\n  patient_data: true\n'))).toEqual([]);
  });

  it('does not fire when neither personal nor patient data is involved', () => {
    expect(ruleFindings(RULE, withData('  personal_data: false\n  patient_data: false\n  third_country: true\n'))).toEqual([]);
    expect(ruleFindings(RULE, withData('  third_country: true\n'))).toEqual([]);
  });

  it('does not fire when a transfer basis is recorded, whichever it is', () => {
    for (const basis of ['adequacy-decision', 'standard-contractual-clauses', 'binding-corporate-rules', 'derogation']) {
      const yaml = withData(`  personal_data: true\n  patient_data: true\n  third_country: true\n  transfer_basis: ${basis}\n`);
      expect(findings(yaml).filter((f) => f.rule === 'schema')).toEqual([]);
      expect(ruleFindings(RULE, yaml)).toEqual([]);
    }
  });

  it('points at the third_country value in flow style', () => {
    const yaml = withData('  {personal_data: true, third_country: true}\n').replace('data:\n  {', 'data: {');
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'error', range: '16:44-16:48', message: PERSONAL }]);
    expect(texts(yaml)).toEqual(['true']);
  });

  it('follows the policy override, and off', () => {
    const yaml = withData();
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: info\n` }).map((f) => f.severity)).toEqual(['info']);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: warning\n` }).map((f) => f.severity)).toEqual(['warning']);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish, for patient and for personal data', () => {
    expect(ruleFindings(RULE, { yaml: withData(), locale: 'sv' })[0]!.message).toBe(
      'Patientuppgifter behandlas, lagras eller kan nås utanför EU/EES men ingen `data.transfer_basis` är angiven; fastställ grunden enligt GDPR kapitel V med jurist och dataskyddsombud (adekvansbeslut, standardavtalsklausuler, bindande företagsbestämmelser eller undantag) och kontrollera vad patientdatalagen och OSL kräver innan några uppgifter delas.',
    );
    expect(ruleFindings(RULE, { yaml: withData('  personal_data: true\n  third_country: true\n'), locale: 'sv' })[0]!.message).toBe(
      'Personuppgifter behandlas, lagras eller kan nås utanför EU/EES men ingen `data.transfer_basis` är angiven; fastställ grunden enligt GDPR kapitel V med jurist och dataskyddsombud (adekvansbeslut, standardavtalsklausuler, bindande företagsbestämmelser eller undantag) innan några uppgifter delas.',
    );
  });

  it('offers a suppression only: the basis is a legal decision', () => {
    expect(RULES_BY_ID.get(RULE)!.meta.fixes).toEqual(['suppress']);
    expect(RULES_BY_ID.get(RULE)!.meta.processRule).toBeFalsy();
  });
});
