import { describe, expect, it } from 'vitest';
import { lineSpan, parseYaml, spanOf } from '../../server/src/engine/parse';

const slice = (text: string, s: { offset: number; endOffset: number } | undefined) => (s ? text.slice(s.offset, s.endOffset) : undefined);

describe('parseYaml', () => {
  it('keeps YAML 1.2 core scalars: dates and no stay strings', () => {
    const p = parseYaml('opened: 2026-11-22\nmedical: no\ntrl: 4\nflag: true\n');
    expect(p.value).toEqual({ opened: '2026-11-22', medical: 'no', trl: 4, flag: true });
    expect(p.problems).toEqual([]);
  });
  it('reports a duplicate key at the second key', () => {
    const text = 'id: A\ntitle: x\nid: B\n';
    const p = parseYaml(text);
    expect(p.problems.map((x) => [x.code, x.span.line, x.span.column])).toEqual([['duplicate-key', 3, 1]]);
  });
  it('reports a second document at its line', () => {
    const p = parseYaml('id: A\n---\nid: B\n');
    expect(p.problems.map((x) => [x.code, x.span.line])).toEqual([['multiple-documents', 2]]);
  });
  it('reports a top level that is not a mapping, and an empty file', () => {
    expect(parseYaml('- a\n- b\n').problems[0]!.code).toBe('not-mapping');
    expect(parseYaml('').problems[0]!.code).toBe('empty');
    expect(parseYaml('# only a comment\n').problems[0]!.code).toBe('empty');
  });
  it('stops an alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const p = parseYaml(levels.join('\n') + '\n');
    expect(p.problems.map((x) => x.code)).toEqual(['alias-bomb']);
    expect(p.value).toBeUndefined();
  });
  it('gives the same lines and columns with CRLF as with LF', () => {
    for (const nl of ['\n', '\r\n']) {
      const text = ['id: A', 'agreements:', '  - type: nda', '    status: draft', ''].join(nl);
      const p = parseYaml(text);
      const s = spanOf(p, { path: ['agreements', 0, 'type'], part: 'value' })!;
      expect([s.line, s.column, s.endLine, s.endColumn, slice(text, s)]).toEqual([3, 11, 3, 14, 'nda']);
      expect(slice(text, lineSpan(p, 1))).toBe('id: A');
    }
  });
  it('keeps an error at the very end of the text inside the text', () => {
    for (const text of ['a:\n[', 'a: [1,\n', 'a: "x\n', 'a:\n  - [\n']) {
      const p = parseYaml(text);
      expect(p.problems.length, text).toBeGreaterThan(0);
      for (const problem of p.problems) expect(problem.span.endOffset, text).toBeLessThanOrEqual(text.length);
    }
  });
  it('locates keys and values, and falls back to the key for an empty value', () => {
    const text = 'id: A\nneed:\nstakeholders:\n  - role: legal\n    name: X\n';
    const p = parseYaml(text);
    expect(slice(text, spanOf(p, { path: ['need'], part: 'value' }))).toBe('need');
    expect(slice(text, spanOf(p, { path: ['stakeholders'], part: 'key' }))).toBe('stakeholders');
    expect(slice(text, spanOf(p, { path: ['stakeholders', 0], part: 'key' }))).toBe('role');
    expect(spanOf(p, { path: ['stakeholders', 3], part: 'key' })).toBeUndefined();
    expect(spanOf(p, { path: ['nothing'], part: 'value' })).toBeUndefined();
  });
});
