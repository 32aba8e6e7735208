// What definition, references, rename, workspace symbols and the related-id hover share: the name
// under the cursor, the files of a repository that hold a name (open ones at their current text,
// closed ones found by the index's facts) and their locations.
import * as path from 'node:path';
import type { Location, Position, Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseYaml, type ParsedYaml } from '../../engine/parse';
import { keyOf, occurrencesOf, readText, targetAt, type Occurrence, type Ref } from '../../engine/navigation';
import type { CaseFacts, FactSpan } from '../../engine/rules/api';
import type { Entry, Repo } from '../../engine/workspace/indexed-repository';
import { DIRECTORY_FILE } from '../../engine/workspace/scan';
import { withoutBom } from '../../engine/text';
import type { CaseFileKind, Span } from '../../engine/types';
import type { ServerContext } from '../context';
import { editingState, Positions, type EditingState } from './shared';

export interface NavState {
  state: EditingState;
  target: Occurrence;
}

/** The name under the position in an open case or directory file. */
export function navTarget(ctx: ServerContext, uri: string, position: Position): NavState | undefined {
  const state = editingState(ctx, uri);
  if (!state || (state.entry.kind !== 'case' && state.entry.kind !== 'directory')) return undefined;
  const target = targetAt(state.parsed, state.entry.kind, state.positions.offset(position));
  return target ? { state, target } : undefined;
}

/** A file's current text, parsed: the editor's when it is open, else the disk's. */
export interface Source {
  abs: string;
  uri: string;
  kind: CaseFileKind;
  /** The open document's version; null for a file read from disk. */
  version: number | null;
  parsed: ParsedYaml;
  positions: Positions;
}

/** Index entries of virtual documents are named by their URI, not a path. */
function uriOf(ctx: ServerContext, abs: string): string {
  return path.isAbsolute(abs) ? ctx.workspace.uriFor(abs) : abs;
}

export function sourceOf(ctx: ServerContext, repo: Repo, abs: string, kind: CaseFileKind): Source | undefined {
  const uri = uriOf(ctx, abs);
  const document = ctx.documents.get(uri);
  if (document) return { abs, uri, kind, version: document.version, parsed: parseYaml(withoutBom(document.getText())), positions: new Positions(document) };
  if (!path.isAbsolute(abs)) return undefined;
  const text = readText(abs, repo.root);
  if (text === undefined) return undefined;
  return { abs, uri, kind, version: null, parsed: parseYaml(text), positions: new Positions(TextDocument.create(uri, 'casefile', 0, text)) };
}

export function directoryPath(repo: Repo): string {
  return path.join(repo.root, DIRECTORY_FILE);
}

export function isOpen(ctx: ServerContext, abs: string): boolean {
  return ctx.documents.get(uriOf(ctx, abs)) !== undefined;
}

/** A span of a closed file's facts as an LSP range (the editor shows the file without a byte-order mark). */
function spanRange(span: Span): Range {
  return { start: { line: span.line - 1, character: span.column - 1 }, end: { line: span.endLine - 1, character: span.endColumn - 1 } };
}

/** Where a span of a file's facts is: in the open document's current positions, else as the facts say. */
export function locationOf(ctx: ServerContext, abs: string, span: Span): Location {
  const uri = uriOf(ctx, abs);
  const document = ctx.documents.get(uri);
  return { uri, range: document ? new Positions(document).range(span.offset, span.endOffset) : spanRange(span) };
}

/** The facts' places of a name in a case file, the id being its declaration. */
function factPlaces(facts: CaseFacts | undefined, ref: Ref): { span: FactSpan; declaration: boolean }[] {
  if (!facts) return [];
  const key = keyOf(ref);
  const match = (v: { value: string }) => keyOf({ kind: ref.kind, value: v.value }) === key;
  if (ref.kind === 'case') {
    return [
      ...(facts.id && match(facts.id) ? [{ span: facts.id.span, declaration: true }] : []),
      ...facts.related.filter(match).map((r) => ({ span: r.span, declaration: false })),
    ];
  }
  // People and units are kept as values only: their places are found by reading the file.
  return [];
}

/** True when the facts say the case file names the person, unit or case. */
function names(facts: CaseFacts, ref: Ref): boolean {
  if (ref.kind === 'case') return factPlaces(facts, ref).length > 0;
  const key = keyOf(ref);
  return (ref.kind === 'person' ? facts.people : facts.units)?.some((value) => keyOf({ kind: ref.kind, value }) === key) ?? false;
}

/** The case entries whose `id` is the value. */
export function casesWithId(repo: Repo, id: string): Entry[] {
  return repo.cases().filter((e) => e.local.facts?.id?.value === id);
}

/** True when a closed case file the index could not parse (no facts) declares the id in its recovered text. */
export function idInUnparsed(ctx: ServerContext, repo: Repo, id: string): boolean {
  return repo.cases().some((e) => {
    if (e.local.facts) return false;
    const source = sourceOf(ctx, repo, e.abs, 'case');
    return source !== undefined && occurrencesOf(source.parsed, 'case', { kind: 'case', value: id }).some((o) => o.declaration);
  });
}

/**
 * The files that may hold the name: every open case file (its text may be ahead of the index),
 * the closed case files whose facts name it, and directory.yaml for a person or unit.
 */
export function filesWith(ctx: ServerContext, repo: Repo, ref: Ref): { abs: string; kind: CaseFileKind }[] {
  const files: { abs: string; kind: CaseFileKind }[] = [];
  for (const e of repo.cases()) {
    // A closed file with a YAML error has no facts: it is read and searched like an open one.
    if (isOpen(ctx, e.abs) || !e.local.facts || names(e.local.facts, ref)) files.push({ abs: e.abs, kind: 'case' });
  }
  if (ref.kind !== 'case') files.push({ abs: directoryPath(repo), kind: 'directory' });
  return files;
}

export interface Found {
  location: Location;
  declaration: boolean;
}

/** Every place the name occurs in the repository: open files at their current text, closed case files by their facts. */
export function findAll(ctx: ServerContext, repo: Repo, ref: Ref): Found[] {
  const found: Found[] = [];
  for (const file of filesWith(ctx, repo, ref)) {
    const entry = repo.entries.get(file.abs);
    // A closed case file's ids and links are where its facts say; for a person or unit it is read.
    if (file.kind === 'case' && ref.kind === 'case' && entry?.local.facts && !isOpen(ctx, file.abs)) {
      for (const p of factPlaces(entry.local.facts, ref)) found.push({ location: locationOf(ctx, file.abs, p.span), declaration: p.declaration });
      continue;
    }
    const source = sourceOf(ctx, repo, file.abs, file.kind);
    if (!source) continue;
    for (const o of occurrencesOf(source.parsed, file.kind, ref)) {
      found.push({ location: { uri: source.uri, range: source.positions.range(o.offset, o.endOffset) }, declaration: o.declaration });
    }
  }
  return found.sort((a, b) => compareLocations(a.location, b.location));
}

function compareLocations(a: Location, b: Location): number {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
