// textDocument/codeLens: above a case's `phase:` key, the next phase and what its gate still needs
// (engine/editing/phase-lens.ts). A click moves the case when the gate holds; otherwise it selects
// what is in the way (the first missing field's value or the key it goes under, or the syntax error),
// and where nothing can be selected it asks for the move, whose refusal names what is missing.
// VS Code asks again after every change of the document, so the lens follows the text.
import type { CodeLens } from 'vscode-languageserver/node';
import { phaseLens } from '../../engine/editing';
import { MOVE_PHASE_NEXT_COMMAND, SELECT_RANGE_COMMAND } from '../../shared/protocol';
import type { Feature, ServerContext } from '../context';
import { editingState } from './shared';

export const codeLensFeature: Feature = { capabilities: { codeLensProvider: { resolveProvider: false } }, register: registerCodeLens };

function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens((params) =>
    ctx.guard<CodeLens[]>('code lens', [], () => {
      const state = editingState(ctx, params.textDocument.uri);
      if (!state || state.entry.kind !== 'case') return [];
      const lens = phaseLens(state.parsed, ctx.locale());
      if (!lens) return [];
      const uri = state.document.uri;
      const range = state.positions.range(lens.offset, lens.endOffset);
      const blocked = lens.syntax || lens.missing.length > 0;
      const command =
        blocked && lens.select
          ? { title: lens.title, command: SELECT_RANGE_COMMAND, arguments: [uri, state.positions.range(lens.select.offset, lens.select.endOffset)] }
          : { title: lens.title, command: MOVE_PHASE_NEXT_COMMAND, arguments: [uri, lens.next] };
      return [{ range, command }];
    }),
  );
}
