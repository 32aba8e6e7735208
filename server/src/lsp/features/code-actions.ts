// textDocument/codeAction: one quick fix per engine Fix (the suppression among them) for each of
// our diagnostics in the request.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { fixesFor, type Fix } from '../../engine/editing';
import { applyEdits } from '../../engine/editing/yaml-edit';
import { startsWithBom } from '../../engine/text';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SELECT_RANGE_COMMAND } from '../../shared/protocol';
import type { Finding } from '../../engine';
import { isDiagnosticData } from '../diagnostics';
import type { Feature, ServerContext } from '../context';
import { editingState, Positions, type EditingState } from './shared';

export const codeActionsFeature: Feature = { capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } }, register: registerCodeActions };

function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params) =>
    ctx.guard<CodeAction[]>('code actions', [], () => {
      const ours = params.context.diagnostics.filter((d) => d.source === 'casefile' && isDiagnosticData(d.data));
      if (ours.length === 0) return [];
      const state = editingState(ctx, params.textDocument.uri);
      if (!state) return [];
      const actions: CodeAction[] = [];
      for (const diagnostic of ours) {
        const finding = findingOf(state.findings, diagnostic);
        if (!finding) continue;
        for (const fix of fixesFor(state.parsed, finding, state.editing)) {
          const action: CodeAction = {
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: {
              documentChanges: [{ textDocument: { uri: state.document.uri, version: state.document.version }, edits: state.positions.edits(fix.edits) }],
            },
          };
          if (fix.preferred) action.isPreferred = true;
          const select = fix.select && selection(state, fix);
          if (select) action.command = { title: fix.title, command: SELECT_RANGE_COMMAND, arguments: [state.document.uri, select] };
          actions.push(action);
        }
      }
      return actions;
    }),
  );
}

/**
 * The current finding a diagnostic stands for; none when the document has moved on since. Several
 * findings may share a range (two missing roles on `stakeholders`): the message and data tell them apart.
 */
export function findingOf(findings: readonly Finding[], diagnostic: Pick<Diagnostic, 'message' | 'data'>): Finding | undefined {
  if (!isDiagnosticData(diagnostic.data)) return undefined;
  const { rule, offset, endOffset, data } = diagnostic.data;
  const wanted = canonical(data);
  const candidates = findings.filter((f) => !f.suppressed && f.rule === rule && f.offset === offset && f.endOffset === endOffset && canonical(f.data) === wanted);
  // The message settles what data does not (a client may pass it on reworded: then the data alone decides).
  return candidates.find((f) => f.message === diagnostic.message) ?? candidates[0];
}

/** Data compared by value, whatever order its keys arrived in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return value === undefined ? '' : JSON.stringify(value);
}

/** The range of the fix's placeholder in the document as it will be after the edit (a byte-order mark stays). */
function selection(state: EditingState, fix: Fix) {
  const bom = startsWithBom(state.document.getText()) ? '\ufeff' : '';
  const after = TextDocument.create(state.document.uri, 'casefile', 0, bom + applyEdits(state.parsed.text, fix.edits));
  return new Positions(after).range(fix.select!.offset, fix.select!.endOffset);
}
