// The edit primitives: minimal edits that keep comments, quotes, indentation and line endings.
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../server/src/engine/parse';
import { appendItem, applyEdits, insertLineBefore, replaceScalar, scalarText, setKey, type NewItem } from '../../server/src/engine/editing/yaml-edit';
import type { TextEdit } from '../../server/src/engine/editing/types';

const ITEM: NewItem = { block: ['- role: legal', '  name: NAME'], flow: '{ role: legal, name: NAME }' };
const ORDER = ['id', 'title', 'stakeholders', 'agreements', 'log'];

function edited(text: string, make: (p: ReturnType<typeof parseYaml>) => TextEdit | undefined): string | undefined {
  const edit = make(parseYaml(text));
  if (!edit) return undefined;
  const out = applyEdits(text, [edit]);
  expect(parseYaml(out).problems, out).toEqual([]);
  return out;
}

describe('replaceScalar', () => {
  it('keeps plain, single and double quoting and the trailing comment', () => {
    expect(edited('a: b # c\n', (p) => replaceScalar(p, ['a'], 'x'))).toBe('a: x # c\n');
    expect(edited("a: 'b'\n", (p) => replaceScalar(p, ['a'], "it's"))).toBe("a: 'it''s'\n");
    expect(edited('a: "b"\n', (p) => replaceScalar(p, ['a'], 'say "hi"'))).toBe('a: "say \\"hi\\""\n');
  });

  it('quotes a plain value that would not read back as the same string', () => {
    expect(edited('a: b\n', (p) => replaceScalar(p, ['a'], 'x: y'))).toBe('a: "x: y"\n');
    expect(scalarText('yes')).toBe('yes');
    expect(scalarText('2026-01-01')).toBe('2026-01-01');
    expect(scalarText('a\nb')).toBe('"a\\nb"');
    expect(scalarText('')).toBe('""');
    expect(scalarText('2026', { flow: true })).toBe('"2026"');
    expect(scalarText('Foo, Bar AB', { flow: true })).toBe('"Foo, Bar AB"');
    expect(scalarText('Medtech AB', { flow: true })).toBe('Medtech AB');
  });

  it('gives nothing for a path that is not a scalar', () => {
    expect(edited('a: [1]\n', (p) => replaceScalar(p, ['a'], 'x'))).toBeUndefined();
    expect(edited('a: 1\n', (p) => replaceScalar(p, ['b'], 'x'))).toBeUndefined();
  });
});

describe('setKey', () => {
  it('adds a key after the last entry of a block mapping at its indentation', () => {
    expect(edited('l:\n  - a: 1\n    b: 2   # two\nz: 3\n', (p) => setKey(p, ['l', 0], 'c', 'x'))).toBe('l:\n  - a: 1\n    b: 2   # two\n    c: x\nz: 3\n');
  });

  it('adds after a nested block value, not inside it', () => {
    expect(edited('m:\n  a:\n    - 1\n    - 2\n', (p) => setKey(p, ['m'], 'b', 'x'))).toBe('m:\n  a:\n    - 1\n    - 2\n  b: x\n');
  });

  it('inserts into a flow mapping before its brace, and into an empty one', () => {
    expect(edited('m: { a: 1 }\n', (p) => setKey(p, ['m'], 'b', 'x'))).toBe('m: { a: 1, b: x }\n');
    expect(edited('m: {}\n', (p) => setKey(p, ['m'], 'b', 'x'))).toBe('m: { b: x }\n');
  });

  it('replaces an existing scalar and fills an empty value', () => {
    expect(edited('m:\n  a: 1 # c\n', (p) => setKey(p, ['m'], 'a', '2'))).toBe('m:\n  a: 2 # c\n');
    expect(edited('m:\n  a:\n  b: 1\n', (p) => setKey(p, ['m'], 'a', '2'))).toBe('m:\n  a: 2\n  b: 1\n');
    expect(edited('m:\n  a: ~\n', (p) => setKey(p, ['m'], 'a', '2'))).toBe('m:\n  a: 2\n');
  });

  it('works in a file without a final newline and with CRLF', () => {
    expect(edited('m:\r\n  a: 1', (p) => setKey(p, ['m'], 'b', '2'))).toBe('m:\r\n  a: 1\r\n  b: 2');
  });
});

