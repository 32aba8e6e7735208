// Hostile text gets one clear verdict wherever it comes from (an editor's text or a file's bytes),
// in words, and nothing on stderr.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkBytes, checkText, defaultPolicy, type FileResult } from '../../server/src/engine';
import { parseYaml, MAX_DEPTH } from '../../server/src/engine/parse';

const options = { today: '2026-11-23', locale: 'en' as const, policy: defaultPolicy() };
const brief = (r: FileResult) => r.findings.map((f) => [f.rule, f.line, f.column, f.message]);
const both = (text: string) => [brief(checkText('a.case.yaml', text, 'case', options)), brief(checkBytes('a.case.yaml', Buffer.from(text), 'case', options))];

afterEach(() => vi.restoreAllMocks());

describe('a NUL character', () => {
  const binary = (line: number, column: number) => [['unreadable-file', line, column, 'The file looks binary (it holds a NUL byte) and was not parsed.']];

  it('is the same finding in the editor (checkText) and from disk (checkBytes)', () => {
    const [text, bytes] = both('id: A\ntitle: a\0b\n');
    expect(text).toEqual(binary(2, 9));
    expect(bytes).toEqual(text);
  });

  it('is found after the first 8 KB too, at its place', () => {
    const text = `id: A\ntitle: ${'x'.repeat(10_000)}\nlog: a\0\n`;
    const [fromText, fromBytes] = both(text);
    expect(fromText).toEqual(binary(3, 7));
    expect(fromBytes).toEqual(fromText);
  });

  it('counts columns after a BOM as the editor does', () => {
    const [fromText, fromBytes] = both('\ufeffa\0');
    expect(fromText).toEqual(binary(1, 2));
    expect(fromBytes).toEqual(fromText);
  });
});

describe('a key that is a list or mapping', () => {
  it('is a yaml-syntax finding at the key, and yaml prints no warning', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const log = vi.spyOn(console, 'warn');
    const text = 'id: A\n? [a, b]\n: 1\n';
    const r = checkText('a.case.yaml', text, 'case', options);
    expect(brief(r)).toEqual([['yaml-syntax', 2, 3, 'A key here is a list or a mapping; keys must be plain words such as `title` or `phase`.']]);
    expect(text.slice(r.findings[0]!.offset, r.findings[0]!.endOffset)).toBe('[a, b]');
    expect(brief(checkText('a.case.yaml', 'id: A\n{x: 1}: 2\n', 'policy', options)).map((f) => f[0])).toEqual(['yaml-syntax']);
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it('in Swedish', () => {
    const r = checkText('a.case.yaml', 'id: A\n[a]: 1\n', 'case', { ...options, locale: 'sv' });
    expect(r.findings[0]!.message).toBe('En nyckel här är en lista eller en mappning; nycklar ska vara vanliga ord som `title` eller `phase`.');
  });
});

describe('deep nesting', () => {
  const message = `Lists or mappings are nested too deeply here (more than ${MAX_DEPTH} levels inside each other) to be read; a case file is never nested this deep.`;

  // Block nesting costs its depth in indentation per line: 2,000 levels are 2 MB already.
  it('10,000 levels of flow lists and mappings, 2,000 of block lists, are one finding in words', () => {
    const flow = `id: A\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const maps = `id: A\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`;
    const block = `id: A\nx:\n${Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i)}-`).join('\n')} 1\n`;
    for (const text of [flow, maps, block]) {
      const found = brief(checkText('a.case.yaml', text, 'case', options));
      expect(found).toHaveLength(1);
      expect(found[0]!.slice(0, 1)).toEqual(['yaml-syntax']);
      expect(found[0]![3]).toBe(message);
      expect(found[0]![3]).not.toMatch(/call stack/);
    }
  });

  it('just over the limit is found without any overflow, at the node that is too deep', () => {
    const depth = MAX_DEPTH + 1;
    const text = `id: A\nx: ${'['.repeat(depth - 1)}1${']'.repeat(depth - 1)}\n`;
    const p = parseYaml(text);
    expect(p.problems.map((x) => [x.code, x.span.line, x.span.column])).toEqual([['too-deep', 2, 4 + MAX_DEPTH - 1]]);
    expect(parseYaml(`id: A\nx: ${'['.repeat(MAX_DEPTH - 2)}1${']'.repeat(MAX_DEPTH - 2)}\n`).problems).toEqual([]);
  });
});
