// A new case file from its kind's skeleton in snippets/cases.json, and the next free id in the
// repository's own style. Pure: the caller writes the file.
import type { Localized } from '../types';
import { bodyText, caseSnippet, expandSnippet } from './snippets';
import { scalarText } from './yaml-edit';

/** The schema's id pattern (spec: `id`); it also keeps ids out of paths (no `/`, `\\`, `..`). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Ids name files: far below any file system's limit, and still readable in a list. */
export const MAX_ID_LENGTH = 100;
/** Device names Windows will not create a file under, with any extension, in any case. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** An existing case, as far as a new id can collide with it. */
export interface ExistingCase {
  id?: string;
  /** Path relative to the repository root, with `/`. */
  file: string;
}

/**
 * Why `id` cannot be the id of a new case whose file would be `file`, or undefined when it can.
 * Ids and file names are compared without case: on Windows and macOS `A-1` and `a-1` are one file.
 */
export function newCaseIdProblem(id: string, file: string | undefined, existing: readonly ExistingCase[]): Localized | undefined {
  if (id === '') return { en: 'The id is empty; enter one such as VGR-2026-031.', sv: 'Id:t är tomt; ange ett som VGR-2026-031.' };
  if (id.length > MAX_ID_LENGTH) {
    return {
      en: `The id is ${id.length} characters long; keep it to at most ${MAX_ID_LENGTH}.`,
      sv: `Id:t är ${id.length} tecken långt; det får vara högst ${MAX_ID_LENGTH}.`,
    };
  }
  if (!ID_PATTERN.test(id) || !file) {
    return {
      en: `The id \`${id}\` cannot name a case file: use letters A–Z, digits, dot, dash and underscore, starting with a letter or digit (no folders, no spaces).`,
      sv: `Id:t \`${id}\` går inte att använda som namn på en ärendefil: använd bokstäverna A–Z, siffror, punkt, bindestreck och understreck, med en bokstav eller siffra först (inga mappar, inga mellanslag).`,
    };
  }
  const device = id.split('.')[0]!;
  if (WINDOWS_RESERVED.test(device)) {
    return {
      en: `The id \`${id}\` starts with ${device.toUpperCase()}, a device name Windows reserves: the file could not be opened there. Choose another id.`,
      sv: `Id:t \`${id}\` börjar med ${device.toUpperCase()}, ett enhetsnamn som Windows reserverar: filen skulle inte gå att öppna där. Välj ett annat id.`,
    };
  }
  const same = existing.find((c) => c.id !== undefined && c.id.toLowerCase() === id.toLowerCase());
  if (same) {
    return {
      en: `The case ${same.file} already has the id \`${same.id}\`; choose another id.`,
      sv: `Ärendet ${same.file} har redan id:t \`${same.id}\`; välj ett annat id.`,
    };
  }
  const base = file.toLowerCase();
  const clash = existing.find((c) => (c.file.split('/').pop() ?? '').toLowerCase() === base);
  if (clash) {
    return {
      en: `A case file named ${file} already exists (${clash.file}); choose another id.`,
      sv: `Det finns redan en ärendefil som heter ${file} (${clash.file}); välj ett annat id.`,
    };
  }
  return undefined;
}

/** vgr-2026-031.case.yaml for VGR-2026-031; undefined when nothing usable is left. */
export function caseFileName(id: string): string | undefined {
  const base = id
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9åäö_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base ? `${base}.case.yaml` : undefined;
}

/** Tabstops the case skeletons reserve for the id and the title (see snippets/README.md). */
const ID_TABSTOP = 1;
const TITLE_TABSTOP = 2;

/**
 * The skeleton of `kind` with the id, title and today's date filled in. An unknown kind gets the
 * dialogue skeleton with that kind written in, so the schema names the mistake instead of a crash.
 */
export function newCaseText(kind: string, id: string, title: string, today: string): string {
  const snippet = caseSnippet(kind) ?? caseSnippet('dialogue');
  let body = snippet ? bodyText(snippet) : 'id: $1\ntitle: $2\nkind: dialogue\nphase: needs\nopened: $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE\n';
  if (!caseSnippet(kind)) body = body.replace(/^kind: .*$/m, () => `kind: ${scalarText(kind).replace(/[\\$}]/g, '\\$&')}`);
  const text = expandSnippet(body, {
    today,
    placeholders: { [ID_TABSTOP]: scalarText(id), [TITLE_TABSTOP]: scalarText(title.trim() || 'TITLE') },
  });
  return text.endsWith('\n') ? text : `${text}\n`;
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
