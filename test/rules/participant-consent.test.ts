// participant-consent: tests and co-development with patients or care recipients record how
// participants give informed consent (spec 14; seed 004).
import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../server/src/engine';
import { findings, ruleFindings, ruleTexts } from '../helpers';
import { caseWith, GATES } from './process-helpers';

const RULE = 'participant-consent';

const DIRECTED = 'directed_at:\n  - unit: Västerås/Hemtjänst Norr\n    asks:\n      - staff-time\n      - patients\n';

/** CLEAN_CASE (lines 1–15), then `directed_at` from line 16: the `patients` item is 20:9-20:17. */
function consentCase(opts: { phase?: string; kind?: string; directed?: string; consent?: string; gates?: boolean } = {}): string {
  const extra = `${opts.gates ? GATES : ''}${opts.directed ?? DIRECTED}${opts.consent ?? ''}`;
  return caseWith({ kind: opts.kind ?? 'test-activity', phase: opts.phase ?? 'needs', extra });
}

const message = (kind: string) =>
  `Patients or care recipients take part in this \`${kind}\` case, but \`consent.procedure\` is missing: describe how participants are informed, give and can withdraw consent, and which form is used.`;

const texts = (yaml: string) => ruleTexts(RULE, yaml);

describe(RULE, () => {
  it('the cases under test are schema-valid', () => {
    const cases = [
      consentCase(),
      consentCase({ phase: 'closed', gates: true }),
      consentCase({ consent: 'consent:\n  procedure: Muntlig och skriftlig information; skriftligt samtycke.\n  form: Samtyckesblankett v2\n' }),
      consentCase({ kind: 'need-announcement' }),
    ];
    for (const yaml of cases) expect(findings(yaml).filter((f) => f.rule === 'schema')).toEqual([]);
  });

  it('warns at the patients item when a test activity with patients records no consent procedure', () => {
    const yaml = consentCase();
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'warning', range: '20:9-20:17', message: message('test-activity') }]);
    expect(texts(yaml)).toEqual(['patients']);
  });

  it('fires for co-development and innovation partnerships too', () => {
    expect(ruleFindings(RULE, consentCase({ kind: 'co-development' })).map((f) => f.message)).toEqual([message('co-development')]);
    expect(ruleFindings(RULE, consentCase({ kind: 'innovation-partnership' })).map((f) => f.message)).toEqual([message('innovation-partnership')]);
  });

  it('does not fire for the other kinds', () => {
    for (const kind of ['dialogue', 'advice', 'innovation-procurement', 'need-announcement', 'clinical-trial']) {
      expect(ruleFindings(RULE, consentCase({ kind })).map(() => kind)).toEqual([]);
    }
  });

  it('is a warning in needs and planning, an error from execution on', () => {
    const severity = (phase: string) => ruleFindings(RULE, consentCase({ phase, gates: true })).map((f) => f.severity);
    expect(severity('needs')).toEqual(['warning']);
    expect(severity('planning')).toEqual(['warning']);
    expect(severity('execution')).toEqual(['error']);
    expect(severity('result')).toEqual(['error']);
    // GATES adds ten lines before directed_at.
    expect(ruleFindings(RULE, consentCase({ phase: 'execution', gates: true })).map((f) => f.range)).toEqual(['30:9-30:17']);
  });

  it('is silent for closed cases (a process rule)', () => {
    expect(ruleFindings(RULE, consentCase({ phase: 'closed', gates: true }))).toEqual([]);
  });

  it('does not fire when no unit is asked for patients', () => {
    expect(ruleFindings(RULE, consentCase({ directed: 'directed_at:\n  - unit: Västerås/Hemtjänst Norr\n    asks: [staff-time, test-environment]\n' }))).toEqual([]);
    expect(ruleFindings(RULE, consentCase({ directed: 'directed_at:\n  - unit: Västerås/Hemtjänst Norr\n' }))).toEqual([]);
    expect(ruleFindings(RULE, consentCase({ directed: '' }))).toEqual([]);
  });

  it('does not fire when consent.procedure is given', () => {
    expect(ruleFindings(RULE, consentCase({ consent: 'consent:\n  procedure: Muntlig och skriftlig information; skriftligt samtycke som kan återkallas.\n' }))).toEqual([]);
  });

  it('still fires for an empty procedure, or a form alone', () => {
    for (const consent of ['consent:\n  procedure: ""\n', 'consent:\n  procedure: "   "\n', 'consent:\n  form: Samtyckesblankett v2\n', 'consent: {}\n']) {
      expect(ruleFindings(RULE, consentCase({ consent })).map((f) => f.range)).toEqual(['20:9-20:17']);
    }
  });

  it('points at the first patients item of the first unit asked for patients, in flow style too', () => {
    const directed =
      'directed_at:\n  - unit: Västerås/Dagverksamhet\n    asks: [expertise]\n  - unit: Västerås/Hemtjänst Norr\n    asks: [data, patients]\n  - unit: Västerås/Hemtjänst Syd\n    asks: [patients]\n';
    const yaml = consentCase({ directed });
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'warning', range: '20:18-20:26', message: message('test-activity') }]);
    expect(texts(yaml)).toEqual(['patients']);
  });

  it('follows the policy override, and off', () => {
    const yaml = consentCase({ phase: 'execution', gates: true });
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: info\n` }).map((f) => f.severity)).toEqual(['info']);
    expect(ruleFindings(RULE, { yaml: consentCase(), policy: `rules:\n  ${RULE}: error\n` }).map((f) => f.severity)).toEqual(['error']);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: consentCase(), locale: 'sv' })[0]!.message).toBe(
      'Patienter eller vårdtagare deltar i detta ärende (`test-activity`), men `consent.procedure` saknas: beskriv hur deltagarna informeras, hur de lämnar samtycke och kan återkalla det, och vilken blankett som används.',
    );
  });

  it('offers the add-consent quick fix and a suppression', () => {
    expect(RULES_BY_ID.get(RULE)!.meta.fixes).toEqual(['add-consent', 'suppress']);
  });
});
