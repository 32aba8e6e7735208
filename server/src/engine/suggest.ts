// "Did you mean …?" for typos in keys, enum values, rule ids, case ids, units and people.

/** Values longer than this get no suggestion: nobody mistypes a 200-character unit, and it bounds the work. */
export const MAX_SUGGEST_LENGTH = 200;

export function closest(value: string, candidates: readonly string[]): string | undefined {
  if (value.length > MAX_SUGGEST_LENGTH) return undefined;
  const limit = Math.max(1, Math.floor(value.length / 3));
  const lower = value.toLowerCase();
  let best: string | undefined;
  // Only a candidate closer than the best so far matters, so each distance may stop early.
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Damerau–Levenshtein (optimal string alignment) distance, computed only within `max` of the
 * diagonal: any result above `max` is returned as `max + 1`. Time O(max · length), memory O(length).
 */
export function distance(a: string, b: string, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  const cap = Math.min(max, Math.max(n, m));
  const big = cap + 1;
  let before = new Int32Array(m + 1).fill(big);
  let prev = new Int32Array(m + 1).fill(big);
  let cur = new Int32Array(m + 1).fill(big);
  for (let j = 0; j <= Math.min(m, cap); j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - cap);
    const hi = Math.min(m, i + cap);
    // Cells just outside the band still hold values from three rows ago; the band reads them.
    cur[0] = i <= cap ? i : big;
    if (lo > 1) cur[lo - 1] = big;
    if (hi < m) cur[hi + 1] = big;
    let rowMin = cur[0]!;
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2]! + 1);
      if (v > big) v = big;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // A transposition reaches back two rows, so both rows must be over the bound to stop.
    if (rowMin > cap && prevMin > cap) return max + 1;
    prevMin = rowMin;
    [before, prev, cur] = [prev, cur, before];
  }
  const d = prev[m]!;
  return d > cap ? max + 1 : d;
}
