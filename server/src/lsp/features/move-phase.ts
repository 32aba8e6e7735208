// casefile/movePhase: the engine computes the edit (or refuses, naming the gate); the client applies it.
import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver/node';
import { movePhase } from '../../engine/editing';
import { parseYaml } from '../../engine/parse';
import { decodeBytes } from '../../engine/text';
import { kindOf, pathOf } from '../../engine/workspace/uris';
import { say } from '../locale';
import { MOVE_PHASE_REQUEST, type MovePhaseParams, type MovePhaseResult } from '../../shared/protocol';
import type { Feature, ServerContext } from '../context';
import { editingState, Positions } from './shared';

const NOT_A_CASE = { en: 'This is not a case file.', sv: 'Det här är ingen ärendefil.' };
const UNREADABLE = { en: 'The case file could not be read: {detail}', sv: 'Ärendefilen gick inte att läsa: {detail}' };
const NOT_APPLIED = { en: 'The editor did not apply the change{reason}.', sv: 'Redigeraren genomförde inte ändringen{reason}.' };

export const movePhaseFeature: Feature = { capabilities: {}, register: registerMovePhase };

function registerMovePhase(ctx: ServerContext): void {
  ctx.connection.onRequest(MOVE_PHASE_REQUEST, (params: MovePhaseParams) =>
    ctx.guard<MovePhaseResult>('move phase', { applied: false }, async () => {
      const locale = ctx.locale();
      const abs = pathOf(params.uri);
      if (!abs || kindOf(abs) !== 'case') return { applied: false, message: say(NOT_A_CASE, locale) };
      const direction = params.direction === 'previous' ? 'previous' : 'next';
      let edit: WorkspaceEdit;
      let phase: string;
      const state = ctx.documents.get(params.uri) ? editingState(ctx, params.uri) : undefined;
      if (state) {
        const outcome = movePhase(state.parsed, direction);
        if ('refused' in outcome) return { applied: false, message: outcome.refused[locale] };
        phase = outcome.phase;
        const textDocument = { uri: state.document.uri, version: state.document.version };
        edit = { documentChanges: [{ textDocument, edits: state.positions.edits(outcome.edits) }] };
      } else {
        // A closed file: read it as the engine does (no BOM, as editors show it) and send a plain edit on its URI.
        let text: string;
        try {
          const decoded = decodeBytes(fs.readFileSync(abs));
          if (!decoded.ok) return { applied: false, message: say(UNREADABLE, locale, { detail: decoded.problem }) };
          text = decoded.text;
        } catch (error) {
          return { applied: false, message: say(UNREADABLE, locale, { detail: (error as NodeJS.ErrnoException).code ?? String(error) }) };
        }
        const outcome = movePhase(parseYaml(text), direction);
        if ('refused' in outcome) return { applied: false, message: outcome.refused[locale] };
        phase = outcome.phase;
        const positions = new Positions(TextDocument.create(params.uri, 'casefile', 0, text));
        edit = { changes: { [params.uri]: positions.edits(outcome.edits) } };
      }
      const result = await ctx.connection.workspace.applyEdit({ label: `phase: ${phase}`, edit });
      if (!result.applied) return { applied: false, message: say(NOT_APPLIED, locale, { reason: result.failureReason ? `: ${result.failureReason}` : '' }) };
      return { applied: true, phase };
    }),
  );
}
