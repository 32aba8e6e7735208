// Where the cursor is in a YAML document that is being typed. Half-typed lines (`  ro`, `phase: `)
// rarely parse into what the user means, so this reads the block structure from indentation and
// dashes, line by line, and flow collections (`[a, b]`, `{k: v}`) character by character; where
// the document parses, its AST adds the sibling keys and values the line reader cannot see.
import { isMap, isScalar } from 'yaml';
import { nodeAt, type ParsedYaml } from '../parse';
import type { Path } from '../types';
import { stripComment, unquote } from './cursor-text';

export interface Word {
  text: string;
  offset: number;
  endOffset: number;
}

export interface Cursor {
  /** 'key': typing a key of the mapping at `path`; 'value': typing the value of `key` of that mapping. */
  position: 'key' | 'value' | 'none';
  /** The enclosing mapping. */
  path: Path;
  /** Value position: the key whose value is typed. */
  key?: string;
  /** Value position: the value is this item of a sequence under `key` (block or flow). */
  item?: number;
  /** A block item with no colon yet (`- wo|`): a scalar item, or the first key of a new mapping item. */
  bareItem?: boolean;
  /** The word typed so far (the whole token under the cursor, also the part after it). */
  word: Word;
  /** Keys already in the enclosing mapping (for a bare item: in that item), without the one typed. */
  siblings: string[];
  /** Single-line scalar values of those keys, e.g. an anchoring item's `unit`. */
  siblingValues: Record<string, string>;
  /** Other items already in the same flow sequence. */
  otherItems: string[];
  /** Column where the keys of the enclosing mapping start (of a bare item: where the item's content starts). */
  column: number;
  /** Leading white space of the cursor's line. */
  lineIndent: number;
  /** The key under the cursor already has its colon (`ro|le: x`). */
  keyHasColon?: boolean;
  /** A value typed right after the colon (`phase:|`) needs a space first. */
  needsSpace?: boolean;
  /** The position is inside a flow collection. */
  flow?: boolean;
}

interface Line {
  start: number;
  /** Without the line break (and without a `\r` of CRLF). */
  text: string;
}

interface Frame {
  type: 'map' | 'seq';
  col: number;
  keys: string[];
  values: Record<string, string>;
  lastKey?: string;
  index: number;
}

interface Shape {
  indent: number;
  dashes: number[];
  /** Column where the content after the dashes starts. */
  col: number;
  /** Content without comment, trimmed at the end. */
  content: string;
}

interface KeyMatch {
  key: string;
  /** Length of the key as written (quotes included). */
  keyLength: number;
  /** Index of the colon in the content. */
  colon: number;
}

const KEY_RE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#[\]{},&*!|>%@`][^#]*?)[ \t]*:(?=[ \t]|$)/;

export function cursorAt(parsed: ParsedYaml, offset: number): Cursor {
  const text = parsed.text;
  const at = Math.max(0, Math.min(offset, text.length));
  try {
    return withAst(parsed, locate(text, at), at);
  } catch {
    return none(at);
  }
}

/** Where the document parses, its mapping adds what the line reader cannot see (e.g. multi-line values). */
function withAst(parsed: ParsedYaml, cursor: Cursor, offset: number): Cursor {
  if (cursor.position === 'none' || cursor.flow || !parsed.doc || parsed.doc.errors.length > 0) return cursor;
  const mapPath = cursor.bareItem && cursor.key !== undefined && cursor.item !== undefined ? [...cursor.path, cursor.key, cursor.item] : cursor.path;
  const node = nodeAt(parsed.doc, mapPath)?.node;
  if (!isMap(node)) return cursor;
  for (const pair of node.items) {
    const key = pair.key;
    if (!isScalar(key) || !key.range) continue;
    // The key being typed is not its own sibling.
    if (cursor.position === 'key' && key.range[0] <= offset && offset <= key.range[1]) continue;
    const name = String(key.value);
    if (!cursor.siblings.includes(name)) cursor.siblings.push(name);
    const value = pair.value;
    if (isScalar(value) && value.value !== null && cursor.siblingValues[name] === undefined) cursor.siblingValues[name] = String(value.value);
  }
  return cursor;
}

function none(offset: number): Cursor {
  return { position: 'none', path: [], word: { text: '', offset, endOffset: offset }, siblings: [], siblingValues: {}, otherItems: [], column: 0, lineIndent: 0 };
}

