// textDocument/documentSymbol over the engine's `outline`.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import { outline, type OutlineKind, type OutlineNode } from '../../engine/editing';
import type { Feature, ServerContext } from '../context';
import { editingState, type Positions } from './shared';

const KIND: Record<OutlineKind, SymbolKind> = {
  case: SymbolKind.File,
  phase: SymbolKind.Event,
  section: SymbolKind.Namespace,
  item: SymbolKind.Object,
  field: SymbolKind.Field,
};

export const symbolsFeature: Feature = { capabilities: { documentSymbolProvider: true }, register: registerSymbols };

function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol((params) =>
    ctx.guard<DocumentSymbol[] | null>('outline', null, () => {
      const state = editingState(ctx, params.textDocument.uri);
      if (!state) return null;
      return outline(state.parsed).map((n) => toSymbol(n, state.positions));
    }),
  );
}

function toSymbol(node: OutlineNode, positions: Positions): DocumentSymbol {
  const start = Math.min(node.offset, node.selectionOffset);
  const end = Math.max(node.endOffset, node.selectionEndOffset);
  const symbol: DocumentSymbol = {
    // VS Code rejects a symbol with an empty name.
    name: node.name.trim() || '?',
    kind: KIND[node.kind] ?? SymbolKind.Field,
    // The selection must lie inside the range, or VS Code drops the outline.
    range: positions.range(start, end),
    selectionRange: positions.range(node.selectionOffset, node.selectionEndOffset),
    children: node.children.map((c) => toSymbol(c, positions)),
  };
  if (node.detail) symbol.detail = node.detail;
  return symbol;
}
