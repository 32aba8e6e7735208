// The cursor in block YAML: walks the lines before it, then reads its own line (a key, a value,
// a bare item) and the lines after it for the keys of the same mapping.
import { noCursor, type Cursor, type Word } from './cursor-model';
import { flowCursor, matchFlow } from './cursor-flow';
import { addKey, basePath, mapAt, pathTo, pushDash, stepLine, type Frame, type Walk } from './cursor-frames';
import { keyOf, shapeOf, splitLines, type Line } from './cursor-lines';
import { stripComment } from './cursor-text';

export function locate(text: string, offset: number): Cursor {
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
      return base ? finish(text, flowCursor(text, flow.open, offset, base, flow.shape.indent), stack, lines, li, undefined, undefined, flow.close) : noCursor(offset);
    }
  }
  return cursorLine(text, lines, li, offset, stack, walk.skipCol);
}

function cursorLine(text: string, lines: Line[], li: number, offset: number, stack: Frame[], skipCol: number | undefined): Cursor {
  const line = lines[li]!;
  const col = offset - line.start;
  const full = line.text;
  const prefix = full.slice(0, col);
  const lineIndent = full.length - full.trimStart().length;
  const blankPrefix = prefix.trim() === '';
  const indent = blankPrefix ? col : lineIndent;
  if (skipCol !== undefined && indent > skipCol) return noCursor(offset);
  if (stripComment(prefix) !== prefix) return noCursor(offset);
  if (/^(---|\.\.\.)(\s|$)|^%/.test(full) || /^\s*\t/.test(prefix)) return noCursor(offset);

  const shape = shapeOf(prefix);
  // In the indentation before content: only right at the content's start counts.
  if (blankPrefix && full.slice(col).trim() !== '' && col !== lineIndent) return noCursor(offset);
  const c = blankPrefix ? col : shape.col;
  // `-|`: the dash needs its space before anything can be typed.
  if (!blankPrefix && shape.dashes.includes(col - 1)) return noCursor(offset);
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
    if (!path) return noCursor(offset);
    const afterColon = c + km.colon + 1;
    let vs = afterColon;
    while (full[vs] === ' ' || full[vs] === '\t') vs++;
    const valueEnd = c + content.length;
    const first = full[vs];
    if ((first === '[' || first === '{') && vs < col) {
      const cursor = flowCursor(text, line.start + vs, offset, [...path, km.key], lineIndent);
      return finish(text, { ...cursor, column: c }, stack, lines, li, frame, undefined, matchFlow(text, line.start + vs));
    }
    if (first === '|' || first === '>') return noCursor(offset);
    const word = wordAt(full, line.start, vs, valueEnd, col);
    if (!word) return noCursor(offset);
    const cursor: Cursor = { ...base, position: 'value', path, key: km.key, word };
    if (col === afterColon) cursor.needsSpace = true;
    return finish(text, cursor, stack, lines, li, frame);
  }

  if (km || dashes.length === 0) {
    // A key: half-typed, or the cursor is inside an existing key.
    for (const d of dashes) pushDash(stack, d);
    const frame = mapAt(stack, c);
    const path = pathTo(stack, stack.length - 1);
    if (!path) return noCursor(offset);
    const end = km ? c + km.keyLength : c + Math.max(typed, /^[^\s:#]*/.exec(content)![0].length);
    if (content.startsWith('[') || content.startsWith('{')) return noCursor(offset);
    const cursor: Cursor = { ...base, position: 'key', path, word: { text: full.slice(c, end), offset: line.start + c, endOffset: line.start + end } };
    if (km) cursor.keyHasColon = true;
    return finish(text, cursor, stack, lines, li, frame, km?.key);
  }

  // A bare block item `- wo|`: under the key that owns the sequence.
  for (const d of dashes) pushDash(stack, d);
  const seq = stack[stack.length - 1]!;
  const owner = stack[stack.length - 2];
  const ownerPath = pathTo(stack, stack.length - 2);
  if (!owner || owner.type !== 'map' || owner.lastKey === undefined || !ownerPath) return noCursor(offset);
  const first = full[c];
  if (first === '[' || first === '{') {
    const cursor = flowCursor(text, line.start + c, offset, [...ownerPath, owner.lastKey, seq.index], lineIndent);
    return finish(text, { ...cursor, column: c }, stack, lines, li, undefined, undefined, matchFlow(text, line.start + c));
  }
  const word = wordAt(full, line.start, c, c + content.length, col);
  if (!word) return noCursor(offset);
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
