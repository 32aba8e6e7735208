// The stand-ins the engine writes for what only a person can fill in (NAME, ORGANISATION, REASON…):
// one list, read by the `placeholder` rule and used by the new-case skeleton and the quick fixes.
// Text that holds placeholders is built once with markers around them; the plain text (the file
// as written) and the snippet (each placeholder a tab stop) are both derived from it.
import agreementsJson from '../../../snippets/agreements.json';
import casesJson from '../../../snippets/cases.json';

/** A person the user must name (a directory reports it as unknown, which helps). */
export const NAME_PLACEHOLDER = 'NAME';
/** The reason of a disable comment (the `suppression` rule reports it until replaced). */
export const REASON_PLACEHOLDER = 'REASON';
/** A date only a person knows (e.g. when an announcement was published); fixes do not invent dates. */
export const DATE_PLACEHOLDER = 'DATE';
/** What the research pack's fixes ask for (add-mapping.ts); listed here, not only found in the snippets. */
export const PACK_PLACEHOLDERS = { procedure: 'PROCEDURE', form: 'FORM', channel: 'CHANNEL' } as const;

// Unicode noncharacters, reserved for a program's internal use: no case text is expected to hold them.
const OPEN = '\ufdd0';
const CLOSE = '\ufdd1';
const MARKED = new RegExp(`${OPEN}([^${OPEN}${CLOSE}]*)${CLOSE}`, 'g');

/**
 * Upper-case defaults of the snippets' tab stops: the stand-ins a person replaces. Sentence-case
 * defaults (`Request received`, a suggested sentence) are proposals that may stay.
 */
function snippetPlaceholders(): string[] {
  const bodies = [...Object.values(casesJson), ...Object.values(agreementsJson)].flatMap((s) => (Array.isArray(s.body) ? s.body : [s.body]));
  const out: string[] = [];
  for (const line of bodies) {
    for (const m of line.matchAll(/\$\{\d+:([^${}\\|]+)\}/g)) {
      const text = m[1]!;
      if (/^\p{Lu}[\p{Lu}\d ,.'/-]*$/u.test(text) && !ANSWERS.has(text)) out.push(text);
    }
  }
  return out;
}

/** Upper-case defaults that are an answer, not a stand-in (sub-processors: NONE). */
const ANSWERS = new Set(['NONE']);

/** Every placeholder the skeletons and the fixes write, longest first (so a match takes the whole). */
export const PLACEHOLDERS: readonly string[] = [
  ...new Set([NAME_PLACEHOLDER, REASON_PLACEHOLDER, DATE_PLACEHOLDER, 'TITLE', ...Object.values(PACK_PLACEHOLDERS), ...snippetPlaceholders()]),
].sort((a, b) => b.length - a.length || a.localeCompare(b));

const PLACEHOLDER_SET: ReadonlySet<string> = new Set(PLACEHOLDERS);

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER_SET.has(text);
}

/** `text` marked as a placeholder in text the engine writes. */
export function marked(text: string): string {
  return `${OPEN}${text}${CLOSE}`;
}

export function hasMarkers(text: string): boolean {
  return text.includes(OPEN);
}

/** The text as written into the file: markers removed. */
export function plainText(text: string): string {
  return text.replace(MARKED, '$1');
}

/** Where the placeholders are in the plain text, in order. */
export function placeholderSpans(text: string): { offset: number; endOffset: number }[] {
  const spans: { offset: number; endOffset: number }[] = [];
  let removed = 0;
  for (const m of text.matchAll(MARKED)) {
    const offset = m.index - removed;
    spans.push({ offset, endOffset: offset + m[1]!.length });
    removed += OPEN.length + CLOSE.length;
  }
  return spans;
}

/** Escapes text for a snippet (VS Code's grammar): `$`, `}` and `\` are literal only when escaped. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/**
 * The text as a snippet: each placeholder a tab stop `${n:TEXT}` from `first` on, everything else
 * literal; `$0` (where the cursor ends) after the last placeholder's line, unless `final` is false.
 */
export function snippetText(text: string, { first = 1, final = true }: { first?: number; final?: boolean } = {}): string {
  let n = first;
  let out = '';
  let at = 0;
  for (const m of text.matchAll(MARKED)) {
    out += escapeSnippet(text.slice(at, m.index)) + `\${${n++}:${escapeSnippet(m[1]!)}}`;
    at = m.index + m[0].length;
  }
  const rest = text.slice(at);
  if (!final) return out + escapeSnippet(rest);
  // The cursor ends at the end of the last placeholder's line, not on the next line.
  const eol = /\r?\n/.exec(rest);
  return eol ? `${out}${escapeSnippet(rest.slice(0, eol.index))}$0${escapeSnippet(rest.slice(eol.index))}` : `${out}${escapeSnippet(rest)}$0`;
}

/** A snippet body with each placeholder default marked (`${6:ORGANISATION}` → `${6:‹ORGANISATION›}`), to expand. */
export function markSnippetDefaults(body: string): string {
  return body.replace(/\$\{(\d+):([^${}\\|]+)\}/g, (whole, n: string, text: string) => (isPlaceholder(text) ? `\${${n}:${marked(text)}}` : whole));
}