/** The lines with their start offsets, without line breaks (CRLF too). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    lines.push({ start, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

function shapeOf(text: string): Shape {
  let p = 0;
  while (text[p] === ' ') p++;
  const indent = p;
  const dashes: number[] = [];
  while (text[p] === '-' && (text[p + 1] === ' ' || text[p + 1] === '\t' || p + 1 === text.length)) {
    dashes.push(p);
    p++;
    while (text[p] === ' ' || text[p] === '\t') p++;
  }
  return { indent, dashes, col: p, content: stripComment(text.slice(p)).trimEnd() };
}

function keyOf(content: string): KeyMatch | undefined {
  const m = KEY_RE.exec(content);
  if (!m) return undefined;
  const raw = m[1]!;
  return { key: unquote(raw), keyLength: raw.length, colon: m[0].length - 1 };
}

function pushDash(stack: Frame[], col: number): void {
  while (stack.length && stack[stack.length - 1]!.col > col) stack.pop();
  const top = stack[stack.length - 1];
  if (top && top.type === 'seq' && top.col === col) top.index++;
  else stack.push({ type: 'seq', col, keys: [], values: {}, index: 0 });
}

/** The mapping at `col` that a key on this line belongs to (created when new). */
function mapAt(stack: Frame[], col: number): Frame {
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.col > col || (top.col === col && top.type === 'seq')) stack.pop();
    else break;
  }
  const top = stack[stack.length - 1];
  if (top && top.type === 'map' && top.col === col) return top;
  const frame: Frame = { type: 'map', col, keys: [], values: {}, index: 0 };
  stack.push(frame);
  return frame;
}

function addKey(frame: Frame, key: string): void {
  frame.lastKey = key;
  if (!frame.keys.includes(key)) frame.keys.push(key);
}

/** The path of the frame at `depth`: the keys and indexes of the frames below it. */
function pathTo(stack: Frame[], depth: number): (string | number)[] | undefined {
  const path: (string | number)[] = [];
  for (let i = 0; i < depth; i++) {
    const f = stack[i]!;
    if (f.type === 'seq') path.push(f.index);
    else if (f.lastKey !== undefined) path.push(f.lastKey);
    else return undefined;
  }
  return path;
}

interface Applied {
  /** Column in the line of a flow collection's opening bracket. */
  flowAt?: number;
  /** Deeper lines continue a scalar (block scalar or multi-line plain scalar). */
  scalarCol?: number;
}

