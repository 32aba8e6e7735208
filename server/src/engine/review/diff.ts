// Which values a change touched: the YAML paths of leaves added, removed or changed.
import { formatPath } from '../identity';
import { isObj } from '../model';
import type { Path } from '../types';

/**
 * Sorted paths of what differs between two parsed documents: a changed scalar gives its path, an
 * added or removed mapping key (or list item) its path, a value that changed type its own path.
 * List items are compared by index. With `leaves`, a mapping added or removed under a mapping gives
 * the paths of its own keys instead (what describe.ts names when nothing else says it).
 */
export function valueChanges(base: unknown, head: unknown, options: { leaves?: boolean } = {}): string[] {
  const out: string[] = [];
  walk(base, head, [], out, options.leaves === true);
  return [...new Set(out)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function walk(base: unknown, head: unknown, path: (string | number)[], out: string[], leaves: boolean): void {
  if (isObj(base) && isObj(head)) {
    const keys = new Set([...Object.keys(base), ...Object.keys(head)]);
    for (const key of keys) {
      const [b, h] = [Object.hasOwn(base, key), Object.hasOwn(head, key)];
      if (b && h) walk(base[key], head[key], [...path, key], out, leaves);
      else if (leaves && isObj(b ? base[key] : head[key])) walk(b ? base[key] : {}, h ? head[key] : {}, [...path, key], out, leaves);
      else out.push(at([...path, key]));
    }
    return;
  }
  if (Array.isArray(base) && Array.isArray(head)) {
    for (let i = 0; i < Math.max(base.length, head.length); i++) {
      if (i >= base.length || i >= head.length) out.push(at([...path, i]));
      else walk(base[i], head[i], [...path, i], out, leaves);
    }
    return;
  }
  if (!same(base, head)) out.push(at(path));
}

const at = (path: Path) => formatPath(path);

/** Scalars compare by value (a date parsed as Date by time); anything else that reached here differs. */
function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b) || a === b;
  return a === b;
}
