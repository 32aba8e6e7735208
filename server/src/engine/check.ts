// The pipeline for one file: bytes → text → YAML → schema → rules → findings.
// It is pure: the caller reads files; the CLI, the language server and the tree all call this.
import type { CaseTimeline } from './portfolio/types';
import { timelineOf } from './portfolio/facts';
import { makeFinding } from './findings';
import { DIRECTORY_LISTS, isObj, items, str, text, viewOf, type CaseData } from './model';
import { lineCounterOf, parseYaml, spanOf, lineSpan, MAX_ALIAS_COUNT, MAX_DEPTH, type ParsedYaml } from './parse';
import { schemaFindings } from './schema-findings';
import { findDirectives, type Directive } from './suppressions';
import { decodeBytes, MAX_FILE_BYTES, nulPosition, withoutBom } from './text';
import { RULES } from './rules';
import personalIdentityNumber, { identityNumbersInText } from './rules/personal-identity-number';
import type { CaseFacts, Report } from './rules/api';
import { formatPath, pathAt } from './identity';
import type { Directory } from './directory';
import type { Policy } from './policy';
import type { CaseFileKind, Finding, Locale, Span, Target } from './types';

export interface CheckOptions {
  policy: Policy;
  directory?: Directory;
  /** YYYY-MM-DD */
  today: string;
  locale: Locale;
  /** The repository root, for files read from disk: one whose real path lies outside it is not read. */
  root?: string;
  /**
   * Keep in each case's facts the people and units it names, with their spans: the editor's
   * navigation finds them without parsing closed files. The CLI leaves them out (time and memory).
   */
  names?: boolean;
}

export interface CaseSummary {
  id?: string;
  title?: string;
  kind?: string;
  phase?: string;
  /** What the portfolio (report, tree) needs of the case, from the same parse (portfolio/facts.ts). */
  timeline?: CaseTimeline;
}

export interface FileResult {
  file: string;
  kind: CaseFileKind;
  findings: Finding[];
  directives: Directive[];
  facts?: CaseFacts;
  summary?: CaseSummary;
  /** The parsed document; left out where results cross a thread boundary. */
  parsed?: ParsedYaml;
}

const NO_SPAN: Span = { offset: 0, endOffset: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };

/** A file that could not be read at all (missing, permissions, too large, a link loop). */
export function unreadableResult(
  file: string,
  kind: CaseFileKind,
  messageId: string,
  options: Pick<CheckOptions, 'policy' | 'locale'>,
  args?: Record<string, string | number>,
  severity?: Finding['severity'],
): FileResult {
  const f = makeFinding('unreadable-file', messageId, NO_SPAN, { ...options, args, severity });
  return { file, kind, findings: f ? [f] : [], directives: [] };
}

export function checkBytes(file: string, bytes: Uint8Array, kind: CaseFileKind, options: CheckOptions): FileResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return unreadableResult(file, kind, 'too-large', options, { size: (bytes.length / 1048576).toFixed(1) });
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return undecodable(file, kind, decoded.problem, decoded, options, () => lenientText(bytes, decoded.problem));
  return checkText(file, decoded.text, kind, options);
}

/**
 * A file that is not text to parse. A case file is still committed, so what can be read of it is
 * swept for identity numbers (spec 12), at their lines and columns in that text.
 */
function undecodable(file: string, kind: CaseFileKind, problem: string, pos: { line: number; column: number }, options: CheckOptions, textOf: () => string): FileResult {
  const at: Span = { offset: 0, endOffset: 0, line: pos.line, column: pos.column, endLine: pos.line, endColumn: pos.column };
  const f = makeFinding('unreadable-file', problem, at, options);
  const result: FileResult = { file, kind, findings: f ? [f] : [], directives: [] };
  if (kind === 'case') {
    const text = textOf();
    const lines = lineCounterOf(text);
    identityNumbers(result, { text, lines }, options);
    // Suppressed as anywhere else: by a directive on the line before (the editor's suppress fix writes one).
    result.directives = findDirectives(text, lines);
  }
  return result;
}

/** What can be read of bytes that do not decode: each invalid sequence one U+FFFD, a leading BOM dropped. */
function lenientText(bytes: Uint8Array, problem: string): string {
  if (problem !== 'utf16') return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  } catch {
    // A Node without full ICU has no UTF-16BE decoder.
    return '';
  }
}

