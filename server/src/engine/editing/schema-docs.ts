// The JSON Schemas as documentation: the subschema at a document path, its localized texts and
// its enum values with their per-value docs. Schemas never change at run time, so lookups are cached.
import { SCHEMAS } from '../schema-data';
import type { CaseFileKind, Locale, Path } from '../types';

export type JsonSchema = Record<string, unknown>;

export interface Doc {
  title?: string;
  description?: string;
}

export interface EnumValueDoc {
  value: string | number | boolean;
  /** Texts in the asked locale. */
  doc: Doc;
}

const MAX_CACHE = 2000;
const cache = new Map<string, JsonSchema | null>();

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A schema with its `$ref` into `$defs` merged in; the referring schema's own texts win. */
export function resolve(kind: CaseFileKind, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let depth = 0; depth < 8 && typeof current.$ref === 'string'; depth++) {
    const match = /^#\/\$defs\/(.+)$/.exec(current.$ref as string);
    const defs = SCHEMAS[kind].$defs;
    const target = match && isSchema(defs) ? (defs as Record<string, unknown>)[match[1]!] : undefined;
    const { $ref: _ref, ...own } = current;
    if (!isSchema(target)) return own;
    current = { ...target, ...own };
  }
  return current;
}

/** The schema and the branches that can add properties to it (allOf, then, else). */
function branches(kind: CaseFileKind, schema: JsonSchema): JsonSchema[] {
  const out = [schema];
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[key];
    if (Array.isArray(list)) for (const s of list) if (isSchema(s)) out.push(resolve(kind, s));
  }
  for (const key of ['then', 'else']) {
    const s = schema[key];
    if (isSchema(s)) out.push(resolve(kind, s));
  }
  return out;
}

/** Allowed properties of an object schema, in schema order. */
export function propertiesOf(kind: CaseFileKind, schema: JsonSchema): Map<string, JsonSchema> {
  const props = new Map<string, JsonSchema>();
  for (const branch of branches(kind, schema)) {
    if (!isSchema(branch.properties)) continue;
    for (const [name, sub] of Object.entries(branch.properties)) {
      if (isSchema(sub) && !props.has(name)) props.set(name, resolve(kind, sub));
    }
  }
  return props;
}

/** Keys always required (not the conditional ones). */
export function requiredOf(schema: JsonSchema): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
}

function step(kind: CaseFileKind, schema: JsonSchema, segment: string | number): JsonSchema | undefined {
  if (typeof segment === 'number') {
    return isSchema(schema.items) ? resolve(kind, schema.items) : undefined;
  }
  const prop = propertiesOf(kind, schema).get(segment);
  if (prop) return prop;
  return isSchema(schema.additionalProperties) ? resolve(kind, schema.additionalProperties) : undefined;
}

/** The (resolved) subschema at a path; sequence indexes all lead to `items`. */
export function schemaAt(kind: CaseFileKind, path: Path): JsonSchema | undefined {
  const key = `${kind}\u0000${path.map((s) => (typeof s === 'number' ? '\u0001' : s)).join('\u0000')}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let schema: JsonSchema | undefined = resolve(kind, SCHEMAS[kind]);
  for (const segment of path) {
    schema = step(kind, schema, segment);
    if (!schema) break;
  }
  // Unknown paths come from typing; keep the cache bounded.
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, schema ?? null);
  return schema;
}

/** Title and description in a locale (Swedish from `x-sv`, English otherwise). */
export function docOf(node: JsonSchema, locale: Locale): Doc {
  const sv = isSchema(node['x-sv']) ? node['x-sv'] : {};
  const pick = (field: 'title' | 'description'): string | undefined => {
    const value = locale === 'sv' ? (sv[field] ?? node[field]) : node[field];
    return typeof value === 'string' ? value : undefined;
  };
  const doc: Doc = {};
  const title = pick('title');
  const description = pick('description');
  if (title !== undefined) doc.title = title;
  if (description !== undefined) doc.description = description;
  return doc;
}

/**
 * A completion's detail beside a key or value: its title in the user's language (English users once
 * saw the Swedish one, `unit  Enhet`), left out where it only repeats the label (`unit  Unit`).
 */
export function titleDetail(label: string, title: string | undefined): string | undefined {
  const plain = (s: string) =>
    s
      .toLowerCase()
      .replace(/[-_\s]+/g, ' ')
      .trim();
  return title && plain(title) !== plain(label) ? title : undefined;
}

/** Markdown: the title in bold, then the description. */
export function docMarkdown(doc: Doc): string {
  return [doc.title ? `**${doc.title}**` : '', doc.description ?? ''].filter(Boolean).join('\n\n');
}

/** What the schema's type is, with `const`/`enum` taken into account. */
export function typeOf(schema: JsonSchema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (schema.const !== undefined) return typeof schema.const === 'number' ? 'integer' : typeof schema.const;
  if (isSchema(schema.properties)) return 'object';
  if (isSchema(schema.items)) return 'array';
  return undefined;
}

/** Enum (or const) values with their docs from `x-enum`, in schema order. */
export function enumValues(schema: JsonSchema, locale: Locale): EnumValueDoc[] {
  const values: unknown[] = Array.isArray(schema.enum) ? schema.enum : schema.const !== undefined ? [schema.const] : [];
  const docs = isSchema(schema['x-enum']) ? schema['x-enum'] : {};
  return values.flatMap((value) => {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return [];
    const entry = docs[String(value)];
    return [{ value, doc: isSchema(entry) ? docOf(entry, locale) : {} }];
  });
}

/** The title of an enum value at a path in the user's language (`execution` → "Projektgenomförande"), if the schema has one. */
export function enumTitle(kind: CaseFileKind, path: Path, value: string, locale: Locale): string | undefined {
  const schema = schemaAt(kind, path);
  return schema ? enumValues(schema, locale).find((v) => v.value === value)?.doc.title : undefined;
}

/** `**Kind:** Test activity (`test-activity`)`, with the field's and the value's titles from the case schema. */
export function enumLine(field: 'kind' | 'phase', value: string, locale: Locale): string {
  const schema = schemaAt('case', [field]);
  const name = (schema && docOf(schema, locale).title) ?? field;
  const title = enumTitle('case', [field], value, locale);
  return `**${name}:** ${title ? `${title} (\`${value}\`)` : `\`${value}\``}`;
}
