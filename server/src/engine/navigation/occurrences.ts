// Where the repository's names occur in one parsed file: case ids and the links to them, directory
// people and units and the places that name them. Definition, references and rename all start here.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { personKey } from '../directory';
import { DIRECTORY_LISTS } from '../model';
import type { ParsedYaml } from '../parse';
import { contentEnd } from '../editing/yaml-edit';
import type { CaseFileKind, Path } from '../types';

export type RefKind = 'case' | 'person' | 'unit';

/** A name of the repository: a case id, a directory person or a directory unit. */
export interface Ref {
  kind: RefKind;
  value: string;
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

export interface Occurrence extends Ref {
  /** What declares the name: a case's `id`, a person's `name` or a unit's `id` in directory.yaml. */
  declaration: boolean;
  path: Path;
  /** The scalar's source, quotes included. */
  offset: number;
  endOffset: number;
  /** The characters of the value inside its quotes (what a rename box shows). */
  contentOffset: number;
  contentEndOffset: number;
  style: ScalarStyle;
  /** Inside a flow collection (`[…]`, `{…}`), where fewer characters may stay plain. */
  flow: boolean;
}

/** How names compare: people as the engine compares them (personKey), units trimmed, ids exactly. */
export function keyOf(ref: Ref): string {
  if (ref.kind === 'person') return personKey(ref.value);
  if (ref.kind === 'unit') return ref.value.trim();
  return ref.value;
}

export function sameRef(a: Ref, b: Ref): boolean {
  return a.kind === b.kind && keyOf(a) === keyOf(b);
}

/** Every name in a case or directory file, in document order; other files have none. */
export function occurrences(parsed: ParsedYaml, kind: CaseFileKind): Occurrence[] {
  const out: Occurrence[] = [];
  const root = parsed.doc?.contents;
  if (!isMap(root)) return out;
  const add = (node: unknown, path: Path, ref: RefKind, declaration: boolean, flow: boolean) => {
    const occurrence = occurrenceOf(parsed.text, node, path, ref, declaration, flow);
    if (occurrence) out.push(occurrence);
  };
  const rootFlow = root.flow === true;
  if (kind === 'case') {
    add(get(root, 'id'), ['id'], 'case', true, rootFlow);
    const links = get(root, 'links');
    const related = get(links, 'related');
    eachItem(related, rootFlow || isFlow(links), (item, i, flow) => add(item, ['links', 'related', i], 'case', false, flow));
    const need = get(root, 'need');
    add(get(need, 'verified_by'), ['need', 'verified_by'], 'person', false, rootFlow || isFlow(need));
    for (const { list, person } of DIRECTORY_LISTS) {
      eachItem(get(root, list), rootFlow, (item, i, flow) => {
        add(get(item, 'unit'), [list, i, 'unit'], 'unit', false, flow || isFlow(item));
        if (person) add(get(item, person), [list, i, person], 'person', false, flow || isFlow(item));
      });
    }
  } else if (kind === 'directory') {
    eachItem(get(root, 'units'), rootFlow, (item, i, flow) => add(get(item, 'id'), ['units', i, 'id'], 'unit', true, flow || isFlow(item)));
    eachItem(get(root, 'people'), rootFlow, (item, i, flow) => {
      add(get(item, 'name'), ['people', i, 'name'], 'person', true, flow || isFlow(item));
      eachItem(get(item, 'roles'), flow || isFlow(item), (role, j, inner) => add(get(role, 'unit'), ['people', i, 'roles', j, 'unit'], 'unit', false, inner || isFlow(role)));
    });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** The occurrences of one name in a file. */
export function occurrencesOf(parsed: ParsedYaml, kind: CaseFileKind, ref: Ref): Occurrence[] {
  return occurrences(parsed, kind).filter((o) => sameRef(o, ref));
}

/** The name under the offset (its scalar, the end included), if any. */
export function targetAt(parsed: ParsedYaml, kind: CaseFileKind, offset: number): Occurrence | undefined {
  return occurrences(parsed, kind).find((o) => o.offset <= offset && offset <= o.endOffset);
}

function get(node: unknown, key: string): unknown {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.value;
}

function isFlow(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

function eachItem(node: unknown, flow: boolean, visit: (item: unknown, index: number, flow: boolean) => void): void {
  if (!isSeq(node)) return;
  const inner = flow || node.flow === true;
  node.items.forEach((item, i) => visit(item, i, inner));
}

const STYLE: Record<string, ScalarStyle> = { PLAIN: 'plain', QUOTE_SINGLE: 'single', QUOTE_DOUBLE: 'double', BLOCK_LITERAL: 'block', BLOCK_FOLDED: 'block' };

function occurrenceOf(text: string, node: unknown, path: Path, kind: RefKind, declaration: boolean, flow: boolean): Occurrence | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '' || !(node as Node).range) return undefined;
  const style = STYLE[String(node.type)] ?? 'plain';
  const offset = node.range![0];
  // A block scalar's range takes in its last line break: a one-line replacement keeps it.
  const endOffset = style === 'block' ? contentEnd(text, node.range![1], offset) : node.range![1];
  const quote = style === 'single' ? "'" : style === 'double' ? '"' : undefined;
  const quoted = quote !== undefined && text[offset] === quote && text[endOffset - 1] === quote && endOffset - offset >= 2;
  return {
    kind,
    value: node.value,
    declaration,
    path,
    offset,
    endOffset,
    contentOffset: quoted ? offset + 1 : offset,
    contentEndOffset: quoted ? endOffset - 1 : endOffset,
    style,
    flow,
  };
}
