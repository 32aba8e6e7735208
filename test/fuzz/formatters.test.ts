// Arbitrary reports (any file name, any message) through every formatter: the cheap, high-volume
// half of the output-safety property; engine.test.ts feeds the formatters what the engine finds.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { tally, type CheckReport, type FileReport } from '../../server/src/cli/report';
import { docsUrl, RULE_IDS, RULES, type Finding } from '../../server/src/engine';
import { HOSTILE } from '../formatters/hostile';
import { SPECIAL } from './mutate';
import { formatterProblems } from './pipeline';
import { runProperty, TIMEOUT } from './runs';

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({
    unit: fc.constantFrom(...SPECIAL, ...HOSTILE, '`', '|', '<', '>', '&', '[', ']', '(', ')', '!', '#', '*', '_', '~', '\\', '%', ':', ',', 'www.', 'http://'),
    maxLength: 8,
  }),
);

const position = fc.record({ line: fc.integer({ min: 1, max: 9999 }), column: fc.integer({ min: 1, max: 500 }), lines: fc.nat(3), length: fc.nat(80) });

const finding: fc.Arbitrary<Finding> = fc
  .record({
    rule: fc.constantFrom(...RULE_IDS),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    message: text,
    at: position,
    suppressed: fc.option(fc.record({ reason: text, line: fc.integer({ min: 1, max: 99 }) }), { nil: undefined, freq: 4 }),
  })
  .map(({ at, suppressed, ...f }) => ({
    ...f,
    offset: at.line * 40,
    endOffset: at.line * 40 + at.length,
    line: at.line,
    column: at.column,
    endLine: at.line + at.lines,
    endColumn: at.column + at.length,
    ...(suppressed ? { suppressed } : {}),
  }));

const report: fc.Arbitrary<CheckReport> = fc
  .record({
    files: fc.array(fc.record({ file: fc.oneof(text, fc.constantFrom(...HOSTILE)), findings: fc.array(finding, { maxLength: 4 }) }), { maxLength: 4 }),
    maxWarnings: fc.option(fc.nat(3), { nil: undefined }),
    // A few rules' metadata (SARIF describes the others from their findings): the whole table would
    // make SARIF most of the cost of each input.
    rules: fc.subarray(
      RULES.map((r) => r.meta),
      { maxLength: 3 },
    ),
  })
  .map(({ files, maxWarnings, rules }) => {
    const list: FileReport[] = files;
    return { files: list, ...tally(list), tool: { name: 'casefile', version: '0.0.0-fuzz' }, rules, docs: docsUrl, maxWarnings };
  });

describe('fuzz: formatters', () => {
  it(
    'any file name and message: valid output, nothing injected',
    () =>
      runProperty(
        'formatters: arbitrary reports',
        fc.property(report, fc.constantFrom('en' as const, 'sv' as const), (r, locale) => {
          const problems = formatterProblems(r, locale);
          if (problems.length) throw new Error(problems.join('\n'));
        }),
        { runs: 15000, share: 1, seconds: 10 },
      ),
    TIMEOUT,
  );
});
