// Snippets as completion, only where they fit: an agreement at a new item of the top-level
// `agreements` list, a case skeleton in an empty case file. An editor's own snippet files cannot
// depend on the cursor, so the server offers them, from snippets/*.json (the single source).
import type { ParsedYaml } from '../parse';
import { splitLines } from './cursor-lines';
import { AGREEMENT_SNIPPETS, CASE_SNIPPETS, DATE_PLACEHOLDERS, bodyText, expandSnippet, partyDefaults, prefixesOf, withDefaults, type Snippet } from './snippets';
import type { CompletionEntry, EditingContext } from './types';

interface Line {
  start: number;
  text: string;
}

/** Where an agreement goes and how its body is shaped to what the line already holds. */
interface Slot {
  replace: CompletionEntry['replace'];
  /** Written before `type: …` on the first line (`- `, or the indentation and `- `). */
  lead: string;
  /** Spaces before each later line, in place of the body's two: the editor adds the line's own indentation. */
  indent: number;
}

const BLANK = /^\s*(#.*)?$/;
const WORD = String.raw`[\p{L}\p{N}_][^\s:#]*`;

export function snippetEntries(parsed: ParsedYaml, offset: number, ctx: EditingContext): CompletionEntry[] {
  if (ctx.kind !== 'case') return [];
  const lines = splitLines(parsed.text);
  let li = lines.length - 1;
  while (li > 0 && lines[li]!.start > offset) li--;
  const col = offset - lines[li]!.start;
  const skeleton = skeletonReplace(lines, li, col);
  if (skeleton) return Object.values(CASE_SNIPPETS).map((s, i) => skeletonEntry(s, i, skeleton));
  const slot = agreementSlot(lines, li, col);
  return slot ? Object.values(AGREEMENT_SNIPPETS).map((s, i) => agreementEntry(s, i, slot, parsed, ctx)) : [];
}

/** In a file of nothing but white space and comments (and the word being typed): what to replace. */
function skeletonReplace(lines: Line[], li: number, col: number): CompletionEntry['replace'] | undefined {
  const line = lines[li]!;
  const m = new RegExp(`^( *)(${WORD})?[ \\t]*$`, 'u').exec(line.text);
  if (!m) return undefined;
  const from = m[1]!.length;
  const to = from + (m[2]?.length ?? 0);
  if (m[2] && (col < from || col > to)) return undefined;
  if (!lines.every((l, i) => i === li || BLANK.test(l.text))) return undefined;
  return { offset: line.start, endOffset: line.start + (m[2] ? to : line.text.length) };
}

function agreementSlot(lines: Line[], li: number, col: number): Slot | undefined {
  const line = lines[li]!;
  const owner = ownerKey(lines, li);
  if (owner < 0 || !/^agreements[ \t]*:[ \t]*(#.*)?$/.test(lines[owner]!.text)) return undefined;
  const column = itemColumn(lines, owner, li);
  if (column === null) return undefined;
  const at = (c: number) => line.start + c;

  // `  - wo|`: the item's first word; the dash is there.
  const dash = new RegExp(`^( *)-( +)(${WORD})?[ \\t]*$`, 'u').exec(line.text);
  if (dash) {
    const p = dash[1]!.length;
    const c = p + 1 + dash[2]!.length;
    const end = c + (dash[3]?.length ?? 0);
    if (col < c || col > end || (column !== undefined && p !== column) || continues(lines, li, p)) return undefined;
    return { replace: { offset: at(c), endOffset: at(end) }, lead: '', indent: c - p };
  }
  // `  -|`: the dash still needs its space.
  const bare = /^( *)-$/.exec(line.text);
  if (bare) {
    const p = bare[1]!.length;
    if (col !== p + 1 || (column !== undefined && p !== column) || continues(lines, li, p)) return undefined;
    return { replace: { offset: at(col), endOffset: at(col) }, lead: ' ', indent: 2 };
  }
  // A blank line, or a word typed on it: the whole line becomes the item, at the list's column.
  const plain = new RegExp(`^( *)(${WORD})?[ \\t]*$`, 'u').exec(line.text);
  if (!plain) return undefined;
  const word = plain[2];
  const k = word ? plain[1]!.length : col;
  if (word && (col < k || col > k + word.length)) return undefined;
  const target = column ?? (k > 0 ? k : 2);
  // At column 0 only right under `agreements:`; elsewhere that is a top-level key.
  if (!((k > 0 && k <= target) || (k === 0 && li === owner + 1))) return undefined;
  const end = word ? k + word.length : line.text.length;
  return { replace: { offset: at(0), endOffset: at(end) }, lead: `${' '.repeat(target)}- `, indent: target + 2 };
}

/** The top-level key whose block holds line `li`: the nearest unindented line above that is not a comment or a compact item. */
function ownerKey(lines: Line[], li: number): number {
  for (let l = li - 1; l >= 0; l--) {
    const t = lines[l]!.text;
    if (BLANK.test(t) || /^\s/.test(t) || /^-(\s|$)/.test(t)) continue;
    return /^(---|\.\.\.)(\s|$)/.test(t) ? -1 : l;
  }
  return -1;
}

/** The column of the list's dashes (undefined while it has no item), or null when the block is not a list. */
function itemColumn(lines: Line[], owner: number, li: number): number | undefined | null {
  for (let l = owner + 1; l < lines.length; l++) {
    const t = lines[l]!.text;
    if (l === li || BLANK.test(t)) continue;
    const m = /^( *)-(\s|$)/.exec(t);
    if (m) return m[1]!.length;
    return /^\s/.test(t) ? null : undefined;
  }
  return undefined;
}

/** The item on line `li` (dash at `p`) already has content on the lines below. */
function continues(lines: Line[], li: number, p: number): boolean {
  for (let l = li + 1; l < lines.length; l++) {
    const t = lines[l]!.text;
    if (BLANK.test(t)) continue;
    return t.length - t.trimStart().length > p;
  }
  return false;
}

const pad = (n: number) => String(n).padStart(3, '0');

function common(snippet: Snippet, i: number, extra: string): Pick<CompletionEntry, 'label' | 'kind' | 'detail' | 'filterText' | 'sortText' | 'snippet'> {
  const prefixes = prefixesOf(snippet);
  // Both languages' prefixes and the type or kind itself find the snippet.
  return { label: prefixes[0] ?? extra, kind: 'snippet', detail: snippet.description, filterText: [...prefixes, extra].join(' '), sortText: `!${pad(i)}`, snippet: true };
}

function yamlBlock(text: string): string {
  return ['```yaml', text.replace(/\n+$/, ''), '```'].join('\n');
}

function skeletonEntry(snippet: Snippet, i: number, replace: CompletionEntry['replace']): CompletionEntry {
  const body = bodyText(snippet);
  const kind = /^kind: (\S+)$/m.exec(body)?.[1] ?? '';
  const preview = expandSnippet(body, { variables: DATE_PLACEHOLDERS });
  return { ...common(snippet, i, kind), documentation: yamlBlock(preview), insertText: body, replace };
}

function agreementEntry(snippet: Snippet, i: number, slot: Slot, parsed: ParsedYaml, ctx: EditingContext): CompletionEntry {
  const body = withDefaults(bodyText(snippet), partyDefaults(parsed, ctx));
  const type = /^- type: (\S+)/.exec(body)?.[1] ?? '';
  const [first = '', ...rest] = body.split('\n');
  const insertText = [slot.lead + first.replace(/^- /, ''), ...rest.map((l) => (l.trim() === '' ? '' : ' '.repeat(slot.indent) + l.replace(/^ {2}/, '')))].join('\n');
  const preview = expandSnippet(body, { variables: DATE_PLACEHOLDERS });
  return { ...common(snippet, i, type), documentation: yamlBlock(preview), insertText, replace: slot.replace };
}
