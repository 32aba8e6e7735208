// textDocument/prepareRename and textDocument/rename: a case id with every link to it, or a
// directory person or unit with every use, in one WorkspaceEdit; refusals say why, in the UI language.
import { LSPErrorCodes, ResponseError, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { personKey } from '../../engine/directory';
import { newNameProblem, refusal, renameEdits, type Ref } from '../../engine/navigation';
import type { Localized } from '../../engine/types';
import type { Repo } from '../../engine/workspace/indexed-repository';
import type { Feature, ServerContext } from '../context';
import { say } from '../locale';
import { casesWithId, filesWith, idInUnparsed, navTarget, sourceOf, type NavState } from './navigation';

export const renameFeature: Feature = { capabilities: { renameProvider: { prepareProvider: true } }, register: registerRename };

/** A refusal travels out of the guard (which would log and swallow an exception) as a value. */
type Outcome<T> = { ok: T } | { refused: Localized };

function registerRename(ctx: ServerContext): void {
  const answer = <T>(outcome: Outcome<T> | null): T | null => {
    if (outcome && 'refused' in outcome) throw new ResponseError(LSPErrorCodes.RequestFailed, say(outcome.refused, ctx.locale()));
    return outcome ? outcome.ok : null;
  };
  ctx.connection.onPrepareRename(async (params) =>
    answer(
      await ctx.guard<Outcome<{ range: Range; placeholder: string }> | null>('prepare rename', null, () => {
        const nav = navTarget(ctx, params.textDocument.uri, params.position);
        if (!nav) return { refused: refusal('nothing') };
        const refused = cannotRename(nav);
        if (refused) return { refused };
        const { target, state } = nav;
        // The value inside its quotes; the whole scalar when the cursor is on a quote (the range must hold the cursor).
        const offset = state.positions.offset(params.position);
        const inside = target.contentOffset <= offset && offset <= target.contentEndOffset;
        const range = inside ? state.positions.range(target.contentOffset, target.contentEndOffset) : state.positions.range(target.offset, target.endOffset);
        return { ok: { range, placeholder: target.value } };
      }),
    ),
  );
  ctx.connection.onRenameRequest(async (params) =>
    answer(
      await ctx.guard<Outcome<WorkspaceEdit> | null>('rename', null, () => {
        const nav = navTarget(ctx, params.textDocument.uri, params.position);
        if (!nav) return { refused: refusal('nothing') };
        const refused =
          cannotRename(nav) ??
          newNameProblem(nav.target, params.newName, existingNames(nav.state.repo, nav.target)) ??
          (nav.target.kind === 'case' && idInUnparsed(ctx, nav.state.repo, params.newName.trim()) ? refusal('takenId', { other: params.newName.trim() }) : undefined);
        if (refused) return { refused };
        return { ok: workspaceEdit(ctx, nav.state.repo, nav.target, params.newName.trim()) };
      }),
    ),
  );
}

/** Why the name under the cursor cannot be renamed: an unknown or duplicate id, a name the directory lacks. */
function cannotRename({ state, target }: NavState): Localized | undefined {
  const { repo } = state;
  if (target.kind === 'case') {
    const cases = casesWithId(repo, target.value);
    if (cases.length === 0) return refusal(target.declaration ? 'nothing' : 'unknownCase', { value: target.value });
    if (cases.length > 1) return refusal('duplicateId', { value: target.value, files: cases.map((e) => e.rel).join(', ') });
    return undefined;
  }
  const directory = repo.options.directory;
  if (!directory) return refusal('noDirectory');
  if (target.kind === 'person' && !directory.people.has(personKey(target.value))) return refusal('unknownPerson', { value: target.value });
  if (target.kind === 'unit' && !directory.units.has(target.value.trim())) return refusal('unknownUnit', { value: target.value });
  return undefined;
}

function existingNames(repo: Repo, ref: Ref): string[] {
  if (ref.kind === 'case') return repo.caseIds();
  const directory = repo.options.directory;
  if (!directory) return [];
  return ref.kind === 'person' ? [...directory.people.values()].map((p) => p.name) : [...directory.units.keys()];
}

/** One edit over every file that names `ref`: versioned document edits where the client takes them. */
function workspaceEdit(ctx: ServerContext, repo: Repo, ref: Ref, value: string): WorkspaceEdit {
  const files: { uri: string; version: number | null; edits: TextEdit[] }[] = [];
  for (const file of filesWith(ctx, repo, ref)) {
    const source = sourceOf(ctx, repo, file.abs, file.kind);
    if (!source) continue;
    const text = source.parsed.text;
    // An edit that writes what is there already is left out: the client would mark the file changed.
    const edits = renameEdits(source.parsed, file.kind, ref, value).filter((e) => text.slice(e.offset, e.endOffset) !== e.newText);
    if (edits.length) files.push({ uri: source.uri, version: source.version, edits: source.positions.edits(edits) });
  }
  if (ctx.clientCapabilities().workspace?.workspaceEdit?.documentChanges === true) {
    return { documentChanges: files.map((f) => ({ textDocument: { uri: f.uri, version: f.version }, edits: f.edits })) };
  }
  return { changes: Object.fromEntries(files.map((f) => [f.uri, f.edits])) };
}
