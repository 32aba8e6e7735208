// casefile/newCaseProposal and casefile/newCase: a free id and folder, then a file from the kind's
// skeleton, created by the client (workspace/applyEdit) so it lands in the editor's undo history;
// or, when the client asks, the file created empty and the skeleton returned as a snippet to insert.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ApplyWorkspaceEditResult } from 'vscode-languageserver/node';
import { newCaseText, proposeId } from '../../engine/editing';
import { caseFileName, newCaseIdProblem, newCaseSnippet } from '../../engine/editing/new-case';
import { say } from '../locale';
import { relativeTo, uriOf } from '../../engine/workspace/uris';
import { NEW_CASE_PROPOSAL_REQUEST, NEW_CASE_REQUEST, type NewCaseParams, type NewCaseProposal, type NewCaseProposalParams, type NewCaseResult } from '../../shared/protocol';
import type { Repo } from '../../engine/workspace/indexed-repository';
import type { Feature, ServerContext } from '../context';

const NO_FOLDER = { en: 'Open a folder first: new cases go into its cases folder.', sv: 'Öppna en mapp först: nya ärenden hamnar i dess mapp cases.' };
const EXISTS = { en: 'The file {file} already exists; choose another id.', sv: 'Filen {file} finns redan; välj ett annat id.' };
const NOT_CREATED = {
  en: 'The editor did not create {file}{reason}. Check that the folder can be written to, and try again.',
  sv: 'Redigeraren skapade inte {file}{reason}. Kontrollera att det går att skriva i mappen och försök igen.',
};
const FAILED = { en: 'The case could not be created; the Casefile output channel says why.', sv: 'Ärendet gick inte att skapa; utdatakanalen för Casefile säger varför.' };

export const newCaseFeature: Feature = { capabilities: {}, register: registerNewCase };

function registerNewCase(ctx: ServerContext): void {
  const empty: NewCaseProposal = { id: '', folder: '' };
  ctx.connection.onRequest(NEW_CASE_PROPOSAL_REQUEST, (params: NewCaseProposalParams) =>
    ctx.guard('new case proposal', empty, () => {
      // Every kind goes to the same folder; the kind is in the request for a future per-kind layout.
      void params.kind;
      const repo = ctx.workspace.primary();
      if (!repo) return empty;
      const today = ctx.today();
      return { id: proposeId(repo.caseIds(), today), folder: uriOf(caseFolder(repo, today)) };
    }),
  );

  ctx.connection.onRequest(NEW_CASE_REQUEST, (params: NewCaseParams) =>
    ctx.guard<NewCaseResult>('new case', { message: say(FAILED, ctx.locale()) }, async () => {
      const locale = ctx.locale();
      const repo = ctx.workspace.primary();
      if (!repo) return { message: say(NO_FOLDER, locale) };
      const id = typeof params.id === 'string' ? params.id.trim() : '';
      const name = caseFileName(id);
      const existing = repo.cases().map((e) => ({ id: e.local.facts?.id?.value, file: e.rel }));
      const problem = newCaseIdProblem(id, name, existing);
      if (problem) return { message: problem[locale] };
      const today = ctx.today();
      const abs = path.join(caseFolder(repo, today), name!);
      const uri = uriOf(abs);
      const rel = relativeTo(repo.root, abs);
      if (fs.existsSync(abs) || repo.entries.has(abs) || ctx.documents.get(uri)) return { message: say(EXISTS, locale, { file: rel }) };
      const kind = String(params.kind ?? '');
      const title = String(params.title ?? '');
      // A client that inserts snippets gets the skeleton as one, so each placeholder is a tab stop.
      const snippet = params.snippet === true ? newCaseSnippet(kind, id, title, today) : undefined;
      const insert =
        snippet === undefined
          ? [
              {
                textDocument: { uri, version: null },
                edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newCaseText(kind, id, title, today) }],
              },
            ]
          : [];
      let result: ApplyWorkspaceEditResult;
      try {
        result = await ctx.connection.workspace.applyEdit({
          label: rel,
          edit: {
            documentChanges: [{ kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } }, ...insert],
          },
        });
      } catch (error) {
        return { message: say(NOT_CREATED, locale, { file: rel, reason: `: ${error instanceof Error ? error.message : String(error)}` }) };
      }
      if (!result.applied) return { message: say(NOT_CREATED, locale, { file: rel, reason: result.failureReason ? `: ${result.failureReason}` : '' }) };
      return snippet === undefined ? { uri } : { uri, snippet };
    }),
  );
}

/**
 * cases/<year>/, the layout the README describes; cases/ only when the repository already keeps all
 * its cases flat in cases/.
 */
export function caseFolder(repo: Repo, today: string): string {
  const cases = repo.cases();
  const flat = cases.length > 0 && cases.every((e) => /^cases\/[^/]+$/.test(e.rel));
  const year = /^\d{4}/.exec(today)?.[0] ?? String(new Date().getUTCFullYear());
  return flat ? path.join(repo.root, 'cases') : path.join(repo.root, 'cases', year);
}
