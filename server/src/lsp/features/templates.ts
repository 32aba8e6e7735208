// casefile/template: the commented casefile.yaml or directory.yaml the walkthrough's commands write.
import { TEMPLATE_FILES, templateText } from '../../engine/editing/templates';
import { TEMPLATE_REQUEST, type TemplateParams, type TemplateResult } from '../../shared/protocol';
import type { Feature, ServerContext } from '../context';

export const templatesFeature: Feature = { capabilities: {}, register: registerTemplates };

function registerTemplates(ctx: ServerContext): void {
  const none: TemplateResult = { file: '', text: '' };
  ctx.connection.onRequest(TEMPLATE_REQUEST, (params: TemplateParams) =>
    ctx.guard('template', none, () => {
      const kind = params?.kind;
      if (kind !== 'policy' && kind !== 'directory') return none;
      return { file: TEMPLATE_FILES[kind], text: templateText(kind, ctx.locale()) };
    }),
  );
}
