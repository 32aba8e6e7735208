// casefile/newCaseProposal and casefile/newCase: a free id and folder, then a file from the kind's
// skeleton, created by the client (workspace/applyEdit) so it lands in the editor's undo history.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { newCaseText, proposeId } from '../../engine/editing';
import { say } from '../locale';
import { relativeTo, uriOf } from '../../engine/workspace/uris';
import {
  NEW_CASE_PROPOSAL_REQUEST,
  NEW_CASE_REQUEST,
  type NewCaseParams,
  type NewCaseProposal,
  type NewCaseProposalParams,
  type NewCaseResult,
} from '../../shared/protocol';
import type { Repo } from '../../engine/workspace/indexed-repository';
import type { Feature, ServerContext } from '../context';

const NO_FOLDER = { en: 'Open a folder first: new cases go into its cases folder.', sv: 'Öppna en mapp först: nya ärenden hamnar i dess mapp cases.' };
const EXISTS = { en: 'The file {file} already exists; choose another id.', sv: 'Filen {file} finns redan; välj ett annat id.' };
const BAD_ID = { en: 'The id `{id}` cannot name a file; use letters, digits and dashes.', sv: 'Id:t `{id}` går inte att använda som filnamn; använd bokstäver, siffror och bindestreck.' };
const NOT_CREATED = { en: 'The editor did not create the file{reason}.', sv: 'Redigeraren skapade inte filen{reason}.' };

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
    ctx.guard<NewCaseResult>('new case', {}, async () => {
      const locale = ctx.locale();
      const repo = ctx.workspace.primary();
      if (!repo) return { message: say(NO_FOLDER, locale) };
      const name = fileName(params.id);
      if (!name) return { message: say(BAD_ID, locale, { id: params.id }) };
      const today = ctx.today();
      const abs = path.join(caseFolder(repo, today), name);
      const uri = uriOf(abs);
      const rel = relativeTo(repo.root, abs);
      if (fs.existsSync(abs) || repo.entries.has(abs) || ctx.documents.get(uri)) return { message: say(EXISTS, locale, { file: rel }) };
      const text = newCaseText(params.kind, params.id, params.title, today);
      const result = await ctx.connection.workspace.applyEdit({
        label: rel,
        edit: {
          documentChanges: [
            { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
            { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
          ],
        },
      });
      if (!result.applied) return { message: say(NOT_CREATED, locale, { reason: result.failureReason ? `: ${result.failureReason}` : '' }) };
      return { uri };
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

/** vgr-2026-031.case.yaml for VGR-2026-031; undefined when nothing usable is left. */
export function fileName(id: string): string | undefined {
  const base = id.trim().toLowerCase().replace(/[^a-z0-9åäö_-]+/g, '-').replace(/^-+|-+$/g, '');
  return base ? `${base}.case.yaml` : undefined;
}
