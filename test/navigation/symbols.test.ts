// Workspace symbol matching: case and diacritics ignored, ranked, capped.
import { describe, expect, it } from 'vitest';
import { fold, rankOf, searchableFor, searchableOf, searchSymbols } from '../../server/src/engine/navigation';

const CASES = [
  { id: 'VGR-2026-012', title: 'Test av AI-baserad bemanningsplanering' },
  { id: 'VGR-2026-030', title: 'Artrosvård i Göteborg' },
  { id: 'SKANE-2026-002', title: 'Digital artrosskola' },
  { id: 'GOTA-1', title: 'Sårvård' },
];
const search = (query: string, limit?: number) => searchSymbols(CASES, (c) => searchableOf(c.id, c.title), query, limit).map((c) => c.id);

describe('fold', () => {
  it('drops case and diacritics', () => {
    expect(fold('Artrosvård i GÖTEBORG')).toBe('artrosvard i goteborg');
    expect(fold('Ä\u0308')).toBe('a');
  });
});

describe('searchSymbols', () => {
  it('finds by title words whatever their case and accents', () => {
    expect(search('artros')).toEqual(['SKANE-2026-002', 'VGR-2026-030']);
    expect(search('ARTROSVÅRD')).toEqual(['VGR-2026-030']);
    expect(search('gote')).toEqual(['VGR-2026-030']);
    expect(search('sarvard')).toEqual(['GOTA-1']);
  });

  it('ranks an id match before a title word, a start before a middle', () => {
    expect(search('gota')).toEqual(['GOTA-1']);
    expect(search('got')).toEqual(['GOTA-1', 'VGR-2026-030']);
    expect(search('vgr-2026')).toEqual(['VGR-2026-012', 'VGR-2026-030']);
    expect(search('2026-0')).toEqual(['SKANE-2026-002', 'VGR-2026-012', 'VGR-2026-030']);
  });

  it('needs every word of a query of several words', () => {
    expect(search('artros göteborg')).toEqual(['VGR-2026-030']);
    expect(search('artros lund')).toEqual([]);
  });

  it('lists everything for an empty query, up to the cap', () => {
    expect(search('')).toHaveLength(4);
    expect(search('', 2)).toEqual(['GOTA-1', 'SKANE-2026-002']);
    expect(rankOf(searchableOf('A', ''), 'zzz')).toBeUndefined();
  });

  it('caps ten thousand matches and folds each owner once', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: `C-${String(i).padStart(5, '0')}`, title: `Göta älv ${i}` }));
    const first = searchSymbols(many, (c) => searchableFor(c, c.id, c.title), 'gota');
    expect(first).toHaveLength(200);
    expect(first[0]!.id).toBe('C-00000');
    expect(searchableFor(many[0]!, 'other')).toBe(searchableFor(many[0]!, 'C-00000', 'Göta älv 0'));
  });
});
