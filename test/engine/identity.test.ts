// What makes two findings the same across commits: the node and the subject, never the line, and
// not what changes while the problem stays (a date, a size, a status, a sum).
import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../server/src/engine/findings';
import { fingerprintsOf, formatPath, pathAt } from '../../server/src/engine/identity';
import { parseYaml } from '../../server/src/engine/parse';
import { defaultPolicy } from '../../server/src/engine';

const span = { offset: 0, endOffset: 1, line: 1, column: 1, endLine: 1, endColumn: 2 };
const made = (rule: string, messageId: string, args: Record<string, string | number>, line = 1) =>
  makeFinding(rule, messageId, { ...span, line, endLine: line }, { locale: 'en', policy: defaultPolicy(), args })!;
const print = (f: ReturnType<typeof made>) => fingerprintsOf([f], 'id:X')[0];

describe('finding identity', () => {
  it('ignores the line, and what changes while the problem stays', () => {
    expect(print(made('stale-case', 'stale', { days: 120, last: '2026-05-12', limit: 90 }, 3))).toBe(
      print(made('stale-case', 'stale', { days: 30, last: '2026-06-01', limit: 60 }, 9)),
    );
    expect(print(made('unreadable-file', 'too-large', { size: '5.8' }))).toBe(print(made('unreadable-file', 'too-large', { size: '6.0' })));
    expect(print(made('missing-agreement', 'unsigned', { type: 'nda', status: 'draft' }))).toBe(
      print(made('missing-agreement', 'unsigned', { type: 'nda', status: 'negotiating' })),
    );
  });

  it('tells subjects apart: another role, another agreement type', () => {
    expect(print(made('missing-stakeholder', 'missing', { role: 'legal' }))).not.toBe(print(made('missing-stakeholder', 'missing', { role: 'it' })));
    expect(print(made('missing-agreement', 'unsigned', { type: 'nda' }))).not.toBe(print(made('missing-agreement', 'unsigned', { type: 'assignment' })));
  });

  it('names the node a span points at by its YAML path', () => {
    const text = 'id: A\nagreements:\n  - type: nda\n    status: draft\n"odd.key": 1\n';
    const parsed = parseYaml(text);
    const at = (needle: string) => formatPath(pathAt(parsed, { offset: text.indexOf(needle), endOffset: text.indexOf(needle) + needle.length }));
    expect(at('draft')).toBe('agreements[0].status');
    expect(at('status')).toBe('agreements[0].status');
    expect(at('type: nda\n    status: draft')).toBe('agreements[0]');
    expect(at('"odd.key"')).toBe('["odd.key"]');
  });
});
