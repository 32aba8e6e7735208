// Bytes to text: UTF-8 with or without BOM; binary and non-UTF-8 input is located, not guessed at.

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: 'binary' | 'utf16' | 'not-utf8'; line: number; column: number };

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'utf16', line: 1, column: 1 };
  }
  // Anywhere in the file, as checkText finds it in an editor's text: one verdict for both.
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: 'binary', ...positionOfByte(bytes, nul) };
  try {
    // The default decoder drops a leading BOM, so columns match what an editor shows.
    return { ok: true, text: fatalDecoder.decode(bytes) };
  } catch {
    return { ok: false, problem: 'not-utf8', ...positionOfByte(bytes, firstInvalidUtf8(bytes)) };
  }
}

/** Index of the first byte that starts an invalid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** 1-based line and column (in characters of the valid prefix) of a byte index. */
function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, index));
  const lastNl = prefix.lastIndexOf('\n');
  let line = 1;
  for (let i = prefix.indexOf('\n'); i >= 0; i = prefix.indexOf('\n', i + 1)) line++;
  return { line, column: prefix.length - lastNl };
}

/** 1-based line and column of the first NUL character of a text, if any. */
export function nulPosition(text: string): { line: number; column: number } | undefined {
  const index = text.indexOf('\0');
  if (index < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return { line, column: index - text.lastIndexOf('\n', index) };
}

/** Plain code-unit order, the same on every machine (no locale collation). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The text without a leading byte-order mark: what the engine's offsets and columns count in. */
export function withoutBom(text: string): string {
  return startsWithBom(text) ? text.slice(1) : text;
}

/** True when a text starts with a byte-order mark, which the engine's offsets and columns do not count. */
export function startsWithBom(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

/**
 * Repository text (a title, a name, a file) in hover Markdown: shown as it is, never as markup, a
 * link, an image or HTML, and on one line.
 */
export function markdownText(text: string): string {
  // Inline markup anywhere (no `[`, so no link or image); a heading or list marker where the text starts a line.
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|<>~&]/g, '\\$&')
    .replace(/^[#+\-=]/, '\\$&');
}

/** Repository text as a Markdown code span: literal whatever it holds (a fence longer than its backticks), on one line. */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const fence = '`'.repeat(Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
