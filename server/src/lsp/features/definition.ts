// textDocument/definition: a related id → that case's `id`; a person or unit → its directory.yaml entry.
// As links where the client takes them, so the whole value (`SU/Ortopedi`, not `Ortopedi`) is underlined.
import type { Location, LocationLink } from 'vscode-languageserver/node';
import type { Feature, ServerContext } from '../context';
import { findAll, navTarget } from './navigation';

export const definitionFeature: Feature = { capabilities: { definitionProvider: true }, register: registerDefinition };

function registerDefinition(ctx: ServerContext): void {
  ctx.connection.onDefinition((params) =>
    ctx.guard<Location[] | LocationLink[] | null>('definition', null, () => {
      const nav = navTarget(ctx, params.textDocument.uri, params.position);
      if (!nav) return null;
      const declarations = findAll(ctx, nav.state.repo, nav.target)
        .filter((f) => f.declaration)
        .map((f) => f.location);
      if (declarations.length === 0) return null;
      if (ctx.clientCapabilities().textDocument?.definition?.linkSupport !== true) return declarations;
      const origin = nav.state.positions.range(nav.target.offset, nav.target.endOffset);
      return declarations.map((l) => ({ originSelectionRange: origin, targetUri: l.uri, targetRange: l.range, targetSelectionRange: l.range }));
    }),
  );
}
