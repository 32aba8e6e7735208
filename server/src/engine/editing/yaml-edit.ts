// Minimal, comment-preserving text edits on a parsed YAML document: the edit touches only the
// characters it must, in the file's own line endings and indentation; the document is never re-serialised.
import { isMap, isPair, isScalar, isSeq, stringify, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { nodeAt, type ParsedYaml } from '../parse';
import type { Path } from '../types';
import type { TextEdit } from './types';

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

// Inside `[…]` or `{…}` only a plain name stays plain: `,`, brackets and the like would end the scalar.
const FLOW_PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} ._/()&+-]*$/u;

/**
 * A value as one-line YAML text: plain where that reads back as the same string, double-quoted otherwise.
 * `flow`: it goes inside a flow collection.
 */
export function scalarText(value: string | number | boolean, options: { flow?: boolean } = {}): string {
  if (typeof value !== 'string') return String(value);
  const plain = stringify(value, { lineWidth: 0 }).trimEnd() === value;
  return plain && (!options.flow || FLOW_PLAIN.test(value)) ? value : JSON.stringify(value);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentAt(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start))![0];
}

/** Spaces as wide as the text before `offset` on its line (`  - ` → four spaces). */
function columnIndent(text: string, offset: number): string {
  return ' '.repeat(offset - lineStart(text, offset));
}

