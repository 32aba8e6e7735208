// What the rule registry generates: the policy schema's `rules` properties and the table in
// docs/rules/README.md. scripts/generate.mjs writes these files; test/engine/generated.test.ts
// fails when the committed ones differ.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RuleMeta } from '../server/src/engine/types';

export const TABLE_START = '<!-- rules:start -->';
export const TABLE_END = '<!-- rules:end -->';

export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  file: string;
  text: string;
}

type Json = Record<string, unknown>;

/** The files as the registry makes them, from the current text of each (only the generated part changes). */
export function generatedFiles(root: string, metas: readonly RuleMeta[]): GeneratedFile[] {
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  return [
    { file: 'schemas/policy.schema.json', text: policySchemaText(metas, read('schemas/policy.schema.json')) },
    { file: 'docs/rules/README.md', text: rulesReadmeText(metas, read('docs/rules/README.md'), (id) => read(`docs/rules/${id}.md`)) },
  ];
}

/** One property per rule under `rules`, documented in English and Swedish like every other property. */
export function policySchemaText(metas: readonly RuleMeta[], text: string): string {
  const schema = JSON.parse(text) as Json;
  const rules = (schema.properties as Record<string, Json>).rules!;
  // Severity names in Swedish come from the schema's own documentation of the enum.
  const severities = ((schema.$defs as Record<string, Json>).ruleSeverity!['x-enum'] ?? {}) as Record<string, { 'x-sv': { title: string } }>;
  const sv = (severity: string) => severities[severity]?.['x-sv'].title.toLowerCase() ?? severity;
  rules.properties = Object.fromEntries(
    metas.map((m) => [
      m.id,
      {
        $ref: '#/$defs/ruleSeverity',
        title: m.id,
        description: `Severity of \`${m.id}\` (default ${m.defaultSeverity}). ${m.description.en}`,
        'x-sv': { title: m.id, description: `Allvarlighetsgrad för \`${m.id}\` (standard ${sv(m.defaultSeverity)}). ${m.description.sv}` },
      },
    ]),
  );
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Replaces what lies between the table markers; the rest of the README is prose kept by hand. */
export function rulesReadmeText(metas: readonly RuleMeta[], text: string, page: (id: string) => string): string {
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/rules/README.md needs the markers ${TABLE_START} and ${TABLE_END}`);
  const processRules = metas.filter((m) => m.processRule).map((m) => `\`${m.id}\``);
  const cell = (s: string) => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
  const list = (items: string[]) => (items.length ? items.join(', ') : '—');
  const lines = [
    TABLE_START,
    '<!-- Generated from the rule registry by `npm run generate`: change the rules and their pages, not this part. -->',
    '',
    `The process rules — ${processRules.slice(0, -1).join(', ')} and ${processRules.at(-1)} — do not apply to \`closed\` cases. The others apply to every case.`,
    '',
    '| rule | default severity | what it checks | quick fixes | sources |',
    '|---|---|---|---|---|',
    ...metas.map((m) => {
      const cells = [
        `[\`${m.id}\`](${m.id}.md)`,
        cell(severitySummary(m.id, page(m.id))),
        cell(m.description.en),
        list((m.fixes ?? []).map((f) => `\`${f}\``)),
        list(m.sources.map((s) => s.seed)),
      ];
      return `| ${cells.join(' | ')} |`;
    }),
    TABLE_END,
  ];
  return text.slice(0, start) + lines.join('\n') + text.slice(end + TABLE_END.length);
}

/** The first sentence of the page's "Default severity" section: the severity and when it changes. */
export function severitySummary(id: string, page: string): string {
  const paragraph = /(?:^|\n)## Default severity\n+([\s\S]*?)(?:\n\n|$)/.exec(page)?.[1];
  const sentence = paragraph && /^[\s\S]*?\.(?=\s|$)/.exec(paragraph)?.[0];
  if (!sentence) throw new Error(`docs/rules/${id}.md needs a "## Default severity" section that starts with a sentence`);
  return sentence;
}
