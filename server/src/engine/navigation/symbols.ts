// Workspace symbols: matching a query against names and titles without regard to case or
// diacritics (`gota` finds `Göta`), ranked, capped. The folded forms are kept per owner object,
// so a query over ten thousand cases folds nothing it folded before.

/** Lower case, accents and other combining marks dropped: `Artrosvård` → `artrosvard`. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** What a symbol is found by, folded. */
export interface Searchable {
  /** The id or the name. */
  key: string;
  /** The words of the key and of the description (title, unit name). */
  words: string[];
  /** The description. */
  text: string;
  /** Key and description in one, to turn away most items with one search. */
  all: string;
}

const WORD = /[^\p{L}\p{N}]+/u;

export function searchableOf(key: string, text = ''): Searchable {
  const k = fold(key);
  const t = fold(text);
  return { key: k, text: t, all: `${k}\n${t}`, words: [...k.split(WORD), ...t.split(WORD)].filter(Boolean) };
}

const cache = new WeakMap<object, Searchable>();

/** searchableOf, kept as long as `owner` lives (an index entry's result, a directory). */
export function searchableFor(owner: object, key: string, text = ''): Searchable {
  let s = cache.get(owner);
  if (!s) cache.set(owner, (s = searchableOf(key, text)));
  return s;
}

/**
 * How well a folded query matches, lower is better; undefined when it does not. The id or name
 * itself, then its start, then a word's start, then anywhere. Every word of the query must match.
 */
export function rankOf(s: Searchable, query: string): number | undefined {
  if (query === '') return 6;
  const whole = rankOfWord(s, query);
  if (whole !== undefined || !/\s/.test(query)) return whole;
  let worst = 0;
  for (const part of query.split(/\s+/).filter(Boolean)) {
    const r = rankOfWord(s, part);
    if (r === undefined) return undefined;
    worst = Math.max(worst, r);
  }
  return worst;
}

function rankOfWord(s: Searchable, q: string): number | undefined {
  if (!s.all.includes(q)) return undefined;
  if (s.key === q) return 0;
  if (s.key.startsWith(q)) return 1;
  if (s.words.some((w) => w.startsWith(q))) return 2;
  if (s.key.includes(q)) return 3;
  if (s.text.includes(q)) return 4;
  return undefined;
}

/** The best `limit` items for the query (raw text: folded here), ties by key. */
export function searchSymbols<T>(items: Iterable<T>, searchable: (item: T) => Searchable, query: string, limit = 200): T[] {
  const q = fold(query.trim());
  const hits: { item: T; rank: number; key: string }[] = [];
  for (const item of items) {
    const s = searchable(item);
    const rank = rankOf(s, q);
    if (rank !== undefined) hits.push({ item, rank, key: s.key });
  }
  hits.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return hits.slice(0, limit).map((h) => h.item);
}
