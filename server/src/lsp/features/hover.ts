// textDocument/hover over the engine's `hover` (schema docs and the findings under the cursor); on a
// links.related id, the case it names comes first.
import type { Hover } from 'vscode-languageserver/node';
import { hover } from '../../engine/editing';
import { countFindings } from '../../engine/findings';
import { relatedCaseMarkdown, targetAt, type CaseCard } from '../../engine/navigation';
import type { Feature, ServerContext } from '../context';
import { casesWithId } from './navigation';
import { editingState, type EditingState } from './shared';

export const hoverFeature: Feature = { capabilities: { hoverProvider: true }, register: registerHover };

function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params) =>
    ctx.guard<Hover | null>('hover', null, () => {
      const state = editingState(ctx, params.textDocument.uri);
      if (!state) return null;
      const offset = state.positions.offset(params.position);
      const shown = state.findings.filter((f) => !f.suppressed);
      const info = hover(state.parsed, offset, state.editing, shown);
      const related = relatedHover(state, offset, ctx);
      if (related) {
        const value = info ? `${related.markdown}\n\n---\n\n${info.markdown}` : related.markdown;
        return { contents: { kind: 'markdown', value }, range: state.positions.range(related.offset, related.endOffset) };
      }
      if (!info) return null;
      return { contents: { kind: 'markdown', value: info.markdown }, range: state.positions.range(info.offset, info.endOffset) };
    }),
  );
}

/** The case a links.related id names, as the index knows it; nothing for an id no case has. */
function relatedHover(state: EditingState, offset: number, ctx: ServerContext): { markdown: string; offset: number; endOffset: number } | undefined {
  if (state.entry.kind !== 'case') return undefined;
  const target = targetAt(state.parsed, 'case', offset);
  if (!target || target.kind !== 'case' || target.declaration) return undefined;
  const cards = casesWithId(state.repo, target.value).map((e): CaseCard => {
    const { errors, warnings } = countFindings(e.findings);
    const s = e.local.summary ?? {};
    return { id: target.value, title: s.title, kind: s.kind, phase: s.phase, file: e.rel, errors, warnings };
  });
  if (cards.length === 0) return undefined;
  return { markdown: relatedCaseMarkdown(cards, ctx.locale()), offset: target.offset, endOffset: target.endOffset };
}
