// Every text the extension writes follows casefile.language: it goes through l10n.t of
// client/src/i18n.ts, never vscode.l10n (VS Code's display language) and never a bare literal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '../../client/src');
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));

/** Where a user-facing text is set or shown, followed by a string literal. */
const LITERAL_TEXT = /(?:show(?:Information|Warning|Error)Message\(|(?:placeHolder|prompt|title|tooltip|label|detail|description|message|name|text)\s*[:=]\s*)(['"`])(?!\1)/g;

describe('client texts', () => {
  it('use l10n from i18n.ts, not vscode.l10n', () => {
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.filter((s) => /vscode\.l10n\b/.test(s.text.replace(/^\s*(\/\/|\/?\*).*$/gm, ''))).map((s) => s.file)).toEqual([]);
  });

  it('are never literals where the user reads them', () => {
    const probe = (line: string) => [...line.matchAll(LITERAL_TEXT)].length;
    expect([probe("item.name = 'Casefile';"), probe('showErrorMessage(`failed`)'), probe("{ title: 'Open' }")]).toEqual([1, 1, 1]);
    expect([probe("item.name = l10n.t('Casefile');"), probe('description: kind,'), probe("text: ''")]).toEqual([0, 0, 0]);
    const found = sources.flatMap(({ file, text }) =>
      [...text.matchAll(LITERAL_TEXT)].map((m) => `${file}: ${text.slice(m.index + m[0].length - 1).match(/^(['"`])(?:[^\\]|\\.)*?\1/)?.[0] ?? m[0]}`),
    );
    expect(found).toEqual([]);
  });
});
