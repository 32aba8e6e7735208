// The README's example comment (docs/review-example*.md) is what `casefile review` writes today for
// the change scripts/review-example.mjs makes to samples/, and it renders as meant.
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { EXAMPLE_FILES, renderExample } from '../../scripts/review-example.mjs';
import { wellFormed } from './well-formed';

describe('docs/review-example', () => {
  const fresh = renderExample() as { en: string; sv: string };
  for (const lang of ['en', 'sv'] as const) {
    it(`${lang}: the committed example is a fresh render (node scripts/review-example.mjs rewrites it)`, () => {
      expect(fs.readFileSync(EXAMPLE_FILES[lang], 'utf8')).toBe(fresh[lang]);
    });
    it(`${lang}: whole tables, closed <details>, and every section the change calls for`, () => {
      const tokens = wellFormed(fresh[lang]);
      expect(fresh[lang].startsWith('<!-- casefile-review -->\n')).toBe(true);
      expect(tokens.filter((t) => t.type === 'table_open').length).toBeGreaterThanOrEqual(3);
      expect(fresh[lang]).toMatch(lang === 'en' ? /❌ 1 new error/ : /❌ 1 nytt fel/);
      expect(fresh[lang]).toContain('Mikael Strand');
    });
  }
});
