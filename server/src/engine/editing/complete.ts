// Completion: the keys allowed where the cursor is, the values a field takes (enum values from the
// schemas; units, people, manager roles and case ids from the repository), and the snippets that
// fit there (complete-snippets.ts).
import type { ParsedYaml } from '../parse';
import { isObj } from '../model';
import type { Path } from '../types';
import { cursorAt, type Cursor } from './cursor';
import { referenceEntries, referenceKeys, type Candidate } from './complete-references';
import { snippetEntries } from './complete-snippets';
import { docMarkdown, docOf, enumValues, propertiesOf, requiredOf, schemaAt, titleDetail, typeOf, type JsonSchema } from './schema-docs';
import type { CompletionEntry, EditingContext } from './types';
import { scalarText } from './yaml-edit';

export function complete(parsed: ParsedYaml, offset: number, ctx: EditingContext): CompletionEntry[] {
  return [...fieldEntries(parsed, offset, ctx), ...snippetEntries(parsed, offset, ctx)];
}

function fieldEntries(parsed: ParsedYaml, offset: number, ctx: EditingContext): CompletionEntry[] {
  const cursor = cursorAt(parsed, offset);
  if (cursor.position === 'key') return [...keyEntries(ctx, cursor.path, cursor), ...partyKeys(parsed, ctx, cursor)];
  if (cursor.position === 'value') return valueEntries(parsed, ctx, cursor);
  return [];
}

function replaceOf(cursor: Cursor): CompletionEntry['replace'] {
  return { offset: cursor.word.offset, endOffset: cursor.word.endOffset };
}

const pad = (n: number) => String(n).padStart(3, '0');

function keyEntries(ctx: EditingContext, path: Path, cursor: Cursor): CompletionEntry[] {
  const schema = schemaAt(ctx.kind, path);
  if (!schema || typeOf(schema) !== 'object') return [];
  const required = new Set([...requiredOf(schema), ...conditionalRequired(schema, cursor.siblingValues)]);
  const present = new Set(cursor.siblings);
  const entries: CompletionEntry[] = [];
  let index = 0;
  for (const [name, prop] of propertiesOf(ctx.kind, schema)) {
    index++;
    if (present.has(name)) continue;
    const entry: CompletionEntry = {
      label: name,
      kind: 'property',
      documentation: docMarkdown(docOf(prop, ctx.locale)),
      ...keyInsert(ctx, name, prop, cursor),
      replace: replaceOf(cursor),
      sortText: `${required.has(name) ? '0' : '1'}${pad(index)}`,
    };
    const detail = titleDetail(name, docOf(prop, ctx.locale).title);
    if (detail) entry.detail = detail;
    entries.push(entry);
  }
  return entries;
}

/** Party names as keys of an agreement's `financing` (party → percent). */
function partyKeys(parsed: ParsedYaml, ctx: EditingContext, cursor: Cursor): CompletionEntry[] {
  return referenceKeys(parsed, ctx, cursor.path)
    .filter((party) => !cursor.siblings.includes(party))
    .map((party) => {
      const key = scalarText(party, { flow: !!cursor.flow });
      return { label: party, kind: 'reference' as const, insertText: cursor.keyHasColon ? key : `${key}: `, replace: replaceOf(cursor) };
    });
}

/** The keys an `if {k: const v} then/else {required}` adds, judged from the sibling values. */
function conditionalRequired(schema: JsonSchema, values: Record<string, string>): string[] {
  const cond = schema.if;
  if (!isObj(cond) || !isObj(cond.properties)) return [];
  const holds = Object.entries(cond.properties).every(([k, s]) => isObj(s) && values[k] !== undefined && String(s.const) === values[k]);
  const known = Object.keys(cond.properties).every((k) => values[k] !== undefined);
  const branch = holds ? schema.then : known || Object.keys(values).length > 0 ? schema.else : undefined;
  return isObj(branch) ? requiredOf(branch) : [];
}

/**
 * `key: `, or for collections a snippet that opens the block. Later lines are indented relative
 * to the line's own indentation: the editor adds that (LSP InsertTextMode.adjustIndentation).
 */
function keyInsert(ctx: EditingContext, name: string, prop: JsonSchema, cursor: Cursor): Pick<CompletionEntry, 'insertText' | 'snippet'> {
  if (cursor.keyHasColon) return { insertText: name };
  if (cursor.flow) return { insertText: `${name}: ` };
  const type = typeOf(prop);
  const indent = ' '.repeat(Math.max(0, cursor.column - cursor.lineIndent) + 2);
  if (type === 'object') return { insertText: `${name}:\n${indent}$0`, snippet: true };
  if (type === 'array') {
    const items = schemaAt(ctx.kind, [...cursor.path, name, 0]);
    if (items && typeOf(items) === 'object') return { insertText: `${name}:\n${indent}- $0`, snippet: true };
    return { insertText: `${name}: [$0]`, snippet: true };
  }
  return { insertText: `${name}: ` };
}

function valueEntries(parsed: ParsedYaml, ctx: EditingContext, cursor: Cursor): CompletionEntry[] {
  if (cursor.key === undefined) return [];
  const fieldPath = [...cursor.path, cursor.key];
  const valuePath = cursor.item !== undefined ? [...fieldPath, cursor.item] : fieldPath;
  const schema = schemaAt(ctx.kind, valuePath);
  if (!schema) return [];
  if (cursor.bareItem && typeOf(schema) === 'object') {
    // `- |` under a list of mappings: the first key of a new item.
    return keyEntries(ctx, valuePath, { ...cursor, keyHasColon: false });
  }
  // Literal candidates (numbers, booleans) are inserted as they are; strings may need quotes.
  const candidates: (Candidate & { literal?: boolean })[] = [];
  enumValues(schema, ctx.locale).forEach((v, i) => {
    const candidate: Candidate & { literal?: boolean } = { label: String(v.value), kind: typeof v.value === 'string' ? 'enum' : 'value', sortText: `0${pad(i)}` };
    if (typeof v.value !== 'string') candidate.literal = true;
    const doc = docMarkdown(v.doc);
    if (doc) candidate.documentation = doc;
    const detail = titleDetail(candidate.label, v.doc.title);
    if (detail) candidate.detail = detail;
    candidates.push(candidate);
  });
  if (typeOf(schema) === 'boolean') {
    candidates.push({ label: 'true', kind: 'value', sortText: '0000', literal: true }, { label: 'false', kind: 'value', sortText: '0001', literal: true });
  }
  candidates.push(...referenceEntries(parsed, ctx, cursor, valuePath));
  const taken = new Set(cursor.otherItems);
  const seen = new Set<string>();
  return candidates
    .filter((c) => !taken.has(c.label) && !seen.has(c.label) && seen.add(c.label))
    .map(({ literal, ...c }) => ({
      ...c,
      insertText: `${cursor.needsSpace ? ' ' : ''}${literal ? c.label : scalarText(c.label, { flow: !!cursor.flow })}`,
      replace: replaceOf(cursor),
    }));
}
