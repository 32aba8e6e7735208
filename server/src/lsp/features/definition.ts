// textDocument/definition: a related id → that case's `id`; a person or unit → its directory.yaml entry.
import type { Location } from 'vscode-languageserver/node';
import type { Feature, ServerContext } from '../context';
import { findAll, navTarget } from './navigation';

export const definitionFeature: Feature = { capabilities: { definitionProvider: true }, register: registerDefinition };

function registerDefinition(ctx: ServerContext): void {
  ctx.connection.onDefinition((params) =>
    ctx.guard<Location[] | null>('definition', null, () => {
      const nav = navTarget(ctx, params.textDocument.uri, params.position);
      if (!nav) return null;
      const declarations = findAll(ctx, nav.state.repo, nav.target).filter((f) => f.declaration);
      return declarations.length ? declarations.map((f) => f.location) : null;
    }),
  );
}