/** The personal-identity-number sweep for text that is no parsed case, under the policy like any rule. */
function identityNumbers(result: FileResult, source: Pick<ParsedYaml, 'text' | 'lines'>, options: CheckOptions): void {
  identityNumbersInText(source, (r) => {
    const f = makeFinding(personalIdentityNumber.meta.id, r.messageId, r.at, { ...options, args: r.args });
    if (f) result.findings.push(f);
  });
}

export function checkText(file: string, input: string, kind: CaseFileKind, options: CheckOptions): FileResult {
  const text = withoutBom(input);
  // An editor's text with a NUL gets the verdict its bytes get on disk (checkBytes).
  const nul = nulPosition(text);
  if (nul) return undecodable(file, kind, 'binary', nul, options, () => text);
  const parsed = parseYaml(text);
  const result: FileResult = { file, kind, findings: [], directives: findDirectives(text, parsed.lines), parsed };
  const push = (f: Finding | undefined) => f && result.findings.push(f);

  for (const p of parsed.problems) {
    push(makeFinding('yaml-syntax', p.code, p.span, { ...options, args: { detail: p.message, max: MAX_ALIAS_COUNT, depth: MAX_DEPTH } }));
  }
  if (parsed.value === undefined) {
    // The rules need a parsed case; a number in the file is a finding all the same (spec 12).
    if (kind === 'case') identityNumbers(result, parsed, options);
    return result;
  }

  result.findings.push(...schemaFindings(parsed, kind, options.locale, options.policy));
  if (kind !== 'case') return withPaths(result, parsed);

  const data = parsed.value as CaseData;
  const view = viewOf(data);
  for (const rule of RULES) {
    if (!rule.checkCase || options.policy.rules[rule.meta.id] === 'off') continue;
    if (rule.meta.processRule && view.closed) continue;
    const id = rule.meta.id;
    rule.checkCase({
      data,
      view,
      parsed,
      policy: options.policy,
      directory: options.directory,
      today: options.today,
      report: (r: Report) => push(makeFinding(id, r.messageId, locate(parsed, r.at), { ...options, args: r.args, severity: r.severity, data: r.data })),
    });
  }
  withPaths(result, parsed);
  result.facts = factsOf(file, parsed, data, options.names === true);
  result.summary = { id: view.id, title: str(data.title), kind: view.kind, phase: view.phase, timeline: timelineOf(data) };
  return result;
}

/** Each finding learns the YAML path of the node it points at: part of its identity (identity.ts). */
function withPaths(result: FileResult, parsed: ParsedYaml): FileResult {
  for (const f of result.findings) f.yamlPath ??= formatPath(pathAt(parsed, f));
  return result;
}

/** The span given, else the first target that exists in the document; line 1 when none does. */
export function locate(parsed: ParsedYaml, at: Target | Target[] | Span): Span {
  if ('offset' in at) return at;
  for (const target of Array.isArray(at) ? at : [at]) {
    const span = spanOf(parsed, target);
    if (span) return span;
  }
  return lineSpan(parsed, 1);
}

function factsOf(file: string, parsed: ParsedYaml, data: CaseData, names: boolean): CaseFacts {
  const facts: CaseFacts = { file, related: [] };
  const id = str(data.id);
  const idSpan = id !== undefined ? spanOf(parsed, { path: ['id'], part: 'value' }) : undefined;
  if (id !== undefined && idSpan) facts.id = { value: id, span: { ...idSpan, yamlPath: 'id' } };
  const related = (data.links && typeof data.links === 'object' ? (data.links as Record<string, unknown>).related : undefined) ?? [];
  if (Array.isArray(related)) {
    related.forEach((value, index) => {
      const span = typeof value === 'string' ? spanOf(parsed, { path: ['links', 'related', index], part: 'value' }) : undefined;
      if (typeof value === 'string' && span) facts.related.push({ value, span: { ...span, yamlPath: formatPath(['links', 'related', index]) } });
    });
  }
  if (!names) return facts;
  const once = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined))];
  const need = isObj(data.need) ? data.need : undefined;
  facts.people = once([text(need?.verified_by), ...DIRECTORY_LISTS.flatMap(({ list, person }) => (person ? items(data[list]).map(({ item }) => text(item[person])) : []))]);
  facts.units = once(DIRECTORY_LISTS.flatMap(({ list }) => items(data[list]).map(({ item }) => text(item.unit))));
  return facts;
}
