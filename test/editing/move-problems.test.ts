// What a move makes worse: findings of the moved text that the text before lacked, matched as review matches.
import { describe, expect, it } from 'vitest';
import { caseTextFindings, newProblems } from '../../server/src/engine/editing/move-problems';
import { movePhase } from '../../server/src/engine/editing/move-phase';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import { parseYaml } from '../../server/src/engine/parse';
import { defaultPolicy } from '../../server/src/engine/policy';
import type { CheckOptions, Finding } from '../../server/src/engine';

const f = (rule: string, yamlPath: string, over: Partial<Finding> = {}): Finding => ({
  rule,
  yamlPath,
  messageKey: `${rule}:m`,
  message: `${rule} message`,
  severity: 'error',
  offset: 0,
  endOffset: 1,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  ...over,
});

describe('newProblems', () => {
  it('keeps only what the before side lacks, whatever the lines', () => {
    const before = [f('a', 'x', { line: 3 }), f('b', 'y')];
    const after = [f('a', 'x', { line: 9 }), f('b', 'y'), f('c', 'z')];
    expect(newProblems(before, after).map((x) => x.rule)).toEqual(['c']);
  });

  it('counts repeats, a graver severity as new, and leaves out infos and suppressed findings', () => {
    const before = [f('a', 'x', { severity: 'warning' })];
    const after = [f('a', 'x', { severity: 'error' }), f('b', 'y'), f('b', 'y'), f('i', 'q', { severity: 'info' }), f('s', 'r', { suppressed: { reason: 'r', line: 1 } })];
    expect(newProblems(before, after).map((x) => `${x.rule}:${x.severity}`)).toEqual(['a:error', 'b:error', 'b:error']);
    expect(newProblems([f('b', 'y')], [f('b', 'y'), f('b', 'y')])).toHaveLength(1);
  });
});

describe('caseTextFindings', () => {
  const options: CheckOptions = { policy: defaultPolicy(), today: '2026-11-23', locale: 'en' };
  const text = [
    'version: 1',
    'id: A-2026-001',
    'title: t',
    'kind: dialogue',
    'phase: needs',
    'opened: 2026-10-01',
    'need:',
    '  statement: s',
    '  verified: true',
    'log:',
    '  - { date: 2026-10-01, event: Start }',
    '',
  ].join('\n');

  it('adds the cross-file findings over the other cases, not over the file’s own old facts', () => {
    const other = {
      file: 'cases/b.case.yaml',
      id: { value: 'A-2026-001', span: { offset: 0, endOffset: 1, line: 1, column: 1, endLine: 1, endColumn: 2, yamlPath: 'id' } },
      related: [],
    };
    const alone = caseTextFindings('cases/a.case.yaml', text, options, []);
    const twin = caseTextFindings('cases/a.case.yaml', text, options, [other]);
    expect(alone.some((x) => x.rule === 'duplicate-id')).toBe(false);
    expect(twin.some((x) => x.rule === 'duplicate-id')).toBe(true);
    const self = { ...other, file: 'cases/a.case.yaml' };
    expect(caseTextFindings('cases/a.case.yaml', text, options, [self]).some((x) => x.rule === 'duplicate-id')).toBe(false);
  });

  it('finds nothing new when a move makes the case no worse', () => {
    const outcome = movePhase(parseYaml(text), 'next', { today: '2026-11-23', locale: 'en' });
    if (!('edits' in outcome)) throw new Error(outcome.refused.en);
    const after = applyEdits(text, outcome.edits);
    const check = (t: string) => caseTextFindings('cases/a.case.yaml', t, options, []);
    expect(newProblems(check(text), check(after))).toEqual([]);
  });
});
