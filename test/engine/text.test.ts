import { describe, expect, it } from 'vitest';
import { codeSpan, decodeBytes, firstInvalidUtf8, markdownText } from '../../server/src/engine/text';

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeBytes', () => {
  it('reads UTF-8 and drops a BOM so columns match the editor', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'id: å\n'))).toEqual({ ok: true, text: 'id: å\n' });
  });
  it('locates the first byte that is not UTF-8 (Latin-1 å on line 2)', () => {
    expect(decodeBytes(bytes('id: X\ntitle: V', [0xe5], 'rd\n'))).toEqual({ ok: false, problem: 'not-utf8', line: 2, column: 9 });
  });
  it('calls a file with a NUL byte binary', () => {
    expect(decodeBytes(bytes('ab\ncd', [0], 'x'))).toMatchObject({ ok: false, problem: 'binary', line: 2, column: 3 });
  });
  it('recognises UTF-16 by its BOM', () => {
    expect(decodeBytes(bytes([0xff, 0xfe], [0x69, 0]))).toMatchObject({ ok: false, problem: 'utf16' });
  });
  it('rejects overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(bytes('a', [0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(bytes('ab', [0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(bytes('abc', [0xe2, 0x82]))).toBe(3);
    expect(firstInvalidUtf8(bytes('ok ✓ 😀'))).toBe(bytes('ok ✓ 😀').length);
  });
});

describe('repository text in hover Markdown', () => {
  it('is never markup, a link, an image or HTML, and stays on one line', () => {
    expect(markdownText('![](https://host/p.png) <img src=x> **b** `c`\nd')).toBe(String.raw`!\[\](https://host/p.png) \<img src=x\> \*\*b\*\* \`c\` d`);
    expect(markdownText('# heading')).toBe('\\# heading');
  });

  it('as a code span is literal whatever backticks it holds', () => {
    expect(codeSpan('cases/a.case.yaml')).toBe('`cases/a.case.yaml`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});
