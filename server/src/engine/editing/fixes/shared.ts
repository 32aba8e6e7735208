// What the fix modules share: localized titles, the case's key order, values written into YAML.
import { SCHEMAS } from '../../schema-data';
import type { FixId } from '../../fix-ids';
import type { Locale } from '../../types';
import type { EditingContext, Fix, TextEdit } from '../types';
import type { Finding } from '../../types';
import type { ParsedYaml } from '../../parse';

export type FixBuilder = (parsed: ParsedYaml, finding: Finding, ctx: EditingContext) => Fix[];

/** Top-level keys in the schema's order: where a missing key is created. */
export const CASE_KEY_ORDER: readonly string[] = Object.keys((SCHEMAS.case.properties ?? {}) as Record<string, unknown>);

export { NAME_PLACEHOLDER } from '../../placeholders';

export function pick(locale: Locale, en: string, sv: string): string {
  return locale === 'sv' ? sv : en;
}

/** A name in a fix title: titles are plain text in the editor's menus, so quotes, not backticks. */
export function q(locale: Locale, name: string): string {
  return locale === 'sv' ? `”${name}”` : `“${name}”`;
}

export function fix(id: FixId, title: string, edit: TextEdit | undefined, finding: Finding, preferred = true): Fix[] {
  return edit ? [{ id, title, edits: [edit], finding, preferred }] : [];
}

export function dataString(finding: Finding, key: string): string | undefined {
  const v = finding.data?.[key];
  return typeof v === 'string' ? v : undefined;
}

export function dataIndex(finding: Finding): number | undefined {
  const v = finding.data?.index;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}
