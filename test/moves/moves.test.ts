// Golden phase moves: each folder holds before.case.yaml, after.case.yaml and move.json (direction,
// locale). The move applied to `before` must give `after` byte for byte: the phase value changed and
// one log entry appended, in every form the log can take, comments and layout kept.
// UPDATE_GOLDEN=1 writes the after files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { movePhase } from '../../server/src/engine/editing/move-phase';
import { applyEdits } from '../../server/src/engine/editing/yaml-edit';
import { parseYaml } from '../../server/src/engine/parse';
import { startsWithBom, withoutBom } from '../../server/src/engine/text';
import type { Locale } from '../../server/src/engine';

const DIR = __dirname;
const TODAY = '2026-11-23';
const folders = fs.readdirSync(DIR).filter((d) => fs.existsSync(path.join(DIR, d, 'move.json')));

describe('golden phase moves', () => {
  it('cover the forms of log', () => {
    expect(folders.length).toBeGreaterThanOrEqual(10);
  });

  for (const folder of folders) {
    it(folder, () => {
      const spec = JSON.parse(fs.readFileSync(path.join(DIR, folder, 'move.json'), 'utf8')) as { direction: 'next' | 'previous'; locale: Locale };
      const before = fs.readFileSync(path.join(DIR, folder, 'before.case.yaml'), 'utf8');
      // As the server does: the engine edits the text without its BOM; the BOM stays in front.
      const text = withoutBom(before);
      const outcome = movePhase(parseYaml(text), spec.direction, { today: TODAY, locale: spec.locale });
      if (!('edits' in outcome)) throw new Error(outcome.refused.en);
      const after = (startsWithBom(before) ? '\uFEFF' : '') + applyEdits(text, outcome.edits);
      const file = path.join(DIR, folder, 'after.case.yaml');
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, after);
      expect(after).toBe(fs.readFileSync(file, 'utf8'));

      const parsed = parseYaml(withoutBom(after));
      expect(parsed.problems).toEqual([]);
      const value = parsed.value as { phase: string; log: { date: string; event: string; phase: string }[] };
      expect(value.phase).toBe(outcome.phase);
      expect(value.log.at(-1)).toEqual({ date: TODAY, event: expect.stringMatching(spec.locale === 'sv' ? /^Fas: .+ → .+$/ : /^Phase: .+ → .+$/), phase: outcome.phase });
    });
  }
});
