// YAML text → document with ranges. YAML 1.2 core schema: 2026-11-22 and `no` stay strings.
import { LineCounter, isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';
import type { Path, Span, Target } from './types';

/** Aliases expanded beyond this count are treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 1000;

/** Lists and mappings nested deeper than this are not read (a case is about five deep). */
export const MAX_DEPTH = 100;

/** Syntax problems listed one by one; beyond this many, one more problem counts the rest. */
export const MAX_PROBLEMS = 20;

export interface SyntaxProblem {
  code: 'parse' | 'duplicate-key' | 'multiple-documents' | 'not-mapping' | 'empty' | 'alias-bomb' | 'too-deep' | 'collection-key' | 'more-errors';
  /** The parser's words; for `more-errors`, how many problems are not listed. */
  message: string;
  span: Span;
}

export interface ParsedYaml {
  text: string;
  lines: LineCounter;
  doc: Document.Parsed | undefined;
  /** The document as plain data; undefined when it could not be built. */
  value: unknown;
  problems: SyntaxProblem[];
}

export function parseYaml(text: string): ParsedYaml {
  // Flow brackets nested beyond MAX_DEPTH cost the parser seconds and gigabytes before the depth
  // check below could see them: found first, the file is not parsed at all.
  const deep = flowTooDeep(text);
  if (deep !== undefined) {
    const lines = lineCounterOf(text);
    return { text, lines, doc: undefined, value: undefined, problems: [{ code: 'too-deep', message: 'too deep', span: toSpan(lines, deep, deep) }] };
  }
  const lines = new LineCounter();
  const docs = parseDocuments(text, lines);
  const parsed: ParsedYaml = { text, lines, doc: undefined, value: undefined, problems: [] };
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  parsed.doc = doc;
  // yaml may point one past the end of the text (an error at the very end); a range stays inside it.
  const span = (start: number, end: number) => toSpan(lines, Math.min(start, text.length), Math.min(end, text.length));

  if (list.length > 1) {
    const second = list[1]!;
    const start = second.range[0];
    parsed.problems.push({ code: 'multiple-documents', message: 'several documents', span: lineSpan(parsed, lines.linePos(start).line) });
  }
  // One broken line can make thousands of errors: the first MAX_PROBLEMS are listed, then one
  // problem (at the first one left out) counts the rest. It counts at least two, or it would
  // take the place of the one problem it stands for.
  let tooDeep = false;
  let unlisted = 0;
  for (const error of doc?.errors ?? []) {
    const [start, end] = error.pos;
    // yaml catches its own stack overflow on deep nesting; once is enough to say so.
    if (error.code === 'RESOURCE_EXHAUSTION') {
      if (tooDeep) continue;
      tooDeep = true;
    }
    if (parsed.problems.length > MAX_PROBLEMS) {
      unlisted++;
      continue;
    }
    if (error.code === 'RESOURCE_EXHAUSTION') {
      parsed.problems.push({ code: 'too-deep', message: 'too deep', span: span(start, start) });
      continue;
    }
    const duplicate = error.code === 'DUPLICATE_KEY';
    // The parser points at the key's first character; the whole key is what to show.
    const keyEnd = duplicate ? start + (/^[^:\n]*/.exec(text.slice(start))![0].trimEnd().length || 1) : end;
    parsed.problems.push({
      code: duplicate ? 'duplicate-key' : 'parse',
      message: firstLine(error.message),
      span: span(start, Math.max(keyEnd, start)),
    });
  }
  if (unlisted > 0) {
    // The editor keeps the document: not the hundreds of thousands of errors nobody will see.
    doc!.errors.length = MAX_PROBLEMS + 1;
    const first = parsed.problems.pop()!;
    parsed.problems.push({
      code: 'more-errors',
      message: String(unlisted + 1),
      span: { ...first.span, endOffset: first.span.offset, endLine: first.span.line, endColumn: first.span.column },
    });
  }
  if (parsed.problems.length > 0) return parsed;

  const contents = doc?.contents ?? null;
  if (!doc || contents === null || (isScalar(contents) && contents.value === null)) {
    parsed.problems.push({ code: 'empty', message: 'empty', span: lineSpan(parsed, 1) });
    return parsed;
  }
  if (!isMap(contents)) {
    const start = contents.range?.[0] ?? 0;
    parsed.problems.push({ code: 'not-mapping', message: 'not a mapping', span: lineSpan(parsed, lines.linePos(start).line) });
    return parsed;
  }
  const shape = shapeProblem(contents);
  if (shape) {
    const at = shape.node.range ?? [0, 0];
    parsed.problems.push({ code: shape.code, message: shape.code, span: span(at[0], shape.code === 'too-deep' ? at[0] : at[1]) });
    return parsed;
  }
  try {
    parsed.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const alias = firstAlias(contents);
    const at = alias?.range ?? [0, 0];
    parsed.problems.push({ code: 'alias-bomb', message: String((error as Error).message), span: span(at[0], at[1]) });
  }
  return parsed;
}

/**
 * yaml's documents, with logLevel 'error': yaml would print warnings (a collection as a key) on
 * stderr; they are findings here. yaml makes an Error per problem, and a broken file can have
 * hundreds of thousands of them: their stack traces (never read) would take most of its time.
 */
function parseDocuments(text: string, lines: LineCounter) {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parseAllDocuments(text, { lineCounter: lines, version: '1.2', schema: 'core', prettyErrors: false, keepSourceTokens: false, logLevel: 'error' });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** The line starts the parser records (after each `\n`), for a text that is not parsed. */
export function lineCounterOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) lines.addNewLine(nl + 1);
  return lines;
}

