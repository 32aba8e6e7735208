// textDocument/codeAction: one quick fix per engine Fix (the suppression among them) for each of
// our diagnostics in the request.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { fixesFor } from '../../engine/editing';
import type { Finding } from '../../engine';
import { isDiagnosticData } from '../diagnostics';
import type { ServerContext } from '../server';
import { editingState, type EditingState } from './shared';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params) =>
    ctx.guard<CodeAction[]>('code actions', [], () => {
      const ours = params.context.diagnostics.filter((d) => d.source === 'casefile' && isDiagnosticData(d.data));
      if (ours.length === 0) return [];
      const state = editingState(ctx, params.textDocument.uri);
      if (!state) return [];
      const actions: CodeAction[] = [];
      for (const diagnostic of ours) {
        const finding = findingOf(state, diagnostic);
        if (!finding) continue;
        for (const fix of fixesFor(state.parsed, finding, state.editing)) {
          const action: CodeAction = {
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: {
              documentChanges: [
                { textDocument: { uri: state.document.uri, version: state.document.version }, edits: state.positions.edits(fix.edits) },
              ],
            },
          };
          if (fix.preferred) action.isPreferred = true;
          actions.push(action);
        }
      }
      return actions;
    }),
  );
}

/** The current finding a diagnostic stands for; none when the document has moved on since. */
function findingOf(state: EditingState, diagnostic: Diagnostic): Finding | undefined {
  if (!isDiagnosticData(diagnostic.data)) return undefined;
  const { rule, offset, endOffset } = diagnostic.data;
  return state.findings.find((f) => !f.suppressed && f.rule === rule && f.offset === offset && f.endOffset === endOffset);
}
