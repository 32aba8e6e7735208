// Where the cursor is in a YAML document that is being typed. Half-typed lines (`  ro`, `phase: `)
// rarely parse into what the user means, so this reads the block structure from indentation and
// dashes, line by line, and flow collections (`[a, b]`, `{k: v}`) character by character; where
// the document parses, its AST adds the sibling keys and values the line reader cannot see.
import { isMap, isScalar } from 'yaml';
import { nodeAt, type ParsedYaml } from '../parse';
import { locate } from './cursor-block';
import type { Cursor } from './cursor-model';

export type { Cursor, Word } from './cursor-model';

export function cursorAt(parsed: ParsedYaml, offset: number): Cursor {
  const text = parsed.text;
  const at = Math.max(0, Math.min(offset, text.length));
  return withAst(parsed, locate(text, at), at);
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
