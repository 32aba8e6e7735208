// need-announcement-open: a need announcement is an open, transparent, competitively neutral call,
// so from planning on the case records where and when it was published (001).
import { describe, expect, it } from 'vitest';
import { ruleFindings, ruleTexts } from '../helpers';
import { caseWith, GATES } from './process-helpers';

const RULE = 'need-announcement-open';
const message = (missing: string) => `A need announcement must be an open, competitively neutral call: from planning on, record where and when it was published (${missing}).`;

// Lines 1–15 are CLEAN_CASE, 16–25 GATES; `announcement` is line 26.
const announced = (announcement = '', phase = 'planning', kind = 'need-announcement') => caseWith({ kind, phase, extra: `${phase === 'needs' ? '' : GATES}${announcement}` });
const texts = (yaml: string) => ruleTexts(RULE, yaml);

describe(RULE, () => {
  it('warns at the kind value when there is no announcement, naming both keys', () => {
    const yaml = announced();
    expect(ruleFindings(RULE, yaml)).toEqual([
      { severity: 'warning', range: '4:7-4:24', message: message('`announcement.channel`, `announcement.published`'), data: { missing: ['channel', 'published'] } },
    ]);
    expect(texts(yaml)).toEqual(['need-announcement']);
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  it('warns at the announcement key when the publication date is missing, naming it', () => {
    const yaml = announced('announcement:\n  channel: Region Skånes webbplats, Behovsannonser\n');
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'warning', range: '26:1-26:13', message: message('`announcement.published`'), data: { missing: ['published'] } }]);
    expect(texts(yaml)).toEqual(['announcement']);
    expect(ruleFindings('schema', yaml)).toEqual([]);
  });

  it('warns at the announcement key when the channel is missing, naming it', () => {
    const yaml = announced('announcement:\n  published: 2026-10-05\n');
    expect(ruleFindings(RULE, yaml)).toEqual([{ severity: 'warning', range: '26:1-26:13', message: message('`announcement.channel`'), data: { missing: ['channel'] } }]);
    expect(texts(yaml)).toEqual(['announcement']);
  });

  it('an empty channel is missing; an empty announcement misses both', () => {
    expect(ruleFindings(RULE, announced('announcement:\n  channel: ""\n  published: 2026-10-05\n')).map((f) => f.data)).toEqual([{ missing: ['channel'] }]);
    const empty = announced('announcement: {}\n');
    expect(ruleFindings(RULE, empty).map((f) => [f.range, f.data])).toEqual([['26:1-26:13', { missing: ['channel', 'published'] }]]);
  });

  it('points at the announcement key in flow style too', () => {
    const yaml = announced('announcement: {channel: Region Skånes webbplats}\n');
    expect(ruleFindings(RULE, yaml).map((f) => [f.range, f.data])).toEqual([['26:1-26:13', { missing: ['published'] }]]);
    expect(texts(yaml)).toEqual(['announcement']);
  });

  it('is satisfied by channel and published', () => {
    const yaml = announced('announcement:\n  channel: Region Skånes webbplats, Behovsannonser\n  published: 2026-10-05\n');
    expect(ruleFindings(RULE, yaml)).toEqual([]);
    expect(ruleFindings('schema', yaml)).toEqual([]);
    expect(ruleFindings(RULE, announced('announcement: {channel: Region Skånes webbplats, published: 2026-10-05}\n'))).toEqual([]);
  });

  it('does not care about `closes`, with or without the other keys', () => {
    expect(ruleFindings(RULE, announced('announcement:\n  channel: Region Skånes webbplats\n  published: 2026-10-05\n  closes: 2026-11-30\n'))).toEqual([]);
    expect(ruleFindings(RULE, announced('announcement:\n  closes: 2026-11-30\n')).map((f) => f.data)).toEqual([{ missing: ['channel', 'published'] }]);
  });

  it('is silent in needs: the announcement may still be drafted', () => {
    expect(ruleFindings(RULE, announced('', 'needs'))).toEqual([]);
  });

  it('is silent for every other kind', () => {
    for (const kind of ['dialogue', 'advice', 'test-activity', 'co-development', 'innovation-procurement', 'innovation-partnership', 'clinical-trial']) {
      expect(ruleFindings(RULE, announced('', 'planning', kind)), kind).toEqual([]);
    }
  });

  it('is a warning from planning on, and silent for a closed case', () => {
    for (const phase of ['planning', 'execution', 'result']) {
      expect([phase, ...ruleFindings(RULE, announced('', phase)).map((f) => f.severity)]).toEqual([phase, 'warning']);
    }
    expect(ruleFindings(RULE, announced('', 'closed'))).toEqual([]);
  });

  it('follows the policy override, and off', () => {
    const yaml = announced();
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: error\n` }).map((f) => f.severity)).toEqual(['error']);
    expect(ruleFindings(RULE, { yaml, policy: `rules:\n  ${RULE}: off\n` })).toEqual([]);
  });

  it('speaks Swedish', () => {
    expect(ruleFindings(RULE, { yaml: announced('announcement:\n  channel: Region Skånes webbplats\n'), locale: 'sv' })[0]!.message).toBe(
      'En behovsannons ska vara en öppen, konkurrensneutral förfrågan: ange från och med planeringsfasen var och när den publicerades (`announcement.published`).',
    );
    expect(ruleFindings(RULE, { yaml: announced(), locale: 'sv' })[0]!.message).toBe(
      'En behovsannons ska vara en öppen, konkurrensneutral förfrågan: ange från och med planeringsfasen var och när den publicerades (`announcement.channel`, `announcement.published`).',
    );
  });
});
