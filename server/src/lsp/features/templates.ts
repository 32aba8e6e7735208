// casefile/template: the commented casefile.yaml or directory.yaml the walkthrough's commands write.
import * as path from 'node:path';
import { TEMPLATE_FILES, templateText } from '../../engine/editing/templates';
import { findRoot } from '../../engine/workspace/scan';
import { pathOf, uriOf } from '../../engine/workspace/uris';
import { TEMPLATE_REQUEST, type TemplateParams, type TemplateResult } from '../../shared/protocol';
import type { Feature, ServerContext } from '../context';

export const templatesFeature: Feature = { capabilities: {}, register: registerTemplates };

function registerTemplates(ctx: ServerContext): void {
  const none: TemplateResult = { file: '', text: '' };
  ctx.connection.onRequest(TEMPLATE_REQUEST, (params: TemplateParams) =>
    ctx.guard('template', none, () => {
      const kind = params?.kind;
      if (kind !== 'policy' && kind !== 'directory') return none;
      const file = TEMPLATE_FILES[kind];
      const result: TemplateResult = { file, text: templateText(kind, ctx.locale()) };
      // The repository root the CLI and the index find (a folder above the one opened, holding casefile.yaml or .git).
      const folder = typeof params.folder === 'string' ? pathOf(params.folder) : undefined;
      if (folder) result.uri = uriOf(path.join(findRoot(folder), file));
      return result;
    }),
  );
}
