// What makes two findings "the same finding" across commits (spec section 10): the rule, the case
// (its id, else its file), the YAML path of the node it points at and its message key — never a line.
// One definition for review, SARIF's partialFingerprints, the JSON findings and GitLab's report.
import { createHash } from 'node:crypto';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ParsedYaml } from './parse';
import type { Finding, Path, Span } from './types';

/** `agreements[0].status`; a key that is not a plain identifier is quoted: `links["a.b"]`. The root is ``. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * The path of the innermost node a span points at: a key names its entry, a value that the span
 * covers whole names itself, a span inside a collection descends into the item that holds its start.
 */
export function pathAt(parsed: Pick<ParsedYaml, 'doc' | 'text'>, span: Pick<Span, 'offset' | 'endOffset'>): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = parsed.doc?.contents;
  const within = (n: unknown) => {
    const r = (n as Node | null | undefined)?.range;
    return r != null && r[0] <= span.offset && (span.offset < Math.max(r[1], r[0] + 1) || span.offset === r[0]);
  };
  for (let depth = 0; depth < 200; depth++) {
    const range = (node as Node | null | undefined)?.range;
    // Covered whole: a collection's range runs on over the line break after its last value.
    if (!range || (span.offset <= range[0] && blankBetween(parsed.text, span.endOffset, range[1]))) break;
    if (isMap(node)) {
      const pair = node.items.find((p) => within(p.key) || within(p.value));
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      if (within(pair.key)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex(within);
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else break;
  }
  return path;
}

/** True when nothing but white space lies in [from, to): stops at the first other character (a span at line 1 would otherwise copy the whole file). */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/** The case a finding belongs to, for its identity: the case id where the file has one, else the file. */
export function caseKey(file: { id?: string; file: string }): string {
  return file.id !== undefined ? `id:${file.id}` : `file:${file.file}`;
}

/**
 * One fingerprint per finding, in order. Findings that agree on everything are told apart by their
 * order of occurrence (the second gets `#1`), which a line shift does not change.
 */
export function fingerprintsOf(findings: readonly Finding[], key: string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const identity = [f.rule, key, f.yamlPath ?? '', f.messageKey ?? f.message].join('\u0000');
    const n = seen.get(identity) ?? 0;
    seen.set(identity, n + 1);
    return createHash('sha256')
      .update(n ? `${identity}\u0000#${n}` : identity)
      .digest('hex')
      .slice(0, 32);
  });
}
