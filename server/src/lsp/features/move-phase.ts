// casefile/movePhase: the engine computes the edit (the phase value and the log entry, dated today in the
// UI language; or refuses, naming the gate); the client applies it. The answer names what the move
// made worse: the errors and warnings of the moved text that the text before lacked.
// Only an open document is edited, and only at the version the edit was computed on: the editor
// refuses a versioned edit once the text has moved on (a change on disk reloads it), so a stale edit
// is refused, never applied at old offsets. The client opens the file before it asks.
import type { WorkspaceEdit } from 'vscode-languageserver/node';
import { caseTextFindings, movePhase, newProblems } from '../../engine/editing';
import { applyEdits } from '../../engine/editing/yaml-edit';
import type { Finding } from '../../engine';
import { parseYaml } from '../../engine/parse';
import { MAX_FILE_BYTES, withoutBom } from '../../engine/text';
import { kindOf, pathOf } from '../../engine/workspace/uris';
import { say } from '../locale';
import { MOVE_PHASE_REQUEST, type MoveProblem, type MovePhaseParams, type MovePhaseResult } from '../../shared/protocol';
import type { Feature, ServerContext } from '../context';
import { editingState, Positions, type EditingState } from './shared';

const NOT_A_CASE = { en: 'This is not a case file.', sv: 'Det här är ingen ärendefil.' };
const NOT_OPEN = {
  en: 'The case file is not open in the editor; open it and move it again (a closed file could change on disk before the edit lands).',
  sv: 'Ärendefilen är inte öppen i redigeraren; öppna den och flytta igen (en stängd fil kan ändras på disk innan ändringen görs).',
};
const TOO_LARGE = {
  en: 'The case file is {size} MB, over the 5 MB limit, and is not edited.',
  sv: 'Ärendefilen är {size} MB, över gränsen 5 MB, och ändras inte.',
};
const NOT_APPLIED = {
  en: 'The editor did not apply the change{reason}. The file is as it was; if it changed in the meantime, move it again.',
  sv: 'Redigeraren genomförde inte ändringen{reason}. Filen är som den var; om den ändrades under tiden, flytta igen.',
};

export const movePhaseFeature: Feature = { capabilities: {}, register: registerMovePhase };

function registerMovePhase(ctx: ServerContext): void {
  ctx.connection.onRequest(MOVE_PHASE_REQUEST, (params: MovePhaseParams) =>
    ctx.guard<MovePhaseResult>('move phase', { applied: false }, async () => {
      const locale = ctx.locale();
      const abs = pathOf(params.uri);
      if (!abs || kindOf(abs) !== 'case') return { applied: false, message: say(NOT_A_CASE, locale) };
      const direction = params.direction === 'previous' ? 'previous' : 'next';
      const document = ctx.documents.get(params.uri);
      if (!document) return { applied: false, message: say(NOT_OPEN, locale) };
      const size = Buffer.byteLength(document.getText(), 'utf8');
      if (size > MAX_FILE_BYTES) return { applied: false, message: say(TOO_LARGE, locale, { size: (size / 1048576).toFixed(1) }) };
      // The repository's parse when it has one; else (a file outside any folder) the document's own text.
      const state = editingState(ctx, params.uri);
      const parsed = state?.document.version === document.version ? state.parsed : parseYaml(withoutBom(document.getText()));
      const to = typeof params.to === 'string' ? params.to : undefined;
      const outcome = movePhase(parsed, direction, { today: ctx.today(), locale, ...(to !== undefined ? { to } : {}) });
      if ('refused' in outcome) return { applied: false, message: outcome.refused[locale] };
      const edit: WorkspaceEdit = {
        documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: new Positions(document).edits(outcome.edits) }],
      };
      const result = await ctx.connection.workspace.applyEdit({ label: `phase: ${outcome.phase}`, edit });
      if (!result.applied) return { applied: false, message: say(NOT_APPLIED, locale, { reason: result.failureReason ? `: ${result.failureReason}` : '' }) };
      const problems = state ? added(state, parsed === state.parsed, parsed.text, applyEdits(parsed.text, outcome.edits)) : undefined;
      return { applied: true, phase: outcome.phase, ...(problems ? { problems } : {}) };
    }),
  );
}

/**
 * The errors and warnings the moved text has and the text before lacked, both as the workspace checks
 * them; `current`: the workspace's findings are of the text before (the usual case), so only the moved text is checked.
 */
function added(state: EditingState, current: boolean, before: string, after: string): MoveProblem[] {
  const { repo, entry } = state;
  const others = repo.facts();
  const check = (text: string) => caseTextFindings(entry.rel, text, repo.options, others);
  return newProblems(current ? state.findings : check(before), check(after)).map((f: Finding) => ({
    rule: f.rule,
    message: f.message,
    severity: f.severity === 'error' ? 'error' : 'warning',
    line: f.line,
    column: f.column,
  }));
}