/** Applies one complete line to the stack. */
function applyLine(stack: Frame[], shape: Shape): Applied {
  for (const d of shape.dashes) pushDash(stack, d);
  const content = shape.content;
  if (content === '') return {};
  const km = keyOf(content);
  if (km) {
    const frame = mapAt(stack, shape.col);
    addKey(frame, km.key);
    const rest = content.slice(km.colon + 1);
    const value = rest.trim();
    if (value === '') return {};
    if (value[0] === '[' || value[0] === '{') return { flowAt: shape.col + km.colon + 1 + (rest.length - rest.trimStart().length) };
    if (!/^[|>]/.test(value)) frame.values[km.key] = unquote(value);
    return { scalarCol: shape.col };
  }
  if (content[0] === '[' || content[0] === '{') return { flowAt: shape.col };
  if (shape.dashes.length) return { scalarCol: shape.dashes[shape.dashes.length - 1]! };
  return {};
}

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
function matchFlow(text: string, open: number): number {
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

function locate(text: string, offset: number): Cursor {
  const lines = splitLines(text);
  let li = lines.length - 1;
  while (li > 0 && lines[li]!.start > offset) li--;
  const stack: Frame[] = [];
  const walk: Walk = { skipUntil: -1 };
  for (let l = 0; l < li; l++) {
    const flow = stepLine(text, lines[l]!, stack, walk);
    if (flow && offset > flow.open && (flow.close < 0 || offset <= flow.close)) {
      // The cursor is inside a flow collection that starts on an earlier line.
      const base = basePath(stack, flow.shape);
      return base ? finish(text, flowCursor(text, flow.open, offset, base, flow.shape.indent), stack, lines, li, undefined, undefined, flow.close) : none(offset);
    }
  }
  return cursorLine(text, lines, li, offset, stack, walk.skipCol);
}

/** Where a walk over block lines is: lines to pass over until a block scalar or a flow collection ends. */
interface Walk {
  skipCol?: number;
  skipUntil: number;
}

/**
 * Applies one line to `stack`, unless it is blank, a document marker, or inside a block scalar or
 * flow collection; returns the flow collection the line opens, if any.
 */
function stepLine(text: string, line: Line, stack: Frame[], walk: Walk): { shape: Shape; open: number; close: number } | undefined {
  if (line.start <= walk.skipUntil) return undefined;
  const shape = shapeOf(line.text);
  if (shape.content === '' && shape.dashes.length === 0) return undefined;
  if (walk.skipCol !== undefined) {
    if (shape.indent > walk.skipCol) return undefined;
    walk.skipCol = undefined;
  }
  if (/^(---|\.\.\.)(\s|$)|^%/.test(line.text)) return undefined;
  const applied = applyLine(stack, shape);
  if (applied.scalarCol !== undefined) walk.skipCol = applied.scalarCol;
  if (applied.flowAt === undefined) return undefined;
  const open = line.start + applied.flowAt;
  const close = matchFlow(text, open);
  walk.skipUntil = close < 0 ? Infinity : close;
  return { shape, open, close };
}

/** Where a flow collection opened on a line belongs: the last key of the top mapping, or the top sequence's item. */
function basePath(stack: Frame[], shape: Shape): (string | number)[] | undefined {
  const top = stack[stack.length - 1];
  if (!top) return undefined;
  const below = pathTo(stack, stack.length - 1);
  if (!below) return undefined;
  if (top.type === 'seq') return [...below, top.index];
  if (top.lastKey === undefined || top.col !== shape.col) return undefined;
  return [...below, top.lastKey];
}

function cursorLine(text: string, lines: Line[], li: number, offset: number, stack: Frame[], skipCol: number | undefined): Cursor {
  const line = lines[li]!;
  const col = offset - line.start;
  const full = line.text;
  const prefix = full.slice(0, col);
  const lineIndent = full.length - full.trimStart().length;
  const blankPrefix = prefix.trim() === '';
  const indent = blankPrefix ? col : lineIndent;
  if (skipCol !== undefined && indent > skipCol) return none(offset);
  if (stripComment(prefix) !== prefix) return none(offset);
  if (/^(---|\.\.\.)(\s|$)|^%/.test(full) || /^\s*\t/.test(prefix)) return none(offset);

  const shape = shapeOf(prefix);
  // In the indentation before content: only right at the content's start counts.
  if (blankPrefix && full.slice(col).trim() !== '' && col !== lineIndent) return none(offset);
  const c = blankPrefix ? col : shape.col;
  // `-|`: the dash needs its space before anything can be typed.
  if (!blankPrefix && shape.dashes.includes(col - 1)) return none(offset);
  const content = stripComment(full.slice(c)).trimEnd();
  const typed = col - c;
  const km = keyOf(content);
  const base: Omit<Cursor, 'position' | 'path' | 'word'> = { siblings: [], siblingValues: {}, otherItems: [], column: c, lineIndent };
  const dashes = blankPrefix ? [] : shape.dashes;

  if (km && typed > km.colon) {
    // Value of a key.
    for (const d of dashes) pushDash(stack, d);
    const frame = mapAt(stack, c);
    addKey(frame, km.key);
    const path = pathTo(stack, stack.length - 1);
    if (!path) return none(offset);
    const afterColon = c + km.colon + 1;
    let vs = afterColon;
    while (full[vs] === ' ' || full[vs] === '\t') vs++;
    const valueEnd = c + content.length;
    const first = full[vs];
    if ((first === '[' || first === '{') && vs < col) {
      const cursor = flowCursor(text, line.start + vs, offset, [...path, km.key], lineIndent);
      return finish(text, { ...cursor, column: c }, stack, lines, li, frame, undefined, matchFlow(text, line.start + vs));
    }
    if (first === '|' || first === '>') return none(offset);
    const word = wordAt(full, line.start, vs, valueEnd, col);
    if (!word) return none(offset);
    const cursor: Cursor = { ...base, position: 'value', path, key: km.key, word };
    if (col === afterColon) cursor.needsSpace = true;
    return finish(text, cursor, stack, lines, li, frame);
  }

  if (km || dashes.length === 0) {
    // A key: half-typed, or the cursor is inside an existing key.
    for (const d of dashes) pushDash(stack, d);
    const frame = mapAt(stack, c);
    const path = pathTo(stack, stack.length - 1);
    if (!path) return none(offset);
    const end = km ? c + km.keyLength : c + Math.max(typed, /^[^\s:#]*/.exec(content)![0].length);
    if (content.startsWith('[') || content.startsWith('{')) return none(offset);
    const cursor: Cursor = { ...base, position: 'key', path, word: { text: full.slice(c, end), offset: line.start + c, endOffset: line.start + end } };
    if (km) cursor.keyHasColon = true;
    return finish(text, cursor, stack, lines, li, frame, km?.key);
  }

  // A bare block item `- wo|`: under the key that owns the sequence.
  for (const d of dashes) pushDash(stack, d);
  const seq = stack[stack.length - 1]!;
  const owner = stack[stack.length - 2];
  const ownerPath = pathTo(stack, stack.length - 2);
  if (!owner || owner.type !== 'map' || owner.lastKey === undefined || !ownerPath) return none(offset);
  const first = full[c];
  if (first === '[' || first === '{') {
    const cursor = flowCursor(text, line.start + c, offset, [...ownerPath, owner.lastKey, seq.index], lineIndent);
    return finish(text, { ...cursor, column: c }, stack, lines, li, undefined, undefined, matchFlow(text, line.start + c));
  }
  const word = wordAt(full, line.start, c, c + content.length, col);
  if (!word) return none(offset);
  const itemFrame: Frame = { type: 'map', col: c, keys: [], values: {}, index: 0 };
  stack.push(itemFrame);
  const cursor: Cursor = {
    ...base,
    position: 'value',
    path: ownerPath,
    key: owner.lastKey,
    item: seq.index,
    bareItem: true,
    word,
  };
  return finish(text, cursor, stack, lines, li, itemFrame);
}

/**
 * A plain or quoted scalar from `start` to `end` (line columns); quotes are not part of the word.
 * Undefined after a closing quote: the value is complete there.
 */
function wordAt(full: string, lineStart: number, start: number, end: number, col: number): Word | undefined {
  let s = start;
  // Spaces typed inside a value (`by: Fredrik |`) still belong to it.
  let e = Math.max(end, s, col);
  const q = full[s];
  if ((q === '"' || q === "'") && s < col) {
    s++;
    const close = full.indexOf(q, s);
    if (close >= 0 && close < col) return undefined;
    e = close >= 0 ? close : Math.max(e, s);
  }
  if (s > col) return { text: '', offset: lineStart + col, endOffset: lineStart + col };
  return { text: full.slice(s, e), offset: lineStart + s, endOffset: lineStart + e };
}

/** Collects the keys of the cursor's mapping from the lines after the cursor, until that mapping ends. */
function finish(text: string, cursor: Cursor, stack: Frame[], lines: Line[], li: number, frame?: Frame, typedKey?: string, flowClose?: number): Cursor {
  if (cursor.position === 'none') return cursor;
  const target = frame ?? stack[stack.length - 1];
  if (target && target.type === 'map') {
    // Lines that continue the cursor's own flow collection are not block structure.
    const walk: Walk = { skipUntil: flowClose === undefined ? -1 : flowClose < 0 ? Infinity : flowClose };
    for (let l = li + 1; l < lines.length && stack.includes(target); l++) stepLine(text, lines[l]!, stack, walk);
    if (!cursor.flow) {
      cursor.siblings = cursor.position === 'key' ? target.keys.filter((k) => k !== typedKey) : [...target.keys];
      cursor.siblingValues = { ...target.values };
    } else if (cursor.position === 'value' && cursor.siblings.length === 0) {
      // An item of a flow sequence: the block mapping around it is the context.
      cursor.siblings = [...target.keys];
      cursor.siblingValues = { ...target.values };
    }
  }
  return cursor;
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
function flowCursor(text: string, open: number, offset: number, base: (string | number)[], lineIndent: number): Cursor {
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
      if (!innermost || quoted) return none(offset);
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
  if (!snapshot) return none(offset);
  const { frames: at, innermost: live } = snapshot;
  const path = [...base];
  for (const f of at.slice(0, -1)) {
    if (f.ch === '[') path.push(f.index);
    else if (f.key !== undefined) path.push(f.key);
    else return none(offset);
  }
  const f = at[at.length - 1]!;
  const start = f.valueStart ?? f.elemStart;
  const word = flowWord(text, start, offset);
  const common = { siblingValues: {}, otherItems: [] as string[], column: 0, lineIndent, flow: true };
  if (f.ch === '[') {
    const key = path.pop();
    if (typeof key !== 'string') return none(offset);
    const items = live.items.filter((item, n) => n !== f.index && item !== '');
    return { ...common, position: 'value', path, key, item: f.index, word, siblings: [], otherItems: items };
  }
  const keys = live.keys.filter((k) => k !== f.key);
  if (f.key !== undefined) {
    const values = { ...live.values };
    return { ...common, position: 'value', path, key: f.key, word, siblings: keys, siblingValues: values, needsSpace: text[f.valueStart! ] !== ' ' && word.offset === f.valueStart };
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
