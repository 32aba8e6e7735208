// Quick fixes and phase moves on structurally mutated samples: each round-trips (test/fuzz/edits.ts).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkEdits } from './edits';
import { CASES, mutatedText, validCase } from './mutate';
import { runProperty, TIMEOUT } from './runs';

describe('fuzz: quick fixes and phase moves', () => {
  it.each(CASES.map((c) => c.file))('every fix and move on %s round-trips', (file) => checkEdits(CASES.find((c) => c.file === file)!.text));

  it(
    'every fix and move on mutated valid samples round-trips',
    () =>
      runProperty(
        'fixes+moves: mutated valid samples',
        fc.property(validCase, (m) => checkEdits(mutatedText(m))),
        { runs: 1200, share: 0.01, seconds: 12 },
      ),
    TIMEOUT,
  );
});
