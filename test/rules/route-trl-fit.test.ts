// route-trl-fit: the route fits the solution's maturity — co-development for early solutions (001),
// an innovation partnership only for a need the market cannot meet (002; Upphandlingsmyndigheten).
import { describe, expect, it } from 'vitest';
import { ruleFindings, ruleTexts } from '../helpers';
import { caseWith, GATES } from './process-helpers';

const RULE = 'route-trl-fit';
const CO_DEVELOPMENT = (trl: number) =>
  `The solution is at TRL ${trl}: research and development collaboration (FoU-samverkan) fits early maturity, preferably TRL 1–3; a mature solution is usually tested (\`test-activity\`) or procured. Check that co-development is the right route.`;
const PARTNERSHIP =
  'The solution is at TRL 9, on the market: an innovation partnership needs a need the market cannot meet. Consider a procurement instead, or record why the market cannot meet the need.';

// Lines 1–15 are CLEAN_CASE; in needs `solution` is line 16 and `trl` line 18.
const SOLUTION = (trl: number) => `solution:\n  description: Egenvårdsapp med träningsprogram\n  trl: ${trl}\n`;
const withTrl = (kind: string, trl: number, phase = 'needs') => caseWith({ kind, phase, extra: `${phase === 'needs' ? '' : GATES}${SOLUTION(trl)}` });
const texts = (yaml: string) => ruleTexts(RULE, yaml);

describe(RULE, () => {
  it('co-development: silent at TRL 6, info at the trl value from TRL 7', () => {
    expect(ruleFindings(RULE, withTrl('co-development', 6))).toEqual([]);
    const yaml = withTrl('co-development', 7);
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'info', range: '18:8-18:9', message: CO_DEVELOPMENT(7) }]);
    expect(texts(yaml)).toEqual(['7']);
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  it('co-development: fires at TRL 9, stating the level', () => {
    const yaml = withTrl('co-development', 9);
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'info', range: '18:8-18:9', message: CO_DEVELOPMENT(9) }]);
    expect(texts(yaml)).toEqual(['9']);
  });

  it('innovation partnership: silent at TRL 8, info at TRL 9', () => {
    expect(ruleFindings(RULE, withTrl('innovation-partnership', 8))).toEqual([]);
    const yaml = withTrl('innovation-partnership', 9);
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'info', range: '18:8-18:9', message: PARTNERSHIP }]);
    expect(texts(yaml)).toEqual(['9']);
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  it('points at the trl value in flow style too', () => {
    const yaml = caseWith({ kind: 'co-development', extra: 'solution: {digital: true, trl: 8}\n' });
    expect(ruleFindings(RULE, yaml).map((f) => f.range)).toEqual(['16:32-16:33']);
    expect(texts(yaml)).toEqual(['8']);
  });

  it('is silent for every other kind, even at TRL 9', () => {
    for (const kind of ['dialogue', 'advice', 'test-activity', 'innovation-procurement', 'need-announcement', 'clinical-trial']) {
      expect(ruleFindings(RULE, withTrl(kind, 9)), kind).toEqual([]);
    }
  });

  it('is silent without a trl', () => {
    expect(ruleFindings(RULE, caseWith({ kind: 'co-development', extra: 'solution:\n  description: Egenvårdsapp\n' }))).toEqual([]);
    expect(ruleFindings(RULE, caseWith({ kind: 'innovation-partnership' }))).toEqual([]);
  });

  it('is info in every open phase, and silent for a closed case', () => {
    for (const phase of ['needs', 'planning', 'execution', 'result']) {
      expect([phase, ...ruleFindings(RULE, withTrl('co-development', 8, phase)).map((f) => f.severity)]).toEqual([phase, 'info']);
      expect([phase, ...ruleFindings(RULE, withTrl('innovation-partnership', 9, phase)).map((f) => f.severity)]).toEqual([phase, 'info']);
    }
    expect(ruleFindings(RULE, withTrl('co-development', 9, 'closed'))).toEqual([]);
    expect(ruleFindings(RULE, withTrl('innovation-partnership', 9, 'closed'))).toEqual([]);
  });

  it('follows the policy override, and off', () => {
    const yaml = withTrl('co-development', 8);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: warning\n` }).map((f) => f.severity)).toEqual(['warning']);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: withTrl('co-development', 7), locale: 'sv' })[0]!.message).toBe(
      'Lösningen har TRL 7: FoU-samverkan passar tidig mognad, helst TRL 1–3; en mogen lösning testas oftast (`test-activity`) eller upphandlas. Pröva om samutveckling är rätt väg.',
    );
    expect(ruleFindings(RULE, { yaml: withTrl('innovation-partnership', 9), locale: 'sv' })[0]!.message).toBe(
      'Lösningen har TRL 9 och finns på marknaden: ett innovationspartnerskap kräver ett behov som marknaden inte kan möta. Överväg en upphandling i stället, eller dokumentera varför marknaden inte kan möta behovet.',
    );
  });
});
