// Whether an id can name a new case, and its file name. No imports beyond types: the client's id
// box uses it too, so it refuses as the user types what the server would refuse.
import type { Localized } from '../types';

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
