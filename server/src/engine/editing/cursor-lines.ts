// Reading one line of half-typed block YAML: its indentation, dashes, content and key.
import { stripComment, unquote } from './cursor-text';

export interface Line {
  start: number;
  /** Without the line break (and without a `\r` of CRLF). */
  text: string;
}

export interface Shape {
  indent: number;
  dashes: number[];
  /** Column where the content after the dashes starts. */
  col: number;
  /** Content without comment, trimmed at the end. */
  content: string;
}

export interface KeyMatch {
  key: string;
  /** Length of the key as written (quotes included). */
  keyLength: number;
  /** Index of the colon in the content. */
  colon: number;
}

const KEY_RE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#[\]{},&*!|>%@`][^#]*?)[ \t]*:(?=[ \t]|$)/;

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

export function shapeOf(text: string): Shape {
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

export function keyOf(content: string): KeyMatch | undefined {
  const m = KEY_RE.exec(content);
  if (!m) return undefined;
  const raw = m[1]!;
  return { key: unquote(raw), keyLength: raw.length, colon: m[0].length - 1 };
}
