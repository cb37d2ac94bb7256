import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { criterionById } from '../controls/criteria.ts';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { fillTemplate, type PolicyTemplate } from './policy-template.ts';
import { renderMarkdown } from './render-markdown.ts';
import { templateList, templateParams, templatePreview } from './schemas.ts';
import { policyTemplate, policyTemplates } from './template-catalog.ts';
import { suggestedValues, templateVariables } from './template-variables.ts';

function summary({ text: _text, ...template }: PolicyTemplate) {
  return {
    ...template,
    criteria: template.criteria.map((id) => ({ id, title: criterionById(id)!.title })),
    variables: template.variables.map((name) => ({ name, ...templateVariables[name] })),
  };
}


/** The policy templates Groundwork ships, to choose from before adopting one. */
export function policyRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['policies'];
    app.get('/policy-templates', { config: { access: 'policies:read' }, schema: { tags, summary: 'The fifteen policy templates and the security orientation, day-one first', response: { 200: templateList } } }, async () => ({
      templates: policyTemplates().map(summary),
    }));

    app.get(
      '/policy-templates/:id',
      { config: { access: 'policies:read' }, schema: { tags, summary: 'One template, filled in with the workspace name and suggested values', params: templateParams, response: { 200: templatePreview } } },
      async (request) => {
        const template = policyTemplate(request.params.id);
        const { name } = await getWorkspace(requestContext(workspace, request));
        const markdown = fillTemplate(template, { ...suggestedValues, companyName: name });
        return { ...summary(template), markdown, html: renderMarkdown(markdown) };
      },
    );
  };
}
