// textDocument/hover over the engine's `hover` (schema docs and the findings under the cursor).
import type { Hover } from 'vscode-languageserver/node';
import { hover } from '../../engine/editing';
import type { Feature, ServerContext } from '../context';
import { editingState } from './shared';

export const hoverFeature: Feature = { capabilities: { hoverProvider: true }, register: registerHover };

function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params) =>
    ctx.guard<Hover | null>('hover', null, () => {
      const state = editingState(ctx, params.textDocument.uri);
      if (!state) return null;
      const shown = state.findings.filter((f) => !f.suppressed);
      const info = hover(state.parsed, state.positions.offset(params.position), state.editing, shown);
      if (!info) return null;
      return { contents: { kind: 'markdown', value: info.markdown }, range: state.positions.range(info.offset, info.endOffset) };
    }),
  );
}
