import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { addAsset } from './add-asset.ts';
import { listAssets } from './asset.ts';
import { assetHistory } from './asset-history.ts';
import { assignAsset } from './assign-asset.ts';
import { returnAsset } from './return-asset.ts';
import { addAssetBody, asset, assetList, assetParams, assetWithHistory, assignAssetBody, returnAssetBody } from './schemas.ts';

const when = (effectiveAt: string | undefined) => (effectiveAt === undefined ? undefined : new Date(effectiveAt));

/** Laptops, hardware tokens and badges, and who has them: who holds what is people data, so the people permissions decide. */
export function assetRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['assets'];
    app.get('/assets', { config: { access: 'people:read' }, schema: { tags, summary: 'Every asset with who has it now', response: { 200: assetList } } }, async (request) => ({
      assets: await listAssets(requestContext(workspace, request)),
    }));

    app.post('/assets', { config: { access: 'people:manage' }, schema: { tags, summary: 'Add an asset to the register', body: addAssetBody, response: { 201: asset } } }, async (request, reply) =>
      reply.code(201).send(await addAsset(requestContext(workspace, request), request.body)),
    );

    app.get('/assets/:tag', { config: { access: 'people:read' }, schema: { tags, summary: 'One asset and everyone who has had it', params: assetParams, response: { 200: assetWithHistory } } }, async (request) =>
      assetHistory(requestContext(workspace, request), request.params.tag),
    );

    app.post('/assets/:tag/assign', { config: { access: 'people:manage' }, schema: { tags, summary: 'Hand an asset to a person', params: assetParams, body: assignAssetBody, response: { 200: asset } } }, async (request) =>
      assignAsset(requestContext(workspace, request), { tag: request.params.tag, person: request.body.person, effectiveAt: when(request.body.effectiveAt) }),
    );

    app.post('/assets/:tag/return', { config: { access: 'people:manage' }, schema: { tags, summary: 'Record that an asset came back', params: assetParams, body: returnAssetBody, response: { 200: asset } } }, async (request) =>
      returnAsset(requestContext(workspace, request), { tag: request.params.tag, note: request.body.note, effectiveAt: when(request.body.effectiveAt) }),
    );
  };
}
