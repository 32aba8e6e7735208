// Property: a phase move on a case whose log takes any form (block items, flow-mapping items, flow
// sequence, empty, missing), in any line ending, with or without a final newline and comments,
// changes the phase, appends exactly one log entry at the end, and leaves everything else as it was.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movePhase } from '../../server/src/engine/editing/move-phase';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import { parseYaml } from '../../server/src/engine/parse';

const TODAY = '2026-11-23';
const EVENTS = ['Start', 'Möte: beslut', 'Avtal "signerat"', 'a # not a comment', 'Fas: planering → genomförande', "it's done", '[x]', 'ok, klart'];

const entry = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  event: fc.constantFrom(...EVENTS),
  phase: fc.option(fc.constantFrom('needs', 'planning', 'execution'), { nil: undefined }),
  comment: fc.boolean(),
});

const input = fc.record({
  phase: fc.constantFrom('planning', 'execution', 'result'),
  direction: fc.constantFrom('next' as const, 'previous' as const),
  locale: fc.constantFrom('en' as const, 'sv' as const),
  form: fc.constantFrom('block', 'block-flow-items', 'flow-seq', 'empty-flow', 'empty', 'missing'),
  dash: fc.constantFrom('', '  ', '    '),
  entries: fc.array(entry, { minLength: 1, maxLength: 4 }),
  eol: fc.constantFrom('\n', '\r\n'),
  finalNewline: fc.boolean(),
  after: fc.constantFrom('', 'tags: [a, b] # tail', '# closing comment'),
});

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

function caseText(i: Input): string {
  const date = (d: number) => `2026-03-${String(d).padStart(2, '0')}`;
  const flowItem = (e: Input['entries'][number]) => `{ date: ${date(e.day)}, event: ${JSON.stringify(e.event)}${e.phase ? `, phase: ${e.phase}` : ''} }`;
  const lines = [
    '# case header',
    'id: A-1',
    'title: t',
    'kind: dialogue',
    `phase: ${i.phase}   # where it is`,
    'opened: 2026-01-01',
    'need: { statement: s, verified: true }',
    'evaluation: { benefit: 3, feasibility: 4 }',
  ];
  if (i.form === 'block' || i.form === 'block-flow-items') {
    lines.push('log:');
    for (const e of i.entries) {
      if (e.comment) lines.push(`${i.dash}# about ${e.day}`);
      if (i.form === 'block-flow-items') lines.push(`${i.dash}- ${flowItem(e)}`);
      else lines.push(`${i.dash}- date: ${date(e.day)}`, `${i.dash}  event: ${JSON.stringify(e.event)}`, ...(e.phase ? [`${i.dash}  phase: ${e.phase}`] : []));
    }
  } else if (i.form === 'flow-seq') lines.push(`log: [${i.entries.map(flowItem).join(`,${i.eol}  `)}] # the log`);
  else if (i.form === 'empty-flow') lines.push('log: []');
  else if (i.form === 'empty') lines.push('log:   # nothing yet');
  if (i.after) lines.push(i.after);
  return lines.join(i.eol) + (i.finalNewline ? i.eol : '');
}

// The comments this test writes (an event's ` # ` inside quotes is none).
const comments = (text: string) => [...text.matchAll(/# (?:case header|where it is|about \d+|the log|nothing yet|tail|closing comment)(?=\r?$)/gm)].map((m) => m[0]).sort();

describe('movePhase (property)', () => {
  it('changes the phase, appends one log entry at the end, keeps every other value, comment and line ending', () => {
    fc.assert(
      fc.property(input, (i) => {
        const text = caseText(i);
        const before = parseYaml(text);
        expect(before.problems).toEqual([]);
        const outcome = movePhase(before, i.direction, { today: TODAY, locale: i.locale });
        if ('refused' in outcome) {
          // Only at the ends is this case refused: the gates are met.
          expect(i.direction === 'next' && i.phase === 'result').toBe(true);
          return;
        }
        const after = applyEdits(text, outcome.edits);
        const parsed = parseYaml(after);
        expect(parsed.problems, after).toEqual([]);
        const [was, is] = [before.value as Record<string, unknown>, parsed.value as Record<string, unknown>];
        expect(is.phase).toBe(outcome.phase);
        const oldLog = Array.isArray(was.log) ? was.log : [];
        expect(is.log).toEqual([...oldLog, { date: TODAY, event: expect.stringMatching(i.locale === 'sv' ? /^Fas: \S.* → \S/ : /^Phase: \S.* → \S/), phase: outcome.phase }]);
        for (const key of new Set([...Object.keys(was), ...Object.keys(is)])) {
          if (key !== 'phase' && key !== 'log') expect(isDeepStrictEqual(was[key], is[key]), key).toBe(true);
        }
        expect(comments(after)).toEqual(comments(text));
        if (i.eol === '\r\n') expect(after.replace(/\r\n/g, '')).not.toContain('\n');
        else expect(after).not.toContain('\r');
      }),
      { numRuns: 300 },
    );
  });
});
