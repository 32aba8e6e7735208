// placeholder: a stand-in the editor wrote (NAME, ORGANISATION…) left in a case; info in needs,
// warning later, the policy's severity over both.
import { describe, expect, it } from 'vitest';
import { CLEAN_CASE, findings, ruleFindings } from '../helpers';
import { newCaseText } from '../../server/src/engine/editing';
import { PLACEHOLDERS } from '../../server/src/engine/placeholders';

const RULE = 'placeholder';
const withPlaceholders = (phase: string) =>
  CLEAN_CASE.replace('phase: needs', `phase: ${phase}`).replace('organisation: Artrosappen AB', 'organisation: ORGANISATION').replace('name: Maria Holm', 'name: " NAME "');

describe(RULE, () => {
  it('is info in needs, at each value that is a placeholder', () => {
    expect(ruleFindings(RULE, withPlaceholders('needs'))).toEqual([
      { severity: 'info', range: '8:17-8:29', message: '`ORGANISATION` is a placeholder: replace it with the real value.', data: { text: 'ORGANISATION' } },
      { severity: 'info', range: '12:11-12:19', message: '`NAME` is a placeholder: replace it with the real value.', data: { text: 'NAME' } },
    ]);
  });

  it('is a warning from planning on, closed cases included', () => {
    for (const phase of ['planning', 'execution', 'closed']) {
      expect(ruleFindings(RULE, withPlaceholders(phase)).map((f) => f.severity)).toEqual(['warning', 'warning']);
    }
  });

  it('takes the policy’s severity in every phase, and off', () => {
    for (const phase of ['needs', 'planning']) {
      expect(ruleFindings(RULE, { yaml: withPlaceholders(phase), policy: 'rules:\n  placeholder: error\n' }).map((f) => f.severity)).toEqual(['error', 'error']);
      expect(ruleFindings(RULE, { yaml: withPlaceholders(phase), policy: 'rules:\n  placeholder: off\n' })).toEqual([]);
    }
  });

  it('finds a placeholder on a labelled line of an agreement’s notes, and says it in Swedish', () => {
    const yaml = `${CLEAN_CASE}agreements:\n  - type: testbed\n    status: draft\n    notes: |\n      Purpose / ändamål: PURPOSE\n      Contact: Eva Lind\n`;
    expect(ruleFindings(RULE, { yaml, locale: 'sv' })).toEqual([
      { severity: 'info', range: '19:12-22:1', message: 'Texten innehåller fortfarande platshållaren `PURPOSE`: ersätt den med det riktiga värdet.', data: { text: 'PURPOSE' } },
    ]);
  });

  it('leaves real values alone, also words that contain a placeholder or differ in case', () => {
    const yaml = CLEAN_CASE.replace('name: Maria Holm', 'name: Name').replace('organisation: Artrosappen AB', 'organisation: NAME AB');
    expect(ruleFindings(RULE, yaml)).toEqual([]);
    expect(ruleFindings(RULE, CLEAN_CASE)).toEqual([]);
  });

  it('a fresh case from the new-case skeleton has placeholder findings, so it does not show “No problems”', () => {
    for (const kind of ['dialogue', 'test-activity', 'co-development']) {
      const text = newCaseText(kind, 'VGR-2026-100', 'Ny fråga', '2026-11-23');
      const found = findings(text).filter((f) => f.rule === RULE);
      expect(found.map((f) => f.data?.text)).toEqual(expect.arrayContaining(['ORGANISATION', 'CONTACT NAME', 'NAME']));
      expect(found.every((f) => f.severity === 'info')).toBe(true);
    }
  });

  it('knows the skeletons’ and the fixes’ stand-ins, and no sentence-case proposal', () => {
    expect(PLACEHOLDERS).toEqual(expect.arrayContaining(['NAME', 'REASON', 'ORGANISATION', 'CONTACT NAME', 'MANAGER NAME', 'UNIT', 'REGION', 'COMPANY']));
    expect(PLACEHOLDERS).not.toContain('NONE');
    expect(PLACEHOLDERS).not.toContain('Request received');
  });
});
