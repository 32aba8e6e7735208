// Flow collections (`[a, b]`, `{k: v}`), read character by character.
import { noCursor, type Cursor, type Word } from './cursor-model';
import { unquote } from './cursor-text';

/**
 * The characters of flow YAML from `from` on, each with whether it is inside quotes. Comments are
 * skipped after their `#`; the text's end comes last as `ch: ''` (not after an unended comment).
 */
function* flowChars(text: string, from: number): Generator<{ i: number; ch: string; quoted: boolean }> {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      yield { i, ch, quoted: true };
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    yield { i, ch, quoted: false };
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return;
      i = nl - 1;
    }
  }
  yield { i: text.length, ch: '', quoted: false };
}

/** The offset of the bracket closing the one at `open`, or -1. */
export function matchFlow(text: string, open: number): number {
  let depth = 0;
  for (const { i, ch, quoted } of flowChars(text, open)) {
    if (quoted) continue;
    if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

interface FlowFrame {
  ch: '[' | '{';
  index: number;
  elemStart: number;
  key?: string;
  valueStart?: number;
  keys: string[];
  values: Record<string, string>;
  items: string[];
}

/** The cursor inside a flow collection that opens at `open` and belongs at `base`. */
export function flowCursor(text: string, open: number, offset: number, base: (string | number)[], lineIndent: number): Cursor {
  const frames: FlowFrame[] = [];
  let snapshot: { frames: FlowFrame[]; innermost: FlowFrame } | undefined;
  const closeElement = (f: FlowFrame, i: number) => {
    const raw = text.slice(f.valueStart ?? f.elemStart, i).trim();
    if (f.ch === '[') {
      f.items.push(unquote(raw));
    } else if (f.key !== undefined) {
      f.keys.push(f.key);
      if (raw) f.values[f.key] = unquote(raw);
    }
  };
  for (const { i, ch, quoted } of flowChars(text, open)) {
    if (i === offset) {
      const innermost = frames[frames.length - 1];
      if (!innermost || quoted) return noCursor(offset);
      snapshot = { frames: frames.map((f) => ({ ...f })), innermost };
    }
    if (ch === '') break;
    if (quoted) continue;
    if (ch === '[' || ch === '{') {
      frames.push({ ch, index: 0, elemStart: i + 1, keys: [], values: {}, items: [] });
    } else if (ch === ']' || ch === '}') {
      const f = frames.pop();
      if (f) closeElement(f, i);
      if (frames.length === 0 || (snapshot && !frames.includes(snapshot.innermost))) break;
    } else if (ch === ',') {
      const f = frames[frames.length - 1];
      if (f) {
        closeElement(f, i);
        f.index++;
        f.elemStart = i + 1;
        f.key = undefined;
        f.valueStart = undefined;
      }
    } else if (ch === ':' && /[\s,\]}]/.test(text[i + 1] ?? ' ')) {
      const f = frames[frames.length - 1];
      if (f && f.ch === '{' && f.key === undefined) {
        f.key = unquote(text.slice(f.elemStart, i).trim());
        f.valueStart = i + 1;
      }
    }
  }
  if (!snapshot) return noCursor(offset);
  const { frames: at, innermost: live } = snapshot;
  const path = [...base];
  for (const f of at.slice(0, -1)) {
    if (f.ch === '[') path.push(f.index);
    else if (f.key !== undefined) path.push(f.key);
    else return noCursor(offset);
  }
  const f = at[at.length - 1]!;
  const start = f.valueStart ?? f.elemStart;
  const word = flowWord(text, start, offset);
  const common = { siblingValues: {}, otherItems: [] as string[], column: 0, lineIndent, flow: true };
  if (f.ch === '[') {
    const key = path.pop();
    if (typeof key !== 'string') return noCursor(offset);
    const items = live.items.filter((item, n) => n !== f.index && item !== '');
    return { ...common, position: 'value', path, key, item: f.index, word, siblings: [], otherItems: items };
  }
  const keys = live.keys.filter((k) => k !== f.key);
  if (f.key !== undefined) {
    const values = { ...live.values };
    return { ...common, position: 'value', path, key: f.key, word, siblings: keys, siblingValues: values, needsSpace: text[f.valueStart!] !== ' ' && word.offset === f.valueStart };
  }
  return { ...common, position: 'key', path: path, word, siblings: keys, siblingValues: { ...live.values } };
}

/** The element text around the cursor in a flow collection, from `start` (after `[`, `{`, `,` or `:`). */
function flowWord(text: string, start: number, offset: number): Word {
  let s = start;
  while (s < offset && /\s/.test(text[s]!)) s++;
  if (text[s] === '"' || text[s] === "'") s++;
  let e = offset;
  while (e < text.length && !/[,\]}\n\r#"']/.test(text[e]!)) e++;
  while (e > offset && /\s/.test(text[e - 1]!)) e--;
  return { text: text.slice(s, e), offset: s, endOffset: e };
}
