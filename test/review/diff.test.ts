import { describe, expect, it } from 'vitest';
import { valueChanges } from '../../server/src/engine/review/diff';

describe('valueChanges', () => {
  it('names changed scalars, added and removed keys, sorted', () => {
    const base = { phase: 'needs', title: 'A', need: { verified: false }, old: 1 };
    const head = { phase: 'planning', title: 'A', need: { verified: true, verified_by: 'X' }, agreements: [{ type: 'nda' }] };
    expect(valueChanges(base, head)).toEqual(['agreements', 'need.verified', 'need.verified_by', 'old', 'phase']);
  });

  it('compares list items by index', () => {
    expect(valueChanges({ tags: ['a', 'b'] }, { tags: ['b', 'a', 'c'] })).toEqual(['tags[0]', 'tags[1]', 'tags[2]']);
    expect(valueChanges({ a: [{ s: 'draft' }, { s: 'x' }] }, { a: [{ s: 'signed' }] })).toEqual(['a[0].s', 'a[1]']);
  });

  it('names a value that changed type at its own path, and quotes odd keys', () => {
    expect(valueChanges({ need: 'x' }, { need: { statement: 'x' } })).toEqual(['need']);
    expect(valueChanges({ links: { 'a.b': 1 } }, { links: { 'a.b': 2 } })).toEqual(['links["a.b"]']);
    expect(valueChanges({ n: 1 }, { n: '1' })).toEqual(['n']);
  });

  it('finds nothing in equal values', () => {
    const v = { a: [1, { b: null }], c: { d: true } };
    expect(valueChanges(v, structuredClone(v))).toEqual([]);
  });

  it('with leaves, names the keys of a mapping added whole', () => {
    expect(valueChanges({}, { outcome: { result: 'x', date: 'y' } })).toEqual(['outcome']);
    expect(valueChanges({}, { outcome: { result: 'x', date: 'y' } }, { leaves: true })).toEqual(['outcome.date', 'outcome.result']);
  });
});
