// Every failure the fuzz tests found, replayed deterministically: test/fuzz/fixtures/*.json names
// the property and holds its input (a report for the formatters, files for the pipeline).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tally, type FileReport } from '../../server/src/cli/report';
import { docsUrl, RULES, type Locale } from '../../server/src/engine';
import { checkPipeline, formatterProblems, type PipelineInput } from './pipeline';
import { checkEdits } from './edits';

type Fixture =
  | { property: 'formatters'; found: string; locale: Locale; files: FileReport[]; maxWarnings?: number }
  | { property: 'pipeline'; found: string; input: PipelineInput }
  | { property: 'edits'; found: string; text: string };

const DIR = path.join(__dirname, 'fixtures');

describe('fuzz fixtures', () => {
  for (const name of fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const fixture = JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')) as Fixture;
    it(`${name}: ${fixture.found}`, () => {
      if (fixture.property === 'formatters') {
        const report = {
          files: fixture.files,
          ...tally(fixture.files),
          tool: { name: 'casefile', version: '0.0.0-fuzz' },
          rules: RULES.map((r) => r.meta),
          docs: docsUrl,
          maxWarnings: fixture.maxWarnings,
        };
        expect(formatterProblems(report, fixture.locale)).toEqual([]);
      } else if (fixture.property === 'pipeline') checkPipeline(fixture.input);
      else checkEdits(fixture.text);
    });
  }
});
