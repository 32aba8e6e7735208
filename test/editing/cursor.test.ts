import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../server/src/engine/parse';
import { cursorAt } from '../../server/src/engine/editing/cursor';

/** The cursor at `|` in the text (the bar is removed). */
function at(textWithBar: string) {
  const offset = textWithBar.indexOf('|');
  const text = textWithBar.slice(0, offset) + textWithBar.slice(offset + 1);
  return { text, offset, cursor: cursorAt(parseYaml(text), offset) };
}

describe('cursorAt: keys', () => {
  it('finds a half-typed top-level key with its siblings above and below', () => {
    const { cursor, text } = at('id: VGR-2026-012\nph|\nkind: test-activity\n');
    expect(cursor.position).toBe('key');
    expect(cursor.path).toEqual([]);
    expect(cursor.word.text).toBe('ph');
    expect(text.slice(cursor.word.offset, cursor.word.endOffset)).toBe('ph');
    expect(cursor.siblings).toEqual(['id', 'kind']);
  });

  it('finds a key inside a nested mapping on an empty line', () => {
    const { cursor } = at('id: X\nrequester:\n  organisation: Schemakraft AB\n  |\nphase: needs\n');
    expect(cursor).toMatchObject({ position: 'key', path: ['requester'], siblings: ['organisation'], column: 2 });
    expect(cursor.word.text).toBe('');
  });

  it('a key in the second item of a block sequence', () => {
    const { cursor } = at('agreements:\n  - type: nda\n    status: draft\n  - type: loan\n    st|\nlog: []\n');
    expect(cursor).toMatchObject({ position: 'key', path: ['agreements', 1], siblings: ['type'] });
  });

  it('a key typed right after the dash of a new item is a bare item of the list', () => {
    const { cursor } = at('stakeholders:\n  - role: legal\n    name: Henrik Dahl\n  - ro|\n');
    expect(cursor).toMatchObject({ position: 'value', path: [], key: 'stakeholders', item: 1, bareItem: true });
    expect(cursor.word.text).toBe('ro');
  });

  it('the cursor inside an existing key knows the key has its colon', () => {
    const { cursor } = at('id: X\nph|ase: needs\n');
    expect(cursor).toMatchObject({ position: 'key', keyHasColon: true, path: [] });
    expect(cursor.word.text).toBe('phase');
  });

  it("a compact sequence (dash at the key's column) keeps its path", () => {
    const { cursor } = at('agreements:\n- type: nda\n  sta|\n');
    expect(cursor).toMatchObject({ position: 'key', path: ['agreements', 0], siblings: ['type'] });
  });
});

describe('cursorAt: values', () => {
  it('after `key: ` with nothing typed', () => {
    const { cursor, offset } = at('id: X\nphase: |\n');
    expect(cursor).toMatchObject({ position: 'value', path: [], key: 'phase' });
    expect(cursor.word).toEqual({ text: '', offset, endOffset: offset });
  });

  it('right after the colon, a value needs a space', () => {
    const { cursor } = at('phase:|\n');
    expect(cursor).toMatchObject({ position: 'value', key: 'phase', needsSpace: true });
  });

  it('covers the whole value, also after the cursor and with spaces', () => {
    const { cursor, text } = at('anchoring:\n  - unit: NU/Medicin\n    by: Fred|rik Holmberg  # the manager\n');
    expect(cursor).toMatchObject({ position: 'value', path: ['anchoring', 0], key: 'by', siblingValues: { unit: 'NU/Medicin' } });
    expect(text.slice(cursor.word.offset, cursor.word.endOffset)).toBe('Fredrik Holmberg');
  });

  it('in a flow sequence: the item index, the word and the other items', () => {
    const { cursor, text } = at('directed_at:\n  - unit: NU/Medicin\n    asks: [staff-time, da|ta, premises]\n');
    expect(cursor).toMatchObject({ position: 'value', path: ['directed_at', 0], key: 'asks', item: 1, flow: true, otherItems: ['staff-time', 'premises'] });
    expect(text.slice(cursor.word.offset, cursor.word.endOffset)).toBe('data');
  });

  it('in an empty slot of an unclosed flow sequence', () => {
    const { cursor, offset } = at('directed_at:\n  - unit: NU/Medicin\n    asks: [staff-time, |');
    expect(cursor).toMatchObject({ position: 'value', key: 'asks', item: 1 });
    expect(cursor.word).toEqual({ text: '', offset, endOffset: offset });
  });

  it('after a closed flow sequence there is nothing to complete', () => {
    expect(at('tags: [a, b] |\n').cursor.position).toBe('none');
  });

  it('a block sequence item of scalars', () => {
    const { cursor } = at('links:\n  related:\n    - VGR-2025-011\n    - VGR|\n');
    expect(cursor).toMatchObject({ position: 'value', path: ['links'], key: 'related', item: 1, bareItem: true });
    expect(cursor.word.text).toBe('VGR');
  });

  it('a flow mapping in a list item (directory roles)', () => {
    const { cursor } = at('people:\n  - name: Anna Berg\n    roles:\n      - { role: verksamhetschef, unit: SU/|Ortopedi }\n');
    expect(cursor).toMatchObject({ position: 'value', path: ['people', 0, 'roles', 0], key: 'unit', siblingValues: { role: 'verksamhetschef' } });
    expect(cursor.word.text).toBe('SU/Ortopedi');
  });

  it('a key in a flow mapping', () => {
    const { cursor } = at('required_stakeholders:\n  - role: legal\n    when: { kind: [co-development], ph| }\n');
    expect(cursor).toMatchObject({ position: 'key', path: ['required_stakeholders', 0, 'when'], siblings: ['kind'], flow: true });
    expect(cursor.word.text).toBe('ph');
  });

  it('a quoted value: the word is inside the quotes; after the closing quote, nothing', () => {
    const { cursor } = at('title: "Test av |AI"\n');
    expect(cursor.word.text).toBe('Test av AI');
    expect(at('title: "Test av AI" |\n').cursor.position).toBe('none');
  });

  it('spaces typed inside a value belong to the word', () => {
    const { cursor, offset, text } = at('stakeholders:\n  - role: legal\n    name: Henrik |\n');
    expect(cursor.word.endOffset).toBe(offset);
    expect(text.slice(cursor.word.offset, cursor.word.endOffset)).toBe('Henrik ');
  });
});

