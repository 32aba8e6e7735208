// A new case file from its kind's skeleton in snippets/cases.json, and the next free id in the
// repository's own style. Pure: the caller writes the file.
export { caseFileName, ID_PATTERN, MAX_ID_LENGTH, newCaseIdProblem, type ExistingCase } from './case-id';
import { date } from '../dates';
import { escapeSnippet } from '../placeholders';
import { bodyText, caseSnippet, expandSnippet } from './snippets';
import { scalarText } from './yaml-edit';

/** Tabstops the case skeletons reserve for the id and the title (see snippets/README.md). */
const ID_TABSTOP = 1;
const TITLE_TABSTOP = 2;

const FALLBACK = 'id: $1\ntitle: $2\nkind: dialogue\nphase: needs\nopened: $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE\n$0';

/**
 * The skeleton of `kind` as a snippet: the id, the title and today's date written in (escaped),
 * every other placeholder a tab stop. An unknown kind gets the dialogue skeleton with that kind
 * written in, so the schema names the mistake instead of a crash. The one template of a new case:
 * its plain text is this snippet expanded (`newCaseText`).
 */
export function newCaseSnippet(kind: string, id: string, title: string, today: string): string {
  const snippet = caseSnippet(kind) ?? caseSnippet('dialogue');
  let body = snippet ? bodyText(snippet) : FALLBACK;
  if (!caseSnippet(kind)) body = body.replace(/^kind: .*$/m, () => `kind: ${escapeSnippet(scalarText(kind))}`);
  body = fill(body, ID_TABSTOP, scalarText(id));
  // An empty title stays a tab stop (its default TITLE is a placeholder the rule reports).
  if (title.trim()) body = fill(body, TITLE_TABSTOP, scalarText(title.trim()));
  body = withToday(body, today);
  return /\n(\$0)?$/.test(body) ? body : `${body}\n`;
}

/** The new case file's text: the snippet with every tab stop at its default. */
export function newCaseText(kind: string, id: string, title: string, today: string): string {
  const text = expandSnippet(newCaseSnippet(kind, id, title, today));
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Tab stop `n` (with its default, or a mirror) replaced by literal text. */
function fill(body: string, n: number, value: string): string {
  return body.replace(new RegExp(`\\$\\{${n}:(?:[^{}\\\\]|\\\\.)*\\}|\\$\\{${n}\\}|\\$${n}(?!\\d)`, 'g'), () => escapeSnippet(value));
}

/** The date variables as today's date, so the file has the server's today (tests fix it), not the editor's. */
function withToday(body: string, today: string): string {
  const parts: Record<string, string> = {
    CURRENT_YEAR: today.slice(0, 4),
    CURRENT_YEAR_SHORT: today.slice(2, 4),
    CURRENT_MONTH: today.slice(5, 7),
    CURRENT_DATE: today.slice(8, 10),
  };
  if (!date(today)) return body;
  const names = 'CURRENT_YEAR_SHORT|CURRENT_YEAR|CURRENT_MONTH|CURRENT_DATE';
  return body.replace(new RegExp(`\\$\\{(${names})\\}|\\$(${names})(?![A-Za-z0-9_])`, 'g'), (_whole, braced?: string, bare?: string) => parts[(braced ?? bare)!]!);
}

// PREFIX-YEAR-NNN, where the prefix (if any) ends in a separator: VGR-2026-012, 2026-7, R.2026.0041.
const NUMBERED = /^((?:.*[-_.])?)(\d{4})([-_.])(\d+)$/;

/**
 * The next id in the style most ids follow (PREFIX-YEAR-NNN, e.g. VGR-2026-013): the commonest
 * prefix, this year, the next free number padded like the others. `CASE-<year>-001` when no id has that shape.
 */
export function proposeId(existingIds: string[], today: string): string {
  const year = /^\d{4}/.exec(today)?.[0] ?? String(new Date().getUTCFullYear());
  const shaped = existingIds.flatMap((id) => {
    const m = NUMBERED.exec(id);
    return m ? [{ prefix: m[1]!, year: m[2]!, sep: m[3]!, digits: m[4]! }] : [];
  });
  if (shaped.length === 0) return `CASE-${year}-001`;
  const counts = new Map<string, number>();
  for (const s of shaped) counts.set(s.prefix, (counts.get(s.prefix) ?? 0) + 1);
  // The commonest prefix; a tie goes to the one used most this year, then alphabetical order.
  const thisYear = (p: string) => shaped.filter((s) => s.prefix === p && s.year === year).length;
  const prefix = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || thisYear(b) - thisYear(a) || a.localeCompare(b))[0]!;
  const same = shaped.filter((s) => s.prefix === prefix);
  const sep = mostCommon(same.map((s) => s.sep));
  const width = mostCommon(same.map((s) => String(s.digits.length)));
  const used = same.filter((s) => s.year === year).map((s) => Number(s.digits));
  const taken = new Set(existingIds);
  let next = used.length ? Math.max(...used) + 1 : 1;
  let id = `${prefix}${year}${sep}${String(next).padStart(Number(width), '0')}`;
  while (taken.has(id)) id = `${prefix}${year}${sep}${String(++next).padStart(Number(width), '0')}`;
  return id;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
