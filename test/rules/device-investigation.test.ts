// device-investigation: a medical device without CE marking used with patients is a clinical
// investigation, not a test activity (spec 14; seeds 000, 004).
import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../server/src/engine';
import { findings, ruleFindings, ruleTexts } from '../helpers';
import { caseWith, GATES } from './process-helpers';

const RULE = 'device-investigation';

const SOLUTION = 'solution:\n  description: Sensorstrumpa som mäter svullnad efter knäplastik\n  medical_device: yes\n';
const DIRECTED = 'directed_at:\n  - unit: SU/Ortopedi\n    asks:\n      - staff-time\n      - patients\n';

/** CLEAN_CASE (lines 1–15) with a solution (16–18, `medical_device` value at 18:19) and a request for patients. */
function device(opts: { phase?: string; kind?: string; solution?: string; directed?: string; gates?: boolean } = {}): string {
  const extra = `${opts.gates ? GATES : ''}${opts.solution ?? SOLUTION}${opts.directed ?? DIRECTED}`;
  return caseWith({ kind: opts.kind ?? 'test-activity', phase: opts.phase ?? 'needs', extra });
}

/** No `ce_marked` at all: the case does not say, so the message does not say it is unmarked. */
const YES =
  'A medical device is to be used with patients, and the case does not record that it is CE marked for this use: without that marking it is a clinical investigation (notified to or approved by Läkemedelsverket, with ethics review), not a case of kind `test-activity`. If the product is CE marked for this use, record `solution.ce_marked: true`; if not, bring in the clinical trials unit (e.g. Gothia Forum) and decide whether the case is a `clinical-trial`.';

/** `ce_marked: false`: the case says it is unmarked. */
const UNMARKED =
  'A medical device without CE marking for this use is to be used with patients: that is a clinical investigation (notified to or approved by Läkemedelsverket, with ethics review), not a case of kind `test-activity`. Bring in the clinical trials unit (e.g. Gothia Forum) and decide whether the case is a `clinical-trial`; if the product is CE marked for this use, record `solution.ce_marked: true`.';

const texts = (yaml: string) => ruleTexts(RULE, yaml);

