// The document outline: for a case, `ID — title` with its phase, stakeholders, agreements and other
// fields; for policy and directory files, the top-level keys with their list items.
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ParsedYaml } from '../parse';
import type { OutlineNode } from './types';
import { contentEnd } from './yaml-edit';

export function outline(parsed: ParsedYaml): OutlineNode[] {
  const text = parsed.text;
  const root = parsed.doc?.contents;
  if (!isMap(root)) return [];
  const pairs = root.items.filter((p) => isScalar(p.key) && (p.key as Node).range);
  const id = scalarOf(root, 'id');
  const children = pairs.map((p) => pairNode(p, text));
  if (id === undefined) return children;
  const idPair = pairs.find((p) => keyName(p) === 'id')!;
  const title = scalarOf(root, 'title');
  const kind = scalarOf(root, 'kind');
  const [start, end] = extent(root, text);
  const [selStart, selEnd] = (idPair.key as Node).range!;
  const node: OutlineNode = {
    name: title ? `${id} — ${title}` : id,
    kind: 'case',
    offset: start,
    endOffset: end,
    selectionOffset: selStart,
    selectionEndOffset: selEnd,
    children,
  };
  if (kind) node.detail = kind;
  return [node];
}

function keyName(pair: Pair): string {
  return String((pair.key as { value: unknown }).value);
}

/** A top-level scalar value as text, if present. */
function scalarOf(map: YAMLMap, key: string): string | undefined {
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  const v = pair?.value;
  return isScalar(v) && v.value !== null && v.value !== undefined && String(v.value).trim() !== '' ? String(v.value) : undefined;
}

/** A node's range without the line breaks and spaces a block collection ends with. */
function extent(node: Node, text: string): [number, number] {
  const r = node.range!;
  return [r[0], contentEnd(text, r[1], r[0])];
}

function pairNode(pair: Pair, text: string): OutlineNode {
  const key = pair.key as Node;
  const name = keyName(pair);
  const value = pair.value as Node | null;
  const [ks, ke] = key.range!;
  const end = value?.range ? Math.max(ke, contentEnd(text, value.range[1], value.range[0])) : ke;
  const base = { offset: ks, endOffset: end, selectionOffset: ks, selectionEndOffset: ke };
  if (name === 'phase') {
    const phase = isScalar(value) && value.value !== null ? String(value.value) : '';
    return { ...base, name: phase ? `phase: ${phase}` : 'phase', kind: 'phase', children: [] };
  }
  if (isSeq(value)) {
    const section = name === 'stakeholders' || name === 'agreements';
    return {
      ...base,
      name,
      kind: section ? 'section' : 'field',
      detail: String(value.items.length),
      children: value.items.flatMap((item, i) => itemNode(name, item as Node, i, text)),
    };
  }
  const node: OutlineNode = { ...base, name, kind: 'field', children: [] };
  if (isScalar(value) && value.value !== null && !(typeof value.value === 'string' && value.value.includes('\n'))) node.detail = String(value.value);
  return node;
}

/** How a list item is named: by what identifies it in that list. */
const ITEM_NAMES: Record<string, (m: (k: string) => string | undefined) => string | undefined> = {
  stakeholders: (m) => join(m('role'), m('name'), ' — '),
  agreements: (m) => (m('type') ? `${m('type')}${m('status') ? ` (${m('status')})` : ''}` : undefined),
  anchoring: (m) => join(m('unit'), m('by'), ' — '),
  directed_at: (m) => m('unit'),
  log: (m) => join(m('date'), m('event'), ' — '),
  funding: (m) => m('source'),
  units: (m) => m('id'),
  people: (m) => m('name'),
  required_stakeholders: (m) => m('role'),
  required_agreements: (m) => m('type'),
};

function join(a: string | undefined, b: string | undefined, sep: string): string | undefined {
  return a && b ? `${a}${sep}${b}` : (a ?? b);
}

function itemNode(list: string, item: Node | null, index: number, text: string): OutlineNode[] {
  if (!item?.range) return [];
  const [start, end] = extent(item, text);
  let name: string | undefined;
  let sel: [number, number] = [start, end];
  if (isMap(item)) {
    const get = (k: string) => scalarOf(item, k);
    name = (ITEM_NAMES[list] ?? ((m) => m('name') ?? m('id') ?? m('type') ?? m('unit')))(get);
    const first = item.items[0]?.key as Node | undefined;
    if (!item.flow && first?.range) sel = [first.range[0], first.range[1]];
  } else if (isScalar(item) && item.value !== null) {
    name = String(item.value);
  }
  return [
    {
      name: name ?? `#${index + 1}`,
      kind: 'item',
      offset: start,
      endOffset: end,
      selectionOffset: sel[0],
      selectionEndOffset: sel[1],
      children: [],
    },
  ];
}
