// Renaming a name of the repository in one file: each occurrence's scalar replaced, its quoting kept
// (plain stays plain where the new value reads back the same, else it is double-quoted), nothing
// else touched. And why a new name cannot be had.
import { ID_PATTERN, MAX_ID_LENGTH } from '../editing/case-id';
import { scalarText } from '../editing/yaml-edit';
import type { TextEdit } from '../editing/types';
import { personKey } from '../directory';
import type { ParsedYaml } from '../parse';
import { format } from '../rules/api';
import type { CaseFileKind, Localized } from '../types';
import { keyOf, occurrencesOf, type Occurrence, type Ref } from './occurrences';

/** The YAML text for the occurrence's scalar holding `value`, in the occurrence's quoting style. */
export function replacementText(occurrence: Pick<Occurrence, 'style' | 'flow'>, value: string): string {
  if (occurrence.style === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (occurrence.style === 'double') return JSON.stringify(value);
  return scalarText(value, { flow: occurrence.flow });
}

/** The edits that rename `ref` to `value` in one file (none when the name does not occur in it). */
export function renameEdits(parsed: ParsedYaml, kind: CaseFileKind, ref: Ref, value: string): TextEdit[] {
  return occurrencesOf(parsed, kind, ref).map((o) => ({ offset: o.offset, endOffset: o.endOffset, newText: replacementText(o, value) }));
}

const T = {
  nothing: {
    en: 'Nothing to rename here: place the cursor on a case id, a link in links.related, a person or a unit.',
    sv: 'Här finns inget att byta namn på: ställ markören på ett ärendes id, en länk i links.related, en person eller en enhet.',
  },
  unknownCase: {
    en: 'No case in the repository has the id `{value}`, so there is nothing to rename; correct the link instead.',
    sv: 'Inget ärende i förrådet har id:t `{value}`, så det finns inget att byta namn på; rätta länken i stället.',
  },
  duplicateId: {
    en: 'Several cases have the id `{value}` ({files}); give each its own id before renaming it.',
    sv: 'Flera ärenden har id:t `{value}` ({files}); ge vart och ett ett eget id innan du byter namn på det.',
  },
  noDirectory: {
    en: 'The repository has no usable directory.yaml (it is missing, or has errors): people and units can be renamed once the directory lists them.',
    sv: 'Förrådet har ingen användbar directory.yaml (den saknas eller har fel): personer och enheter går att byta namn på när katalogen listar dem.',
  },
  unknownPerson: {
    en: '`{value}` is not among the people in directory.yaml: only a directory person can be renamed. Correct the spelling, or add the person to the directory.',
    sv: '`{value}` finns inte bland personerna i directory.yaml: bara en person i katalogen kan byta namn. Rätta stavningen, eller lägg till personen i katalogen.',
  },
  unknownUnit: {
    en: 'The unit `{value}` is not in directory.yaml: only a directory unit can be renamed. Correct it, or add the unit to the directory.',
    sv: 'Enheten `{value}` finns inte i directory.yaml: bara en enhet i katalogen kan byta namn. Rätta den, eller lägg till enheten i katalogen.',
  },
  emptyId: { en: 'The new id is empty; enter one such as VGR-2026-031.', sv: 'Det nya id:t är tomt; ange ett som VGR-2026-031.' },
  longId: {
    en: 'The new id is {length} characters long; keep it to at most {max}.',
    sv: 'Det nya id:t är {length} tecken långt; det får vara högst {max}.',
  },
  badId: {
    en: 'The id `{value}` breaks the id pattern: use letters A–Z, digits, dot, dash and underscore, starting with a letter or digit (no spaces).',
    sv: 'Id:t `{value}` följer inte mönstret för id: använd bokstäverna A–Z, siffror, punkt, bindestreck och understreck, med en bokstav eller siffra först (inga mellanslag).',
  },
  takenId: {
    en: 'A case with the id `{other}` exists already; choose another id.',
    sv: 'Det finns redan ett ärende med id:t `{other}`; välj ett annat id.',
  },
  emptyPerson: { en: 'The new name is empty; enter the person’s name.', sv: 'Det nya namnet är tomt; ange personens namn.' },
  emptyUnit: { en: 'The new unit id is empty; enter one such as SU/Ortopedi.', sv: 'Det nya enhets-id:t är tomt; ange ett som SU/Ortopedi.' },
  lineBreak: { en: 'A name is one line; remove the line break.', sv: 'Ett namn är en rad; ta bort radbrytningen.' },
  takenPerson: {
    en: '`{other}` is in directory.yaml already; choose another name (two entries for one person would be ambiguous).',
    sv: '`{other}` finns redan i directory.yaml; välj ett annat namn (två poster för en person vore tvetydigt).',
  },
  takenUnit: {
    en: 'The unit `{other}` is in directory.yaml already; choose another id.',
    sv: 'Enheten `{other}` finns redan i directory.yaml; välj ett annat id.',
  },
} satisfies Record<string, Localized>;

export type RenameRefusal = keyof typeof T;

/** A refusal's text with its placeholders filled. */
export function refusal(id: RenameRefusal, args: Record<string, string | number> = {}): Localized {
  return { en: format(T[id].en, args), sv: format(T[id].sv, args) };
}

/**
 * Why `ref` cannot be renamed to `value`, or undefined when it can. `existing` holds the names of
 * its kind the repository has (case ids, directory people's names or unit ids), the renamed one among them.
 */
export function newNameProblem(ref: Ref, value: string, existing: readonly string[]): Localized | undefined {
  const name = value.trim();
  const own = keyOf(ref);
  if (ref.kind === 'case') {
    if (name === '') return refusal('emptyId');
    if (name.length > MAX_ID_LENGTH) return refusal('longId', { length: name.length, max: MAX_ID_LENGTH });
    if (!ID_PATTERN.test(name)) return refusal('badId', { value: name });
  } else {
    if (name === '') return refusal(ref.kind === 'person' ? 'emptyPerson' : 'emptyUnit');
    if (/[\r\n]/.test(name)) return refusal('lineBreak');
  }
  // Compared without case: two names that differ only so would read as one.
  const fold = (s: string) => (ref.kind === 'person' ? personKey(s) : s.trim().toLowerCase());
  const other = existing.find((e) => keyOf({ kind: ref.kind, value: e }) !== own && fold(e) === fold(name));
  if (other === undefined) return undefined;
  return refusal(ref.kind === 'case' ? 'takenId' : ref.kind === 'person' ? 'takenPerson' : 'takenUnit', { other });
}
