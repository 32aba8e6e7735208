// workspace/symbol (Ctrl+T): cases by id and title words, directory people and units, without regard
// to case or diacritics. Read from the index (no file is parsed per query), except directory.yaml,
// parsed once per loaded directory for its entries' places.
import { SymbolKind, type Location, type SymbolInformation } from 'vscode-languageserver/node';
import type { Directory, Person } from '../../engine/directory';
import { keyOf, occurrences, searchableFor, searchSymbols, type RefKind, type Searchable } from '../../engine/navigation';
import type { Entry, Repo } from '../../engine/workspace/indexed-repository';
import type { Feature, ServerContext } from '../context';
import { directoryPath, locationOf, sourceOf } from './navigation';

export const workspaceSymbolsFeature: Feature = { capabilities: { workspaceSymbolProvider: true }, register: registerWorkspaceSymbols };

/** At most this many symbols per query: the list is for picking, not for reading. */
export const MAX_SYMBOLS = 200;

type Item =
  | { kind: 'case'; repo: Repo; entry: Entry; id: string; title?: string }
  | { kind: 'person'; repo: Repo; directory: Directory; person: Person }
  | { kind: 'unit'; repo: Repo; directory: Directory; unit: { id: string; name?: string } };

function registerWorkspaceSymbols(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol((params) =>
    ctx.guard<SymbolInformation[]>('workspace symbols', [], () => {
      const hits = searchSymbols(items(ctx), searchable, params.query ?? '', MAX_SYMBOLS);
      return hits.flatMap((item) => symbolOf(ctx, item) ?? []);
    }),
  );
}

function* items(ctx: ServerContext): Generator<Item> {
  for (const repo of ctx.workspace.repos.values()) {
    for (const entry of repo.entries.values()) {
      const id = entry.kind === 'case' ? entry.local.facts?.id?.value : undefined;
      if (id) yield { kind: 'case', repo, entry, id, title: entry.local.summary?.title };
    }
    const directory = repo.options?.directory;
    if (!directory) continue;
    for (const person of directory.people.values()) yield { kind: 'person', repo, directory, person };
    for (const unit of directory.units.values()) yield { kind: 'unit', repo, directory, unit };
  }
}

function searchable(item: Item): Searchable {
  if (item.kind === 'case') return searchableFor(item.entry.local, item.id, item.title);
  if (item.kind === 'person') return searchableFor(item.person, item.person.name);
  return searchableFor(item.unit, item.unit.id, item.unit.name);
}

function symbolOf(ctx: ServerContext, item: Item): SymbolInformation | undefined {
  if (item.kind === 'case') {
    const span = item.entry.local.facts?.id?.span;
    if (!span) return undefined;
    const name = item.title ? `${item.id} — ${item.title}` : item.id;
    return { name, kind: SymbolKind.File, location: locationOf(ctx, item.entry.abs, span), containerName: item.entry.rel };
  }
  const location = directoryPlaces(ctx, item.repo, item.directory).get(placeKey(item.kind, item.kind === 'person' ? item.person.name : item.unit.id));
  if (!location) return undefined;
  if (item.kind === 'person') {
    const roles = [...new Set(item.person.roles.map((r) => r.role))].join(', ');
    return { name: item.person.name, kind: SymbolKind.Object, location, containerName: roles || 'directory.yaml' };
  }
  const name = item.unit.name ? `${item.unit.id} — ${item.unit.name}` : item.unit.id;
  return { name, kind: SymbolKind.Namespace, location, containerName: 'directory.yaml' };
}

function placeKey(kind: RefKind, value: string): string {
  return `${kind}\0${keyOf({ kind, value })}`;
}

/** The places of the directory's people and units, parsed once per loaded directory (a new one comes with every reload). */
const places = new WeakMap<Directory, Map<string, Location>>();

function directoryPlaces(ctx: ServerContext, repo: Repo, directory: Directory): Map<string, Location> {
  let found = places.get(directory);
  if (found) return found;
  found = new Map();
  const source = sourceOf(ctx, repo, directoryPath(repo), 'directory');
  for (const o of source ? occurrences(source.parsed, 'directory') : []) {
    const key = placeKey(o.kind, o.value);
    if (o.declaration && !found.has(key)) found.set(key, { uri: source!.uri, range: source!.positions.range(o.offset, o.endOffset) });
  }
  places.set(directory, found);
  return found;
}
