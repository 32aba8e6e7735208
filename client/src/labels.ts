// Kind and phase labels for the UI, read from the case schema's x-enum docs: the schema is the
// single source of these texts (the server's completion and hover use the same ones).
import caseSchema from '../../schemas/case.schema.json';
import type { Locale } from '../../server/src/engine/types';

interface EnumDocs {
  title?: string;
  description?: string;
  'x-sv'?: { title?: string; description?: string };
}
interface EnumDef {
  enum?: unknown[];
  'x-enum'?: Record<string, EnumDocs>;
}

const defs = ((caseSchema as { $defs?: unknown }).$defs ?? {}) as Record<string, EnumDef | undefined>;

export type EnumName = 'kind' | 'phase';

/** The values of an enum of the case schema, in schema order. */
export function enumValues(name: EnumName): string[] {
  return (defs[name]?.enum ?? []).filter((v): v is string => typeof v === 'string');
}

/** Title and description of one enum value in the locale; undefined for an unknown value. */
export function enumDoc(name: EnumName, value: string | undefined, locale: Locale): { title: string; description: string } | undefined {
  if (value === undefined) return undefined;
  const docs = defs[name]?.['x-enum']?.[value];
  if (!docs) return undefined;
  const sv = locale === 'sv' ? docs['x-sv'] : undefined;
  return { title: sv?.title ?? docs.title ?? value, description: sv?.description ?? docs.description ?? '' };
}

/** The label of a kind or phase value; the raw value when the schema does not know it. */
export function enumLabel(name: EnumName, value: string | undefined, locale: Locale): string | undefined {
  return enumDoc(name, value, locale)?.title ?? value;
}
