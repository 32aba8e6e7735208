// ajv's errors → findings at the narrowest range, by keyword:
// unknown key → that key; enum/type/pattern/format/range → the value; required → the key of the
// mapping that lacks it (line 1 at top level); a duplicate list item → the second occurrence.
import type { ErrorObject } from 'ajv';
import { isMultiLineCollection, lineSpan, spanOf, type ParsedYaml } from './parse';
import { validator } from './schemas';
import { makeFinding } from './findings';
import { closest } from './suggest';
import type { Policy } from './policy';
import type { CaseFileKind, Finding, Locale, Path, Span } from './types';

export function schemaFindings(parsed: ParsedYaml, kind: CaseFileKind, locale: Locale, policy: Policy): Finding[] {
  const validate = validator(kind);
  if (validate(parsed.value)) return [];
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  // A wrong type makes enum/pattern/format complaints about the same value noise.
  const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'type' && error.keyword !== 'required' && error.keyword !== 'additionalProperties' && typed.has(error.instancePath)) continue;
    const mapped = mapError(error, parsed, locale);
    const finding = makeFinding('schema', mapped.messageId, mapped.span, { locale, policy, args: mapped.args });
    if (!finding) return [];
    const key = `${finding.offset}:${finding.endOffset}:${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}

interface Mapped {
  messageId: string;
  args: Record<string, string | number>;
  span: Span;
}

function mapError(error: ErrorObject, parsed: ParsedYaml, locale: Locale): Mapped {
  const path = toPath(error.instancePath, parsed.value);
  const field = fieldName(path, locale);
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  const valueSpan = () => (isMultiLineCollection(parsed, path) ? keySpan(parsed, path) : spanOf(parsed, { path, part: 'value' })) ?? keySpan(parsed, path);

  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      const conditional = /\/(then|else)\/required$/.test(error.schemaPath) ? `required-${key}` : undefined;
      const messageId = conditional && ['required-signed', 'required-date', 'required-requester'].includes(conditional) ? conditional : 'required';
      return { messageId, args: { key, where: where(path, locale) }, span: keySpan(parsed, path) };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((parent.properties ?? {}) as object);
      return {
        messageId: 'unknown',
        args: { key, where: where(path, locale), suggestion: suggestion(key, known, locale) },
        span: spanOf(parsed, { path: [...path, key], part: 'key' }) ?? keySpan(parsed, path),
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = shorten(String(error.data));
      return {
        messageId: 'enum',
        args: { value, field, allowed: allowed.join(', '), suggestion: suggestion(String(error.data), allowed, locale) },
        span: valueSpan(),
      };
    }
    case 'const':
      return { messageId: 'const', args: { field, expected: JSON.stringify(params.allowedValue) }, span: valueSpan() };
    case 'type':
      return {
        messageId: 'type',
        args: { field, expected: typeName(String(params.type), locale), actual: typeName(actualType(error.data), locale) },
        span: valueSpan(),
      };
    case 'format': {
      const format = String(params.format);
      return { messageId: format === 'date' || format === 'email' ? format : 'format', args: { field, format }, span: valueSpan() };
    }
    case 'pattern':
      return { messageId: 'pattern', args: { field, hint: patternHint(String(params.pattern), locale) }, span: valueSpan() };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { messageId: 'range', args: { field, range: rangeText(parent, locale) }, span: valueSpan() };
    case 'minLength':
      return { messageId: 'min-length', args: { field }, span: valueSpan() };
    case 'minItems':
      return { messageId: 'min-items', args: { field, min: Number(params.limit) }, span: keySpan(parsed, path) };
    case 'uniqueItems':
      return {
        messageId: 'unique-items',
        args: { field },
        span: spanOf(parsed, { path: [...path, Number(params.j)], part: 'value' }) ?? valueSpan(),
      };
    default:
      return { messageId: 'other', args: { field, detail: error.message ?? error.keyword }, span: valueSpan() };
  }
}

/** The key of the mapping at path; line 1 for the top level. */
function keySpan(parsed: ParsedYaml, path: Path): Span {
  return (path.length > 0 ? spanOf(parsed, { path, part: 'key' }) : undefined) ?? lineSpan(parsed, 1);
}

/** JSON pointer → path; digits index a list only where the data there is a list. */
function toPath(pointer: string, root: unknown): Path {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      out.push(index);
      node = node[index];
    } else {
      out.push(segment);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out;
}

export function pathText(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function fieldName(path: Path, locale: Locale): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return locale === 'sv' ? 'ärendet' : 'the case';
}

function where(path: Path, locale: Locale): string {
  if (path.length === 0) return '';
  return locale === 'sv' ? ` i \`${pathText(path)}\`` : ` in \`${pathText(path)}\``;
}

function suggestion(value: string, candidates: string[], locale: Locale): string {
  const best = closest(value, candidates);
  if (!best) return '';
  return locale === 'sv' ? ` Menade du \`${best}\`?` : ` Did you mean \`${best}\`?`;
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}…` : value;
}

function actualType(data: unknown): string {
  if (data === null || data === undefined) return 'null';
  if (Array.isArray(data)) return 'array';
  if (typeof data === 'number') return Number.isInteger(data) ? 'integer' : 'number';
  return typeof data;
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['text', 'text'],
  boolean: ['true or false', 'true eller false'],
  integer: ['a whole number', 'ett heltal'],
  number: ['a number', 'ett tal'],
  object: ['a mapping of keys', 'en mappning av nycklar'],
  array: ['a list', 'en lista'],
  null: ['empty', 'tomt'],
};

function typeName(type: string, locale: Locale): string {
  return type
    .split(',')
    .map((t) => TYPE_NAMES[t]?.[locale === 'sv' ? 1 : 0] ?? t)
    .join(locale === 'sv' ? ' eller ' : ' or ');
}

function rangeText(schema: Record<string, unknown>, locale: Locale): string {
  const min = schema.minimum as number | undefined;
  const max = schema.maximum as number | undefined;
  const whole = schema.type === 'integer';
  const sv = locale === 'sv';
  const noun = whole ? (sv ? 'ett heltal' : 'a whole number') : sv ? 'ett tal' : 'a number';
  if (min !== undefined && max !== undefined) return sv ? `${noun} från ${min} till ${max}` : `${noun} from ${min} to ${max}`;
  if (min !== undefined) return sv ? `minst ${min}` : `at least ${min}`;
  return sv ? `högst ${max}` : `at most ${max}`;
}

const PATTERN_HINTS: Record<string, [string, string]> = {
  '^[A-Za-z0-9][A-Za-z0-9._-]*$': [
    'start with a letter or digit and use only letters, digits, `.`, `_` and `-` (e.g. VGR-2026-014)',
    'börja med en bokstav eller siffra och använd bara bokstäver, siffror, `.`, `_` och `-` (t.ex. VGR-2026-014)',
  ],
  '\\S': ['it must contain text, not only spaces', 'det ska innehålla text, inte bara mellanslag'],
  ['^https?://(?:[^\\s()<>"\'`\\\\[\\]{}|^]|\\{rule\\})+$']: [
    'it must be a web address starting with https:// or http://, without spaces, quotes, brackets or braces (but `{rule}`)',
    'det ska vara en webbadress som börjar med https:// eller http://, utan mellanslag, citattecken, hakparenteser eller klammerparenteser (utom `{rule}`)',
  ],
};

function patternHint(pattern: string, locale: Locale): string {
  const hint = PATTERN_HINTS[pattern];
  if (hint) return hint[locale === 'sv' ? 1 : 0];
  return locale === 'sv' ? `det ska matcha ${pattern}` : `it must match ${pattern}`;
}
