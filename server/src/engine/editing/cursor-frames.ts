// The stack of block mappings and sequences a walk over complete lines builds, up to the cursor.
import { matchFlow } from './cursor-flow';
import { keyOf, type Line, type Shape, shapeOf } from './cursor-lines';
import { unquote } from './cursor-text';

export interface Frame {
  type: 'map' | 'seq';
  col: number;
  keys: string[];
  values: Record<string, string>;
  lastKey?: string;
  index: number;
}

export function pushDash(stack: Frame[], col: number): void {
  while (stack.length && stack[stack.length - 1]!.col > col) stack.pop();
  const top = stack[stack.length - 1];
  if (top && top.type === 'seq' && top.col === col) top.index++;
  else stack.push({ type: 'seq', col, keys: [], values: {}, index: 0 });
}

/** The mapping at `col` that a key on this line belongs to (created when new). */
export function mapAt(stack: Frame[], col: number): Frame {
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

export function addKey(frame: Frame, key: string): void {
  frame.lastKey = key;
  if (!frame.keys.includes(key)) frame.keys.push(key);
}

/** The path of the frame at `depth`: the keys and indexes of the frames below it. */
export function pathTo(stack: Frame[], depth: number): (string | number)[] | undefined {
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

/** Where a walk over block lines is: lines to pass over until a block scalar or a flow collection ends. */
export interface Walk {
  skipCol?: number;
  skipUntil: number;
}

/**
 * Applies one line to `stack`, unless it is blank, a document marker, or inside a block scalar or
 * flow collection; returns the flow collection the line opens, if any.
 */
export function stepLine(text: string, line: Line, stack: Frame[], walk: Walk): { shape: Shape; open: number; close: number } | undefined {
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
export function basePath(stack: Frame[], shape: Shape): (string | number)[] | undefined {
  const top = stack[stack.length - 1];
  if (!top) return undefined;
  const below = pathTo(stack, stack.length - 1);
  if (!below) return undefined;
  if (top.type === 'seq') return [...below, top.index];
  if (top.lastKey === undefined || top.col !== shape.col) return undefined;
  return [...below, top.lastKey];
}
