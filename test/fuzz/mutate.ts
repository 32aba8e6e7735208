// Inputs for the fuzz tests: the sample repository's files, and mutations of them at three levels —
// characters/bytes, lines, and YAML structure (through the yaml library, so comments survive).
// A mutation is plain data (indices taken modulo the text), so fast-check can shrink and replay it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { isCollection, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';

export const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Every sample case, by its path relative to the samples folder. */
export const CASES: { file: string; text: string }[] = walk(path.join(SAMPLES, 'cases'))
  .filter((f) => f.endsWith('.case.yaml'))
  .sort()
  .map((f) => ({ file: path.relative(SAMPLES, f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') }));
export const POLICY = fs.readFileSync(path.join(SAMPLES, 'casefile.yaml'), 'utf8');
export const DIRECTORY = fs.readFileSync(path.join(SAMPLES, 'directory.yaml'), 'utf8');

/** Text that stresses decoders, YAML and escaping alike. */
export const SPECIAL = [
  '\u0000',
  '\ufeff',
  '\r',
  '\n',
  '\r\n',
  '\t',
  ' ',
  ':',
  ': ',
  '- ',
  '#',
  '# c',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '!!str ',
  '!!binary ',
  '|',
  '>-',
  '? ',
  '%YAML 1.2',
  '---',
  '...',
  '<<: ',
  '\\',
  '\u001b[2J',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u2028',
  '\u0085',
  '😀',
  'å',
  'ä',
  '\ud800',
  '\udc00',
  '\u00a0',
  '\u3000',
  '\n::error file=x,line=1::hi\n',
  '</code></summary>',
  '[x](http://e)',
  '|',
  '%0A',
  '199001011234',
  '19900101-1234',
  'null',
  '~',
  'true',
  'no',
  '2026-02-30',
  '1e999',
  '0x1F',
  '-.inf',
];

const unicodeText = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 4 }),
);

export type CharMutation = { op: 'insert'; at: number; text: string } | { op: 'delete'; at: number; length: number } | { op: 'replace'; at: number; length: number; text: string };

export const charMutation: fc.Arbitrary<CharMutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: unicodeText }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }), text: unicodeText }),
);

