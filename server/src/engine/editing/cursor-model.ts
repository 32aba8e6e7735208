// What the editing features learn about the cursor's place in a YAML document being typed.
import type { Path } from '../types';

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

/** No place to complete or explain: in a comment, a block scalar, indentation, … */
export function noCursor(offset: number): Cursor {
  return { position: 'none', path: [], word: { text: '', offset, endOffset: offset }, siblings: [], siblingValues: {}, otherItems: [], column: 0, lineIndent: 0 };
}