/** The last non-blank character of a node's source, so trailing newlines and blank lines are not counted. */
export function contentEnd(text: string, end: number, start: number): number {
  let i = end;
  while (i > start && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/** Inserts lines after the line holding `offset`, whatever that line ends with. */
function insertLinesAfter(text: string, offset: number, lines: string[]): TextEdit {
  const eol = eolOf(text);
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return { offset: text.length, endOffset: text.length, newText: eol + lines.join(eol) };
  return { offset: nl + 1, endOffset: nl + 1, newText: lines.join(eol) + eol };
}

/** Where a pair's source ends (its value, else its key). */
function pairEnd(text: string, pair: Pair): number {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  const end = Math.max(key?.range?.[1] ?? 0, value?.range?.[1] ?? 0);
  return contentEnd(text, end, key?.range?.[0] ?? 0);
}

function isEmptyValue(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** Replaces a scalar's value, keeping its quote style. `value` is the new value, not YAML text. */
export function replaceScalar(parsed: ParsedYaml, path: Path, value: string): TextEdit | undefined {
  const node = nodeAt(parsed.doc, path)?.node;
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  const quote = parsed.text[start];
  let newText: string;
  if (node.type === 'QUOTE_SINGLE' && quote === "'") newText = `'${value.replace(/'/g, "''")}'`;
  else if (node.type === 'QUOTE_DOUBLE' && quote === '"') newText = JSON.stringify(value);
  else newText = scalarText(value);
  return { offset: start, endOffset: end, newText };
}

/**
 * Sets `key` in the mapping at `mapPath` to `valueText` (YAML text): replaces a scalar value,
 * fills an empty one, or adds the entry after the mapping's last entry (block) or before its `}` (flow).
 */
export function setKey(parsed: ParsedYaml, mapPath: Path, key: string, valueText: string): TextEdit | undefined {
  const map = nodeAt(parsed.doc, mapPath)?.node;
  if (!isMap(map) || !map.range) return undefined;
  const text = parsed.text;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  if (pair) {
    const value = pair.value as Node | null;
    if (isScalar(value) && value.value !== null && value.range) return { offset: value.range[0], endOffset: value.range[1], newText: valueText };
    if (isEmptyValue(value)) {
      // `key: ~` → replace the token; `key:` → write after the colon.
      if (isScalar(value) && value.range && value.range[1] > value.range[0]) return { offset: value.range[0], endOffset: value.range[1], newText: valueText };
      const colon = text.indexOf(':', (pair.key as Node).range![1]);
      return colon < 0 ? undefined : { offset: colon + 1, endOffset: colon + 1, newText: ` ${valueText}` };
    }
    return undefined; // a collection value: not a scalar to set
  }
  const entry = `${key}: ${valueText}`;
  if (map.flow) return insertIntoFlow(text, map, entry, '}');
  const last = map.items[map.items.length - 1];
  const first = map.items[0];
  if (!last || !first) return undefined;
  const indent = columnIndent(text, (first.key as Node).range![0]);
  return insertLinesAfter(text, pairEnd(text, last), [indent + entry]);
}

/** Adds `entry` after the last item of a flow collection, or inside an empty one. */
function insertIntoFlow(text: string, node: YAMLMap | YAMLSeq, entry: string, close: '}' | ']'): TextEdit | undefined {
  const [start, end] = node.range!;
  const last = node.items[node.items.length - 1] as Pair | Node | undefined;
  if (last !== undefined) {
    const lastEnd = isMapPair(last) ? pairEnd(text, last) : contentEnd(text, (last as Node).range?.[1] ?? start, start);
    return { offset: lastEnd, endOffset: lastEnd, newText: `, ${entry}` };
  }
  const closing = text.lastIndexOf(close, end);
  if (closing < start) return undefined;
  const inner = text.slice(start + 1, closing);
  // Across lines the inside may hold a line break or a comment: keep it, write after the opening bracket.
  if (inner.includes('\n')) return { offset: start + 1, endOffset: start + 1, newText: ` ${entry}` };
  const padded = close === '}' && inner.trim() === '' ? ` ${entry} ` : entry;
  return { offset: start + 1, endOffset: closing, newText: padded };
}

function isMapPair(x: unknown): x is Pair {
  return typeof x === 'object' && x !== null && 'key' in x && 'value' in x;
}

/** An item in both styles: `block` lines as under `- ` at column 0, `flow` as one flow node. */
export interface NewItem {
  block: string[];
  flow: string;
}

/**
 * Appends an item to the sequence under the top-level `key`, in the style of its items;
 * creates the key (after the keys that come before it in `order`) when it is missing.
 */
export function appendItem(parsed: ParsedYaml, key: string, item: NewItem, order: readonly string[] = []): TextEdit | undefined {
  const root = parsed.doc?.contents;
  if (!isMap(root)) return undefined;
  const text = parsed.text;
  const pair = root.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  if (!pair) return addTopLevelKey(parsed, key, { block: item.block, flow: `[${item.flow}]` }, order);
  const keyIndent = indentAt(text, (pair.key as Node).range![0]);
  const seq = pair.value;
  if (isScalar(seq) && seq.value === null && seq.range && seq.range[1] > seq.range[0]) {
    return { offset: seq.range[0], endOffset: seq.range[1], newText: `[${item.flow}]` }; // `key: ~`
  }
  if (isEmptyValue(seq)) {
    const lines = item.block.map((l) => `${keyIndent}  ${l}`);
    return insertLinesAfter(text, (pair.key as Node).range![1], lines);
  }
  if (!isSeq(seq) || !seq.range) return undefined;
  if (seq.flow) return insertIntoFlow(text, seq, item.flow, ']');
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  const first = seq.items[0] as Node | undefined;
  if (!last?.range || !first?.range) return undefined;
  // The first dash's line, not the item's: an item may start below `- &anchor` or `- !tag`.
  const dashIndent = indentAt(text, seq.range[0]);
  const flowItems = isMap(first) && first.flow;
  const lines = flowItems ? [`- ${item.flow}`] : item.block;
  return insertLinesAfter(
    text,
    itemEnd(text, last),
    lines.map((l) => dashIndent + l),
  );
}

/**
 * Where a sequence item's source ends: its last non-blank character, except that a keep-chomped
 * block scalar (`|+`, `>+`) at its end owns its trailing blank lines (they are part of its value).
 */
function itemEnd(text: string, item: Node): number {
  let tail: unknown = item;
  while (isMap(tail) || isSeq(tail)) {
    const lastChild: unknown = tail.items[tail.items.length - 1];
    if (lastChild === undefined) break;
    tail = isPair(lastChild) ? lastChild.value : lastChild;
  }
  const end = isScalar(tail) && (tail.type === 'BLOCK_LITERAL' || tail.type === 'BLOCK_FOLDED') ? (tail.range ?? undefined) : undefined;
  const keeps = end !== undefined && /^[|>](?:\d?\+|\+\d?)/.test(text.slice(end[0], end[0] + 3));
  // The offset of the value's last line break: insertLinesAfter then inserts right after it.
  if (keeps && text[end[1] - 1] === '\n') return end[1] - 1;
  return contentEnd(text, item.range![1], item.range![0]);
}

/**
 * Adds the missing top-level `key` after the keys that come before it in `order`: `value.block` as
 * lines under `key:` (as at column 0), or `key: <value.flow>` in a flow mapping (`{ … }`), where
 * block lines would break it.
 */
export function addTopLevelKey(parsed: ParsedYaml, key: string, value: NewItem, order: readonly string[] = []): TextEdit | undefined {
  const root = parsed.doc?.contents;
  if (!isMap(root)) return undefined;
  const text = parsed.text;
  if (root.flow) return insertIntoFlow(text, root, `${key}: ${value.flow}`, '}');
  const keyIndent = indentOfRoot(text, root);
  const block = [`${keyIndent}${key}:`, ...value.block.map((l) => `${keyIndent}  ${l}`)];
  const before = placeFor(root, key, order);
  if (before) return insertLinesAfter(text, pairEnd(text, before), block);
  const firstKey = (root.items[0]?.key as Node | undefined)?.range?.[0];
  if (firstKey === undefined) return undefined;
  const at = lineStart(text, firstKey);
  const eol = eolOf(text);
  return { offset: at, endOffset: at, newText: block.join(eol) + eol };
}

function indentOfRoot(text: string, root: YAMLMap): string {
  const first = root.items[0]?.key as Node | undefined;
  return first?.range ? indentAt(text, first.range[0]) : '';
}

/** The last top-level pair whose key comes before `key` in `order` (else the document's last pair). */
function placeFor(root: YAMLMap, key: string, order: readonly string[]): Pair | undefined {
  const rank = order.indexOf(key);
  const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : '');
  if (rank >= 0) {
    const before = root.items.filter((p) => {
      const r = order.indexOf(keyOf(p));
      return r >= 0 && r < rank;
    });
    if (before.length > 0) return before[before.length - 1];
    if (root.items.some((p) => order.indexOf(keyOf(p)) > rank)) return undefined;
  }
  return root.items[root.items.length - 1];
}

/** Inserts `content` as a new line before the 1-based `line`, at that line's indentation. */
export function insertLineBefore(parsed: ParsedYaml, line: number, content: string): TextEdit {
  const text = parsed.text;
  const start = parsed.lines.lineStarts[line - 1] ?? text.length;
  const indent = /^[ \t]*/.exec(text.slice(start))![0];
  return { offset: start, endOffset: start, newText: indent + content + eolOf(text) };
}

/** Applies non-overlapping edits to a text (for tests and for computing previews). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.endOffset - a.endOffset);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.endOffset);
  return out;
}
