// Kind and phase labels for the UI, read from the case schema's x-enum docs: the schema is the
// single source of these texts (the server's completion and hover use the same ones).
import { docOf, type JsonSchema } from '../../server/src/engine/editing/schema-docs';
import { SCHEMAS, enumOf } from '../../server/src/engine/schema-data';
import type { Locale } from '../../server/src/engine/types';

const defs = (SCHEMAS.case.$defs ?? {}) as Record<string, { 'x-enum'?: Record<string, JsonSchema> } | undefined>;

export type EnumName = 'kind' | 'phase';

/** The values of an enum of the case schema, in schema order. */
export function enumValues(name: EnumName): string[] {
  return enumOf(name);
}

/** Title and description of one enum value in the locale; undefined for an unknown value. */
export function enumDoc(name: EnumName, value: string | undefined, locale: Locale): { title: string; description: string } | undefined {
  if (value === undefined) return undefined;
  const docs = defs[name]?.['x-enum']?.[value];
  if (!docs) return undefined;
  const doc = docOf(docs, locale);
  return { title: doc.title ?? value, description: doc.description ?? '' };
}

/** The label of a kind or phase value; the raw value when the schema does not know it. */
export function enumLabel(name: EnumName, value: string | undefined, locale: Locale): string | undefined {
  return enumDoc(name, value, locale)?.title ?? value;
}