describe('cursorAt: multi-line flows and the end of the text', () => {
  it('inside a flow sequence opened on an earlier line', () => {
    const { cursor } = at('directed_at:\n  - unit: NU/Medicin\n    asks: [staff-time,\n      |]\n    other: 1\n');
    expect(cursor).toMatchObject({ position: 'value', path: ['directed_at', 0], key: 'asks', item: 1, otherItems: ['staff-time'] });
  });

  it('lines that continue a flow are not read as keys', () => {
    const { cursor } = at('a: 1\n|\ntags: [x,\n  y: z]\nb: 2\n');
    expect(cursor.siblings).toEqual(['a', 'tags', 'b']);
    const inFlow = at('directed_at:\n  - unit: X\n    asks: [staff-|\n      data: 1]\n    more: 2\n');
    expect(inFlow.cursor).toMatchObject({ position: 'value', key: 'asks', siblings: ['unit', 'asks', 'more'] });
  });

  it('a key at the very end of the text, without a line break', () => {
    expect(at('id: X\nph|').cursor).toMatchObject({ position: 'key', path: [], siblings: ['id'] });
    expect(at('id: X\nphase: n|').cursor).toMatchObject({ position: 'value', key: 'phase', word: { text: 'n' } });
  });

  it('a blank line between list items belongs to the item above', () => {
    const { cursor } = at('stakeholders:\n  - role: legal\n    |\n  - role: it\n    name: Sara\n');
    expect(cursor).toMatchObject({ position: 'key', path: ['stakeholders', 0], siblings: ['role'] });
  });
});

describe('cursorAt: the AST adds what lines do not show', () => {
  it('a sibling value written over several lines', () => {
    const { cursor } = at('anchoring:\n  - unit: >-\n      NU/Medicin\n    by: |\n');
    expect(cursor.siblingValues.unit).toBe('NU/Medicin');
  });
});

describe('cursorAt: nothing to complete', () => {
  it('in a comment', () => {
    expect(at('# a comment |\nid: X\n').cursor.position).toBe('none');
    expect(at('phase: needs # why |\n').cursor.position).toBe('none');
  });

  it('inside a block scalar', () => {
    expect(at('summary: >-\n  Schemakraft AB testar |\nid: X\n').cursor.position).toBe('none');
  });

  it('but back at the key column after a block scalar', () => {
    const { cursor } = at('summary: >-\n  Schemakraft AB testar\n|\nid: X\n');
    expect(cursor).toMatchObject({ position: 'key', path: [], siblings: ['summary', 'id'] });
  });

  it('right after a dash with no space yet', () => {
    expect(at('tags:\n  -|\n').cursor.position).toBe('none');
  });

  it('in the indentation before content', () => {
    expect(at('requester:\n |  type: company\n').cursor.position).toBe('none');
  });
});

describe('cursorAt: CRLF and odd input', () => {
  it('reads CRLF text the same as LF', () => {
    const { cursor, text } = at('id: X\r\nagreements:\r\n  - type: nda\r\n    status: |\r\n');
    expect(cursor).toMatchObject({ position: 'value', path: ['agreements', 0], key: 'status' });
    expect(cursor.word.offset).toBe(text.indexOf('status: ') + 8);
  });

  it('CRLF: a word ends before the carriage return', () => {
    const { cursor, text } = at('phase: exe|cution\r\nid: X\r\n');
    expect(text.slice(cursor.word.offset, cursor.word.endOffset)).toBe('execution');
  });

  it('never throws', () => {
    for (const t of ['', '|', ':::', '- - - |', '[{|', '"unterminated |', 'a:\n\t- |', '? complex\n: |']) {
      const offset = t.indexOf('|');
      expect(() => cursorAt(parseYaml(t.replace('|', '')), offset)).not.toThrow();
    }
    expect(cursorAt(parseYaml('id: X'), 999).position).not.toBeUndefined();
  });
});
