// Mutated samples through the whole engine and every formatter: no throw, sane findings, valid
// JSON/SARIF/JUnit, no injected line in github/stylish/markdown.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { HOSTILE } from '../formatters/hostile';
import { CASES, DIRECTORY, POLICY, charMutation, lineMutation, mutate, mutatedCase, mutatedText, yamlMutation } from './mutate';
import { checkPipeline, type PipelineInput } from './pipeline';
import { runProperty, TIMEOUT } from './runs';

const fileName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CASES.map((c) => c.file)) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((s) => `cases/${s}.case.yaml`) },
);

const settingsText = (base: string) =>
  fc.option(
    fc
      .record({
        yaml: fc.array(yamlMutation, { maxLength: 2 }),
        lines: fc.array(lineMutation, { maxLength: 1 }),
        chars: fc.array(charMutation, { maxLength: 2 }),
        stressor: fc.constant('none' as const),
      })
      .map((m) => mutate(base, m)),
    { nil: base, freq: 2 },
  );

const pipelineInput: fc.Arbitrary<PipelineInput> = fc
  .record({
    cases: fc.array(fc.record({ name: fileName, mutation: mutatedCase, plain: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    policy: fc.option(settingsText(POLICY), { nil: undefined, freq: 5 }),
    directory: fc.option(settingsText(DIRECTORY), { nil: undefined, freq: 5 }),
    locale: fc.constantFrom('en' as const, 'sv' as const),
    quiet: fc.boolean(),
    maxWarnings: fc.option(fc.nat(5), { nil: undefined }),
  })
  .map(({ cases, ...rest }) => ({
    ...rest,
    // Names are unique per run, as paths are; the first case is always mutated.
    cases: cases.map((c, i) => ({ file: i === 0 ? c.name : `${c.name}.${i}`, text: i > 0 && c.plain ? CASES[c.mutation.sample]!.text : mutatedText(c.mutation) })),
  }));

/** Bytes a decoder must survive: invalid UTF-8, UTF-16 byte order marks, NULs, truncated sequences. */
const byteInput = fc
  .record({
    mutation: mutatedCase,
    bytes: fc.array(
      fc.record({
        at: fc.nat(),
        insert: fc.oneof(
          fc.uint8Array({ maxLength: 4 }),
          fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xc3], [0xe2, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0]),
        ),
      }),
      { maxLength: 3 },
    ),
    locale: fc.constantFrom('en' as const, 'sv' as const),
  })
  .map(({ mutation, bytes, locale }): PipelineInput => {
    const encoded = [...Buffer.from(mutatedText(mutation), 'utf8')];
    for (const b of bytes) encoded.splice(b.at % (encoded.length + 1), 0, ...Array.from(b.insert));
    return { cases: [{ file: 'cases/bytes.case.yaml', bytes: encoded }], locale, quiet: false };
  });

describe('fuzz: engine and formatters', () => {
  it(
    'mutated samples (text, lines, YAML structure, settings) check without a throw and format safely',
    () => runProperty('engine+formatters: mutated samples', fc.property(pipelineInput, checkPipeline), { runs: 1000, share: 0.02, seconds: 22 }),
    TIMEOUT,
  );

  it(
    'mutated bytes decode or are reported, and format safely',
    () => runProperty('engine+formatters: mutated bytes', fc.property(byteInput, checkPipeline), { runs: 3000, share: 0.01, seconds: 8 }),
    TIMEOUT,
  );
});