describe('appendItem', () => {
  it('appends a block item after the last one, before trailing comments and blank lines', () => {
    const text = 'stakeholders:\n  - role: a\n    name: A  # x\n\n  # later\nlog: []\n';
    expect(edited(text, (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBe(
      'stakeholders:\n  - role: a\n    name: A  # x\n  - role: legal\n    name: NAME\n\n  # later\nlog: []\n',
    );
  });

  it('indents by the dash, also when the first item starts below an anchor or a tag', () => {
    for (const props of ['&a', '!!map']) {
      const text = `stakeholders:\n  - ${props}\n    role: a\n    name: A\n`;
      expect(edited(text, (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBe(`${text}  - role: legal\n    name: NAME\n`);
    }
  });

  it('follows an indentless sequence', () => {
    expect(edited('stakeholders:\n- role: a\n  name: A\n', (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBe(
      'stakeholders:\n- role: a\n  name: A\n- role: legal\n  name: NAME\n',
    );
  });

  it('matches flow-mapping items and flow sequences', () => {
    expect(edited('stakeholders:\n  - { role: a, name: A }\n', (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBe(
      'stakeholders:\n  - { role: a, name: A }\n  - { role: legal, name: NAME }\n',
    );
    expect(edited('stakeholders: [{ role: a, name: A }]  # c\n', (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBe(
      'stakeholders: [{ role: a, name: A }, { role: legal, name: NAME }]  # c\n',
    );
    expect(edited('stakeholders: []\n', (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBe('stakeholders: [{ role: legal, name: NAME }]\n');
  });

  it('fills an empty or null key', () => {
    expect(edited('stakeholders:\nlog: []\n', (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBe('stakeholders:\n  - role: legal\n    name: NAME\nlog: []\n');
    expect(edited('stakeholders: ~\n', (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBe('stakeholders: [{ role: legal, name: NAME }]\n');
  });

  it('creates a missing key after the keys that precede it, else before the first that follows it', () => {
    expect(edited('id: a\ntitle: t\n# the log\nlog: []\n', (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBe(
      'id: a\ntitle: t\nstakeholders:\n  - role: legal\n    name: NAME\n# the log\nlog: []\n',
    );
    expect(edited('# head\nlog: []\n', (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBe('# head\nstakeholders:\n  - role: legal\n    name: NAME\nlog: []\n');
    expect(edited('id: a\nother: 1', (p) => appendItem(p, 'stakeholders', ITEM, ['x']))).toBe('id: a\nother: 1\nstakeholders:\n  - role: legal\n    name: NAME');
  });

  it('uses CRLF in a CRLF file', () => {
    expect(edited('id: a\r\nstakeholders:\r\n  - role: a\r\n    name: A\r\n', (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBe(
      'id: a\r\nstakeholders:\r\n  - role: a\r\n    name: A\r\n  - role: legal\r\n    name: NAME\r\n',
    );
  });

  it('gives nothing where the key holds something else', () => {
    expect(edited('stakeholders: text\n', (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBeUndefined();
    expect(edited('stakeholders: { a: 1 }\n', (p) => appendItem(p, 'stakeholders', ITEM, ORDER))).toBeUndefined();
  });
});

describe('insertLineBefore', () => {
  it('inserts at the line’s indentation, with the file’s line ending', () => {
    expect(edited('a:\n  - b: 1\n', (p) => insertLineBefore(p, 2, '# note'))).toBe('a:\n  # note\n  - b: 1\n');
    expect(edited('a: 1\r\nb: 2', (p) => insertLineBefore(p, 2, '# note'))).toBe('a: 1\r\n# note\r\nb: 2');
  });
});