export function applyChar(text: string, m: CharMutation): string {
  const at = m.at % (text.length + 1);
  if (m.op === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  if (m.op === 'delete') return text.slice(0, at) + text.slice(at + m.length);
  return text.slice(0, at) + m.text + text.slice(at + m.length);
}

export type LineMutation = { op: 'duplicate' | 'delete' | 'indent' | 'dedent' | 'swap' | 'tabify'; line: number; other: number };

export const lineMutation: fc.Arbitrary<LineMutation> = fc.record({
  op: fc.constantFrom('duplicate', 'delete', 'indent', 'dedent', 'swap', 'tabify'),
  line: fc.nat(),
  other: fc.nat(),
});

export function applyLine(text: string, m: LineMutation): string {
  const lines = text.split('\n');
  const i = m.line % lines.length;
  const j = m.other % lines.length;
  const line = lines[i]!;
  if (m.op === 'duplicate')
    lines.splice(i, 0, line); // a duplicate key, or a repeated item
  else if (m.op === 'delete') lines.splice(i, 1);
  else if (m.op === 'indent') lines[i] = `  ${line}`;
  else if (m.op === 'dedent') lines[i] = line.replace(/^ {1,2}/, '');
  else if (m.op === 'tabify') lines[i] = line.replace(/^ +/, '\t');
  else [lines[i], lines[j]] = [lines[j]!, line];
  return lines.join('\n');
}

/** Values a mutated scalar may take: the samples' own, and edge cases. */
const VALUES: unknown[] = [
  ...new Set(
    CASES.flatMap(({ text }) => {
      const found: unknown[] = [];
      visit(parseDocument(text), { Scalar: (_, node) => void found.push(node.value) });
      return found;
    }),
  ),
  null,
  '',
  0,
  -1,
  1.5,
  99999999999,
  true,
  false,
  '2026-02-29',
  '2025-02-29',
  '9999-12-31',
  'x'.repeat(5000),
  'a\nb',
  '\n::error file=a,line=1::x',
  '\u001b[31mred',
  'ev\u202eil',
  '<b>x</b> [l](http://e) ![i](http://e)',
  '19121212-1212',
  [],
  {},
];

export type YamlMutation = {
  op: 'drop' | 'swap' | 'set' | 'flow' | 'duplicate-item' | 'alias' | 'add-key' | 'nest';
  node: number;
  other: number;
  value: number;
};

export const yamlMutation: fc.Arbitrary<YamlMutation> = fc.record({
  op: fc.constantFrom('drop', 'swap', 'set', 'flow', 'duplicate-item', 'alias', 'add-key', 'nest'),
  node: fc.nat(),
  other: fc.nat(),
  value: fc.nat(),
});

/** Every pair and sequence item of a document, with the collection that holds it. */
function slots(doc: Document): { parent: Node; index: number; value: unknown }[] {
  const out: { parent: Node; index: number; value: unknown }[] = [];
  visit(doc, {
    Map: (_, map) => map.items.forEach((pair, index) => out.push({ parent: map, index, value: pair.value })),
    Seq: (_, seq) => seq.items.forEach((item, index) => out.push({ parent: seq, index, value: item })),
  });
  return out;
}

function setSlot(slot: { parent: Node; index: number }, value: unknown): void {
  const { parent, index } = slot;
  if (isMap(parent)) {
    const pair = parent.items[index];
    if (isPair(pair)) pair.value = value as Node;
  } else if (isSeq(parent)) parent.items[index] = value as Node;
}

/** Applies structural mutations; the result is valid YAML with its comments (if the library can print it). */
export function applyYaml(text: string, mutations: YamlMutation[]): string {
  if (mutations.length === 0) return text;
  try {
    const doc = parseDocument(text, { version: '1.2' });
    if (doc.errors.length > 0) return text;
    for (const m of mutations) {
      const all = slots(doc);
      if (all.length === 0) break;
      const slot = all[m.node % all.length]!;
      const other = all[m.other % all.length]!;
      const value = VALUES[m.value % VALUES.length];
      if (m.op === 'drop') {
        const p = slot.parent;
        if (isMap(p) || isSeq(p)) p.items.splice(slot.index, 1);
      } else if (m.op === 'swap') {
        if (slot === other || contains(slot.value, other.value) || contains(other.value, slot.value)) continue;
        const a = slot.value;
        setSlot(slot, other.value);
        setSlot(other, a);
      } else if (m.op === 'set') setSlot(slot, doc.createNode(value));
      else if (m.op === 'flow') {
        if (isCollection(slot.value)) slot.value.flow = !slot.value.flow;
      } else if (m.op === 'duplicate-item') {
        const p = slot.parent;
        if (isSeq(p)) p.items.splice(slot.index, 0, doc.createNode((p.items[slot.index] as Node | undefined)?.toJSON?.() ?? null));
      } else if (m.op === 'alias') {
        // An anchor on one value, an alias to it elsewhere.
        const target = slot.value;
        if (!isScalar(target) && !isCollection(target)) continue;
        if (contains(target, other.value) || slot === other) continue;
        setSlot(other, doc.createAlias(target));
      } else if (m.op === 'add-key') {
        const p = slot.parent;
        if (isMap(p)) p.add(doc.createPair(`x_${m.value % 7}`, doc.createNode(value)));
      } else if (m.op === 'nest') {
        let node: unknown = value;
        for (let d = 0; d < 2 + (m.value % 40); d++) node = m.other % 2 ? [node] : { n: node };
        setSlot(slot, doc.createNode(node));
      }
    }
    return doc.toString({ lineWidth: 0 });
  } catch {
    // The library refused (an alias cycle, say): keep the text before the structural step.
    return text;
  }
}

function contains(outer: unknown, inner: unknown): boolean {
  if (outer === inner) return true;
  let found = false;
  if (isCollection(outer)) visit(outer as never, { Node: (_, n) => (n === inner ? ((found = true), visit.BREAK) : undefined) });
  return found;
}

/** Whole-text stressors: deep nesting, an alias bomb, a long line, a second document. */
export type TextStressor = 'none' | 'deep-flow' | 'deep-block' | 'alias-bomb' | 'long-line' | 'two-docs' | 'crlf' | 'bom' | 'no-final-eol';

export const textStressor: fc.Arbitrary<TextStressor> = fc.constantFrom<TextStressor>(
  'none',
  'none',
  'none',
  'none',
  'deep-flow',
  'deep-block',
  'alias-bomb',
  'long-line',
  'two-docs',
  'crlf',
  'bom',
  'no-final-eol',
);

export function applyStressor(text: string, s: TextStressor): string {
  switch (s) {
    case 'deep-flow':
      return `${text}\nextra: ${'['.repeat(200)}${']'.repeat(200)}\n`;
    case 'deep-block':
      return `${text}\nextra:\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n')} end\n`;
    case 'alias-bomb': {
      const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < 8; i++)
        levels.push(
          `${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${Array(9)
            .fill(`*${'abcdefgh'[i - 1]}`)
            .join(', ')}]`,
        );
      return `${text}\nbomb:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
    }
    case 'long-line':
      return text.replace(/^title: .*$/m, `title: ${'Lång titel '.repeat(3000)}`);
    case 'two-docs':
      return `${text}\n---\n${text}`;
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'bom':
      return `\ufeff${text}`;
    case 'no-final-eol':
      return text.replace(/\s+$/, '');
    default:
      return text;
  }
}

export interface Mutated {
  sample: number;
  yaml: YamlMutation[];
  lines: LineMutation[];
  chars: CharMutation[];
  stressor: TextStressor;
}

export const mutatedCase: fc.Arbitrary<Mutated> = fc.record({
  sample: fc.nat({ max: CASES.length - 1 }),
  yaml: fc.array(yamlMutation, { maxLength: 3 }),
  lines: fc.array(lineMutation, { maxLength: 2 }),
  chars: fc.array(charMutation, { maxLength: 4 }),
  stressor: textStressor,
});

/** Structure only: the text stays valid YAML (for fixes and moves). */
export const validCase: fc.Arbitrary<Mutated> = fc.record({
  sample: fc.nat({ max: CASES.length - 1 }),
  yaml: fc.array(yamlMutation, { maxLength: 4 }),
  lines: fc.constant([]),
  chars: fc.constant([]),
  stressor: fc.constantFrom<TextStressor>('none', 'none', 'none', 'crlf', 'bom', 'no-final-eol'),
});

export function mutate(base: string, m: Omit<Mutated, 'sample'>): string {
  let text = applyYaml(base, m.yaml);
  for (const l of m.lines) text = applyLine(text, l);
  for (const c of m.chars) text = applyChar(text, c);
  return applyStressor(text, m.stressor);
}

export const mutatedText = (m: Mutated) => mutate(CASES[m.sample]!.text, m);
