// textDocument/references: every link to a case id, every use of a directory person or unit.
import type { Location } from 'vscode-languageserver/node';
import type { Feature, ServerContext } from '../context';
import { findAll, navTarget } from './navigation';

export const referencesFeature: Feature = { capabilities: { referencesProvider: true }, register: registerReferences };

function registerReferences(ctx: ServerContext): void {
  ctx.connection.onReferences((params) =>
    ctx.guard<Location[] | null>('references', null, () => {
      const nav = navTarget(ctx, params.textDocument.uri, params.position);
      if (!nav) return null;
      const withDeclaration = params.context?.includeDeclaration === true;
      return findAll(ctx, nav.state.repo, nav.target)
        .filter((f) => withDeclaration || !f.declaration)
        .map((f) => f.location);
    }),
  );
}