const isBlank = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isFlowIndicator = (c: string | undefined) => c === ',' || c === '[' || c === ']' || c === '{' || c === '}';

/** Past the end of the quoted scalar starting at i (`\"` escapes in double quotes, `''` in single). */
export function skipQuoted(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (quote === '"' && c === '\\') j += 2;
    else if (c === quote && quote === "'" && text[j + 1] === "'") j += 2;
    else if (c === quote) return j + 1;
    else j++;
  }
  return j;
}

/**
 * The offset of the first `[` or `{` that opens a list or mapping more than MAX_DEPTH levels deep,
 * or undefined. One linear pass that reads only as much YAML as that takes: brackets in quoted
 * strings, comments, block scalars (`|`, `>`) and plain words (`title: a[b`) do not count; in
 * block context a bracket opens a collection only where a value or item can start (first on the
 * line, after `: `, `- ` or `? `, after an anchor or tag); inside one, every bracket counts. A flow
 * collection under a key or item is one level deeper than its brackets, as in shapeProblem. Where
 * this reading is wrong the text is parsed, and the depth check after parsing still applies.
 */
export function flowTooDeep(text: string): number | undefined {
  if (!/[[{]/.test(text)) return undefined;
  const n = text.length;
  let depth = 0; // open flow collections
  let base = 0; // levels outside the outermost of them: 1 under a block collection
  let start = true; // the next token may begin a node
  let json = false; // the last token was a quoted scalar or a closing bracket: `:` may follow without a space
  let seen = false; // a node began earlier in this document
  let lineAt = 0; // offset of the current line
  let nodeColumn = -1; // column of the last key or item begun on this line
  let blockIndent = -1; // inside a block scalar: its content is indented more than this
  let flowEnd = 0; // a line indented less than this ends the open flow collections
  let atLineStart = true;
  let i = 0;
  while (i < n) {
    if (atLineStart) {
      atLineStart = false;
      lineAt = i;
      nodeColumn = -1;
      let j = i;
      while (text[j] === ' ') j++;
      const indent = j - i;
      if (blockIndent >= 0) {
        let k = j;
        while (text[k] === ' ' || text[k] === '\t' || text[k] === '\r') k++;
        if (k >= n || text[k] === '\n' || indent > blockIndent) {
          const nl = text.indexOf('\n', j);
          i = nl === -1 ? n : nl + 1;
          atLineStart = true;
          continue;
        }
        blockIndent = -1;
      }
      // Like the parser, a line indented less than the block the flow collection is in ends it
      // (an error, for the parser); a closing bracket may stand one column further left.
      if (depth > 0) {
        let k = j;
        while (text[k] === ' ' || text[k] === '\t' || text[k] === '\r') k++;
        const first = text[k];
        const blank = k >= n || first === '\n' || first === '#';
        const marker = indent === 0 && (text.startsWith('---', i) || text.startsWith('...', i)) && isBlank(text[i + 3]);
        const closing = indent === flowEnd - 1 && depth === 1 && (first === ']' || first === '}');
        if (!blank && (indent < flowEnd || marker) && !closing) depth = 0;
      }
      if (depth === 0) {
        start = true;
        json = false;
        if (indent === 0 && (text.startsWith('---', i) || text.startsWith('...', i)) && isBlank(text[i + 3])) {
          seen = false;
          i += 3;
          continue;
        }
      }
      i = j;
      continue;
    }
    const c = text[i]!;
    if (c === '\n') {
      atLineStart = true;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#' && (i === 0 || isBlank(text[i - 1]))) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
      continue;
    }
    const opens = c === '[' || c === '{';
    if (depth > 0 || (start && opens)) {
      if (opens) {
        if (depth === 0) {
          base = seen ? 1 : 0;
          // The parser's least indentation for the lines of the collection: past its key or item.
          flowEnd = base === 1 && nodeColumn >= 0 ? nodeColumn + 1 : 0;
          seen = true;
          nodeColumn = i - lineAt;
        }
        depth++;
        if (depth + base > MAX_DEPTH) return i;
        start = true;
        json = false;
        i++;
        continue;
      }
      if (c === ']' || c === '}') {
        depth--;
        start = false;
        json = true;
        i++;
        continue;
      }
      if (c === ',') {
        start = true;
        json = false;
        i++;
        continue;
      }
    }
    if (c === ':' && (isBlank(text[i + 1]) || json || (depth > 0 && isFlowIndicator(text[i + 1])))) {
      start = true;
      json = false;
      i++;
      continue;
    }
    if (!start) {
      i++;
      continue;
    }
    json = false;
    if (c === '"' || c === "'") {
      if (depth === 0) {
        seen = true;
        nodeColumn = i - lineAt;
      }
      i = skipQuoted(text, i);
      start = false;
      json = true;
    } else if (c === '&' || c === '!') {
      while (i < n && !isBlank(text[i]) && !(depth > 0 && isFlowIndicator(text[i]))) i++;
    } else if ((c === '-' || c === '?' || c === ':') && isBlank(text[i + 1])) {
      if (depth === 0) {
        seen = true;
        if (c !== ':') nodeColumn = i - lineAt;
      }
      i++;
    } else if (depth === 0 && (c === '|' || c === '>')) {
      blockIndent = nodeColumn >= 0 ? nodeColumn : i - lineAt - 1;
      seen = true;
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
    } else {
      if (depth === 0) {
        seen = true;
        nodeColumn = i - lineAt;
      }
      start = false;
      i++;
    }
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Nesting beyond MAX_DEPTH (later steps recurse) and keys that are lists or mappings (no case,
 * policy or directory has them; as object keys they would be stringified). Iterative: the
 * document may be deep.
 */
function shapeProblem(root: Node): { code: 'too-deep' | 'collection-key'; node: Node } | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > MAX_DEPTH) return { code: 'too-deep', node };
    for (const item of node.items) {
      if (isPair(item)) {
        if (isCollection(item.key)) return { code: 'collection-key', node: item.key };
        stack.push({ node: item.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

function firstAlias(node: unknown): Node | undefined {
  const stack: unknown[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (isAlias(n)) return n as Node;
    if (isMap(n) || isSeq(n)) stack.push(...[...n.items].reverse());
    else if (isPair(n)) stack.push(n.value, n.key);
  }
  return undefined;
}

export function toSpan(lines: LineCounter, start: number, end: number): Span {
  const a = lines.linePos(start);
  const b = lines.linePos(end);
  return { offset: start, endOffset: end, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** The whole of a 1-based line, without its line break. */
export function lineSpan(parsed: Pick<ParsedYaml, 'text' | 'lines'>, line: number): Span {
  const starts = parsed.lines.lineStarts;
  const start = starts[line - 1] ?? 0;
  let end = starts[line] !== undefined ? starts[line]! - 1 : parsed.text.length;
  if (end > start && parsed.text[end - 1] === '\r') end--;
  return toSpan(parsed.lines, start, Math.max(start, end));
}

interface Located {
  /** The pair whose key is the last path segment, if the last segment is a key. */
  pair?: Pair;
  /** The node at the path. */
  node?: Node | null;
}

/** Walks the document along a path. Returns undefined where the path does not exist. */
export function nodeAt(doc: Document.Parsed | undefined, path: Path): Located | undefined {
  let node: unknown = doc?.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      pair = node.items.find((p) => keyText(p.key) === String(segment));
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      pair = undefined;
      if (segment < 0 || segment >= node.items.length) return undefined;
      node = node.items[segment];
    } else {
      return undefined;
    }
  }
  return { pair, node: node as Node | null };
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

/** The span of a key or value; a missing or empty value falls back to its key. */
export function spanOf(parsed: ParsedYaml, target: Target): Span | undefined {
  const found = nodeAt(parsed.doc, target.path);
  if (!found) return undefined;
  const keyRange = (found.pair?.key as Node | undefined)?.range;
  if (target.part === 'key') {
    if (keyRange) return toSpan(parsed.lines, keyRange[0], keyRange[1]);
    return headOf(parsed, found.node);
  }
  const range = found.node?.range;
  if (range && range[1] > range[0]) return toSpan(parsed.lines, range[0], range[1]);
  if (keyRange) return toSpan(parsed.lines, keyRange[0], keyRange[1]);
  return headOf(parsed, found.node);
}

/** For a node without a key (a list item): its first key, or the node itself. */
function headOf(parsed: ParsedYaml, node: Node | null | undefined): Span | undefined {
  if (isMap(node) && !node.flow && node.items.length > 0) {
    const first = node.items[0]!.key as Node | undefined;
    if (first?.range) return toSpan(parsed.lines, first.range[0], first.range[1]);
  }
  if (node?.range) return toSpan(parsed.lines, node.range[0], node.range[1]);
  return undefined;
}

/** True when the node at path is a block collection spanning more than one line. */
export function isMultiLineCollection(parsed: ParsedYaml, path: Path): boolean {
  const found = nodeAt(parsed.doc, path);
  const node = found?.node;
  if (!(isMap(node) || isSeq(node)) || !node.range) return false;
  return parsed.lines.linePos(node.range[0]).line !== parsed.lines.linePos(node.range[1]).line;
}

/** Every scalar value with its path, for rules that look at all values. */
export function* scalars(parsed: ParsedYaml): Generator<{ path: (string | number)[]; node: Node; value: unknown }> {
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: parsed.doc?.contents, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const p = node.items[i]!;
        const k = keyText(p.key);
        if (k !== undefined) stack.push({ node: p.value, path: [...path, k] });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i] });
    } else if (isScalar(node)) {
      yield { path, node, value: node.value };
    }
  }
}
