// textDocument/completion over the engine's `complete`; only in case and settings files.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver/node';
import { complete, type CompletionKind } from '../../engine/editing';
import type { Feature, ServerContext } from '../context';
import { editingState } from './shared';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
};

export const completionFeature: Feature = { capabilities: { completionProvider: { triggerCharacters: [':', ' ', '-'] } }, register: registerCompletion };

function registerCompletion(ctx: ServerContext): void {
  ctx.connection.onCompletion((params) =>
    ctx.guard('completion', null, () => {
      const state = editingState(ctx, params.textDocument.uri);
      if (!state) return null;
      const offset = state.positions.offset(params.position);
      const items = complete(state.parsed, offset, state.editing).map((entry): CompletionItem => {
        const item: CompletionItem = {
          label: entry.label,
          kind: KIND[entry.kind],
          textEdit: { range: state.positions.range(entry.replace.offset, entry.replace.endOffset), newText: entry.insertText },
          insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        };
        // No insertTextMode: the editor's default (adjustIndentation) indents later lines like the
        // cursor's line, which is what the engine's multi-line entries expect.
        if (entry.detail) item.detail = entry.detail;
        if (entry.documentation) item.documentation = { kind: 'markdown', value: entry.documentation };
        if (entry.sortText) item.sortText = entry.sortText;
        if (entry.filterText) item.filterText = entry.filterText;
        return item;
      });
      return { isIncomplete: false, items };
    }),
  );
}
