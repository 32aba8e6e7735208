// Terminal-safe text: file names and messages (which quote file content) are shown, never obeyed.
// Controls, bidi overrides and line separators become visible escapes, so no colour, cursor move,
// reordered text or extra line (a workflow command in CI) can come from what we check.

// C0 and C1 controls, DEL, bidi marks/embeddings/overrides/isolates, line and paragraph separators, BOM.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const UNSAFE_BUT_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
// Lone surrogates cannot be encoded; the terminal would get U+FFFD for them anyway.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\u{1b}`-style escape of one character (or its short form). */
export const visible = (ch: string): string => SHORT[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16)}}`;

/**
 * Text safe to print on one line of a terminal or CI log. With `keepLineBreaks`, CR and LF are left
 * for a caller that encodes them itself (GitHub's `%0A`, Markdown's `<br>`).
 */
export function safeText(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(options.keepLineBreaks ? UNSAFE_BUT_BREAKS : UNSAFE, visible).replace(LONE_SURROGATE, visible);
}

/**
 * GitHub's runner takes any log line that starts, after white space, with `::` (or the older `##[`)
 * as a command; text that begins one of our lines gets its first such character escaped.
 */
export function safeLineStart(text: string): string {
  return text.replace(/^(\s*)(:(?=:)|#(?=#\[))/, (_, space: string, ch: string) => `${space}${visible(ch)}`);
}

// JSON and XML can carry these characters escaped, for the same data: a reader of the raw output
// sees an escape instead of reordered text or a C1 control.
const INVISIBLE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Escapes, in JSON text, the characters JSON.stringify leaves raw but a terminal would act on. */
export function jsonSafe(json: string): string {
  return json.replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same for XML: character references, which any parser reads back as the character. */
export function xmlSafe(xml: string): string {
  return xml.replace(INVISIBLE, (ch) => `&#x${ch.charCodeAt(0).toString(16)};`);
}
