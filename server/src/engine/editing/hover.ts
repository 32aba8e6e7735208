// Hover: the rules of the findings under the cursor (what, why, sources, link; not the message, which
// the editor shows beside the hover already), then the field's or the enum value's schema docs.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { personKey } from '../directory';
import { docsUrl, type DocsLink } from '../docs';
import { codeSpan, markdownText } from '../text';
import type { ParsedYaml } from '../parse';
import { RULES_BY_ID } from '../rules';
import type { Finding, Locale, Path, SourceRef } from '../types';
import { docMarkdown, docOf, enumValues, schemaAt } from './schema-docs';
import type { EditingContext, HoverInfo } from './types';

export interface Hit {
  path: (string | number)[];
  part: 'key' | 'value';
  offset: number;
  endOffset: number;
  /** The scalar's value (for a value hit). */
  value?: unknown;
}

const T = {
  why: { en: 'Why', sv: 'Varför' },
  source: { en: 'Source', sv: 'Källa' },
  sources: { en: 'Sources', sv: 'Källor' },
  docs: { en: 'Documentation', sv: 'Dokumentation' },
  quote: { en: ['“', '”'], sv: ['”', '”'] },
};

export function hover(parsed: ParsedYaml, offset: number, ctx: EditingContext, findings: Finding[]): HoverInfo | undefined {
  const hit = scalarAt(parsed, offset);
  const here = findings.filter((f) => !f.suppressed && f.offset <= offset && offset <= f.endOffset);
  // Two findings of one rule at the same place explain the same rule once.
  const rules = [...new Set(here.map((f) => f.rule))];
  const parts = rules.map((rule) => ruleMarkdown(rule, ctx.locale, ctx.docs ?? docsUrl));
  const field = hit ? fieldMarkdown(hit, ctx) : undefined;
  if (field) parts.push(field);
  if (parts.length === 0) return undefined;
  const range = hit ?? here[0]!;
  return { markdown: parts.join('\n\n---\n\n'), offset: range.offset, endOffset: range.endOffset };
}

function ruleMarkdown(id: string, locale: Locale, docs: DocsLink): string {
  const rule = RULES_BY_ID.get(id);
  const lines = [`#### ${id}`];
  if (rule) {
    lines.push(rule.meta.description[locale]);
    lines.push(`*${T.why[locale]}:* ${rule.meta.rationale[locale]}`);
    const sources = rule.meta.sources.map((s) => sourceText(s, locale));
    if (sources.length === 1) lines.push(`*${T.source[locale]}:* ${sources[0]}`);
    else if (sources.length > 1) lines.push(`*${T.sources[locale]}:*\n\n${sources.map((s) => `- ${s}`).join('\n')}`);
  }
  lines.push(`[${T.docs[locale]}: ${id}](${docs(id)})`);
  return lines.join('\n\n');
}

function sourceText(source: SourceRef, locale: Locale): string {
  const [open, close] = T.quote[locale];
  return source.quote ? `${source.title} — ${open}${source.quote}${close}` : source.title;
}

/** `agreements[].type`: the path as users read it. */
export function showPath(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? '[]' : i === 0 ? s : `.${s}`)).join('');
}

function fieldMarkdown(hit: Hit, ctx: EditingContext): string | undefined {
  const schema = schemaAt(ctx.kind, hit.path);
  if (!schema) return undefined;
  const doc = docOf(schema, ctx.locale);
  const fieldDoc = [doc.title ? `**${doc.title}** · \`${showPath(hit.path)}\`` : `\`${showPath(hit.path)}\``, doc.description ?? ''].filter(Boolean).join('\n\n');
  if (hit.part === 'value') {
    const value = enumValues(schema, ctx.locale).find((v) => v.value === hit.value || String(v.value) === String(hit.value));
    if (value) {
      const head = `\`${String(value.value)}\`${value.doc.title ? ` — **${value.doc.title}**` : ''}`;
      return [head, value.doc.description ?? '', doc.title ? `${doc.title} · \`${showPath(hit.path)}\`` : ''].filter(Boolean).join('\n\n');
    }
    const reference = referenceMarkdown(hit, ctx);
    if (reference) return `${reference}\n\n${fieldDoc}`;
  }
  return fieldDoc || docMarkdown(doc) || undefined;
}

/** A unit or a person from the directory: its name, or the roles the person holds. */
function referenceMarkdown(hit: Hit, ctx: EditingContext): string | undefined {
  const dir = ctx.directory;
  if (!dir || typeof hit.value !== 'string') return undefined;
  const last = hit.path[hit.path.length - 1];
  if (last === 'unit') {
    const unit = dir.units.get(hit.value);
    return unit?.name ? `${codeSpan(unit.id)} — ${markdownText(unit.name)}` : undefined;
  }
  if (last === 'by' || last === 'name' || last === 'verified_by') {
    const person = dir.people.get(personKey(hit.value));
    if (!person) return undefined;
    const roles = person.roles.map((r) => `${r.role} (${r.unit})`).join(', ');
    return `**${markdownText(person.name)}**${roles ? ` — ${markdownText(roles)}` : ''}`;
  }
  return undefined;
}

/** The key or scalar value under the offset, with its path; the end of a word counts as in it. */
export function scalarAt(parsed: ParsedYaml, offset: number): Hit | undefined {
  let found: Hit | undefined;
  const inside = (node: Node | null | undefined): node is Node => !!node?.range && node.range[0] <= offset && offset <= node.range[1];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (found) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (isScalar(key) && inside(key)) {
          found = { path: [...path, String(key.value)], part: 'key', offset: key.range![0], endOffset: key.range![1] };
          return;
        }
        if (isScalar(key)) visit(pair.value, [...path, String(key.value)]);
        if (found) return;
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    } else if (isScalar(node) && inside(node) && path.length > 0) {
      found = { path, part: 'value', offset: node.range![0], endOffset: node.range![1], value: node.value };
    }
  };
  visit(parsed.doc?.contents, []);
  return found;
}
