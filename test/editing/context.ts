// Editing contexts built the way the language server builds them: from the sample repository.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings } from '../../server/src/engine';
import { parseYaml } from '../../server/src/engine/parse';
import type { CaseRef, EditingContext } from '../../server/src/engine/editing/types';
import type { CaseFileKind, Locale } from '../../server/src/engine/types';

const root = join(__dirname, '..', '..', 'samples');
export const sample = (file: string) => readFileSync(join(root, file), 'utf8');

const settings = loadSettings(
  { policy: { file: 'casefile.yaml', content: sample('casefile.yaml') }, directory: { file: 'directory.yaml', content: sample('directory.yaml') } },
  { today: '2026-11-23', locale: 'en' },
);

/** The repository's cases as the server's index gives them (one without a title or phase). */
export const CASES: CaseRef[] = [
  { id: 'VGR-2026-012', title: 'Sensormatta för fallprevention', kind: 'test-activity', phase: 'execution' },
  { id: 'VGR-2025-011', title: 'Digital egenvård vid KOL', kind: 'co-development', phase: 'planning' },
  { id: 'SKANE-2026-002', kind: 'dialogue' },
];

export function context(kind: CaseFileKind = 'case', locale: Locale = 'en', withDirectory = true): EditingContext {
  const ctx: EditingContext = { kind, locale, policy: settings.policy, cases: CASES };
  if (withDirectory && settings.directory) ctx.directory = settings.directory;
  return ctx;
}

/** The text without its `|` and the offset where the bar was. */
export function bar(textWithBar: string): { text: string; offset: number; parsed: ReturnType<typeof parseYaml> } {
  const offset = textWithBar.indexOf('|');
  if (offset < 0) throw new Error('no cursor bar');
  const text = textWithBar.slice(0, offset) + textWithBar.slice(offset + 1);
  return { text, offset, parsed: parseYaml(text) };
}
