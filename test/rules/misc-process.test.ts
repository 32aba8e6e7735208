// missing-risk-sharing, procurement-not-considered and stale-case.
import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../helpers';
import { caseWith, GATES } from './process-helpers';

describe('missing-risk-sharing', () => {
  const RULE = 'missing-risk-sharing';
  it('fires from planning on for co-development, at the kind value, listing what is missing', () => {
    expect(ruleFindings(RULE, caseWith({ kind: 'co-development' }))).toEqual([]);
    const [f] = ruleFindings(RULE, caseWith({ kind: 'co-development', phase: 'planning', extra: GATES }));
    expect(f).toMatchObject({ severity: 'warning', range: '4:7-4:21', data: { missing: ['resources', 'risk', 'profit'] } });
  });
  it('points at the risk_sharing key when it is incomplete, and is satisfied when complete', () => {
    const partial = `${GATES}risk_sharing:\n  resources: Var part står för sin tid.\n`;
    const [f] = ruleFindings(RULE, caseWith({ kind: 'innovation-partnership', phase: 'planning', extra: partial }));
    expect([f!.range, f!.data]).toEqual(['26:1-26:13', { missing: ['risk', 'profit'] }]);
    const full = `${partial}  risk: Delas.\n  profit: Royalty.\n`;
    expect(ruleFindings(RULE, caseWith({ kind: 'innovation-partnership', phase: 'planning', extra: full }))).toEqual([]);
  });
  it('not for other kinds or closed cases; overrides and Swedish', () => {
    expect(ruleFindings(RULE, caseWith({ kind: 'test-activity', phase: 'planning', extra: GATES }))).toEqual([]);
    expect(ruleFindings(RULE, caseWith({ kind: 'co-development', phase: 'closed', extra: GATES }))).toEqual([]);
    const yaml = caseWith({ kind: 'co-development', phase: 'planning', extra: GATES });
    expect(ruleFindings(RULE, { yaml, policy: 'rules:\n  missing-risk-sharing: error\n' })[0]!.severity).toBe('error');
    expect(ruleFindings(RULE, { yaml, locale: 'sv' })[0]!.message).toContain('eventuell vinst');
  });
});

describe('procurement-not-considered', () => {
  const RULE = 'procurement-not-considered';
  it('fires from planning on for test activities, co-development and need announcements', () => {
    expect(ruleFindings(RULE, caseWith({ kind: 'test-activity' }))).toEqual([]);
    expect(ruleFindings(RULE, caseWith({ kind: 'test-activity', phase: 'planning', extra: GATES }))).toMatchObject([{ severity: 'warning', range: '4:7-4:20' }]);
    expect(ruleFindings(RULE, caseWith({ kind: 'dialogue', phase: 'planning', extra: GATES }))).toEqual([]);
  });
  it('points at the procurement key when considered is not true, and is satisfied by true', () => {
    const yaml = caseWith({ kind: 'need-announcement', phase: 'planning', extra: `${GATES}procurement:\n  considered: false\n` });
    expect(ruleFindings(RULE, yaml)[0]!.range).toBe('26:1-26:12');
    expect(ruleFindings(RULE, yaml.replace('considered: false', 'considered: true'))).toEqual([]);
  });
  it('closed, overrides and Swedish', () => {
    expect(ruleFindings(RULE, caseWith({ kind: 'co-development', phase: 'closed', extra: GATES }))).toEqual([]);
    const yaml = caseWith({ kind: 'co-development', phase: 'planning', extra: GATES });
    expect(ruleFindings(RULE, { yaml, policy: 'rules:\n  procurement-not-considered: off\n' })).toEqual([]);
    expect(ruleFindings(RULE, { yaml, locale: 'sv' })[0]!.message).toContain('projektfällan');
  });
});

describe('stale-case', () => {
  const RULE = 'stale-case';
  it('is info at the phase value when the newest of opened and log is more than 90 days old', () => {
    expect(ruleFindings(RULE, { yaml: caseWith(), today: '2027-01-30' })).toEqual([]);
    const [f] = ruleFindings(RULE, { yaml: caseWith(), today: '2027-01-31' });
    expect(f).toMatchObject({ severity: 'info', range: '5:8-5:13' });
    expect(f!.message).toBe('No activity for 91 days (since 2026-11-01; the limit is 90): add a `log` entry for what is happening, or close the case.');
  });
  it('follows stale_after_days and overrides; silent for closed cases; Swedish', () => {
    expect(ruleFindings(RULE, { yaml: caseWith(), today: '2026-12-10', policy: 'stale_after_days: 30\n' })).toHaveLength(1);
    expect(ruleFindings(RULE, { yaml: caseWith(), today: '2027-06-01', policy: 'rules:\n  stale-case: warning\n' })[0]!.severity).toBe('warning');
    expect(ruleFindings(RULE, { yaml: caseWith({ phase: 'closed', extra: GATES }), today: '2028-01-01' })).toEqual([]);
    expect(ruleFindings(RULE, { yaml: caseWith(), today: '2027-06-01', locale: 'sv' })[0]!.message).toContain('Ingen aktivitet');
  });
});