describe(RULE, () => {
  it('the cases under test are schema-valid', () => {
    for (const yaml of [device(), device({ phase: 'closed', gates: true }), device({ solution: 'solution: {medical_device: unclear, ce_marked: false}\n' })]) {
      expect(findings(yaml).filter((f) => f.rule === 'schema')).toEqual([]);
    }
  });

  it('warns in needs at the medical_device value when a device without CE marking is to be used with patients', () => {
    const yaml = device();
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'warning', range: '18:19-18:22', message: YES }]);
    expect(texts(yaml)).toEqual(['yes']);
  });

  it('says to settle MDR first when it is unclear whether the product is a medical device', () => {
    const yaml = device({ solution: SOLUTION.replace('medical_device: yes', 'medical_device: unclear'), kind: 'co-development' });
    expect(ruleFindings(RULE, yaml)).toEqual([
      {
        severity: 'warning',
        range: '18:19-18:26',
        message:
          'It is unclear whether the product is a medical device, and it is to be used with patients: settle MDR first — without CE marking for this use it is a clinical investigation (notified to or approved by Läkemedelsverket, with ethics review), not a case of kind `co-development`. Ask the regulatory and clinical trials experts; record `solution.medical_device` and, if it applies, `solution.ce_marked`.',
      },
    ]);
    expect(texts(yaml)).toEqual(['unclear']);
  });

  it('is a warning in needs and an error from planning on', () => {
    const severity = (phase: string) => ruleFindings(RULE, device({ phase, gates: true })).map((f) => f.severity);
    expect(severity('needs')).toEqual(['warning']);
    expect(severity('planning')).toEqual(['error']);
    expect(severity('execution')).toEqual(['error']);
    expect(severity('result')).toEqual(['error']);
    // GATES adds ten lines before the solution.
    expect(ruleFindings(RULE, device({ phase: 'execution', gates: true })).map((f) => f.range)).toEqual(['28:19-28:22']);
  });

  it('is silent for closed cases (a process rule)', () => {
    const closed = device({ phase: 'closed', gates: true });
    expect(findings(closed).map((f) => f.rule)).not.toContain('schema');
    expect(ruleFindings(RULE, closed)).toEqual([]);
  });

  it('does not fire when the product is not a medical device, or it is not said', () => {
    expect(ruleFindings(RULE, device({ solution: SOLUTION.replace('medical_device: yes', 'medical_device: no') }))).toEqual([]);
    expect(ruleFindings(RULE, device({ solution: 'solution:\n  description: Sensorstrumpa som mäter svullnad efter knäplastik\n' }))).toEqual([]);
    expect(ruleFindings(RULE, device({ solution: '' }))).toEqual([]);
  });

  it('does not fire when no unit is asked for patients', () => {
    expect(ruleFindings(RULE, device({ directed: 'directed_at:\n  - unit: SU/Ortopedi\n    asks: [staff-time, test-environment]\n' }))).toEqual([]);
    expect(ruleFindings(RULE, device({ directed: 'directed_at:\n  - unit: SU/Ortopedi\n' }))).toEqual([]);
    expect(ruleFindings(RULE, device({ directed: '' }))).toEqual([]);
  });

  it('does not fire for a clinical trial', () => {
    const yaml = device({ kind: 'clinical-trial' });
    expect(findings(yaml).map((f) => f.rule)).not.toContain('schema');
    expect(ruleFindings(RULE, yaml)).toEqual([]);
  });

  it('does not fire when the product is CE marked for this use; ce_marked false still fires', () => {
    expect(ruleFindings(RULE, device({ solution: `${SOLUTION}  ce_marked: true\n` }))).toEqual([]);
    expect(ruleFindings(RULE, device({ solution: `${SOLUTION}  ce_marked: false\n` }))).toEqual([{ severity: 'warning', range: '18:19-18:22', message: UNMARKED }]);
  });

  it('fires for any kind but clinical-trial, naming it', () => {
    const [f] = ruleFindings(RULE, device({ kind: 'advice' }));
    expect(f!.message).toContain('not a case of kind `advice`.');
  });

  it('points at the medical_device value in flow style too, whichever directed_at item asks for patients', () => {
    const yaml = device({
      solution: 'solution: {description: Sensorstrumpa, medical_device: unclear}\n',
      directed: 'directed_at:\n  - unit: SU/Fysioterapi\n    asks: [expertise]\n  - unit: SU/Ortopedi\n    asks: [data, patients]\n',
    });
    expect(ruleFindings(RULE, yaml).map((f) => f.range)).toEqual(['16:56-16:63']);
    expect(texts(yaml)).toEqual(['unclear']);
  });

  it('follows the policy override, and off', () => {
    const yaml = device({ phase: 'planning', gates: true });
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: info\n` }).map((f) => f.severity)).toEqual(['info']);
    expect(ruleFindings(RULE, { yaml: device(), policy: `rules:\n  ${RULE}: error\n` }).map((f) => f.severity)).toEqual(['error']);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: device(), locale: 'sv' })[0]!.message).toBe(
      'En medicinteknisk produkt ska användas på patienter, och ärendet anger inte att den är CE-märkt för denna användning: utan den märkningen är det en klinisk prövning (anmäld till eller godkänd av Läkemedelsverket, med etikprövning), inte ett ärende av typen `test-activity`. Om produkten är CE-märkt för användningen, ange `solution.ce_marked: true`; annars, ta in enheten för kliniska studier (t.ex. Gothia Forum) och avgör om ärendet är en `clinical-trial`.',
    );
    expect(ruleFindings(RULE, { yaml: device({ solution: `${SOLUTION}  ce_marked: false\n` }), locale: 'sv' })[0]!.message).toMatch(
      /^En medicinteknisk produkt utan CE-märkning för denna användning ska användas på patienter/,
    );
    const unclear = device({ solution: SOLUTION.replace('medical_device: yes', 'medical_device: unclear') });
    expect(ruleFindings(RULE, { yaml: unclear, locale: 'sv' })[0]!.message).toMatch(/^Det är oklart om produkten är en medicinteknisk produkt/);
  });

  it('offers to open its page rather than an edit, and a suppression', () => {
    expect(RULES_BY_ID.get(RULE)!.meta.fixes).toEqual(['open-docs', 'suppress']);
  });
});
