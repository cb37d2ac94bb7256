import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { requestContext } from '../http/request-context.ts';
import type { Workspace } from '../open-workspace.ts';
import { acknowledgementMatrix, acknowledgementSummary } from './acknowledgements.ts';
import { adoptPolicy } from './adopt-policy.ts';
import { approveVersion, publishVersion, submitVersion } from './approve-and-publish.ts';
import { diffVersions } from './diff-versions.ts';
import { listPolicies, loadPolicy, type Policy, type PolicyVersion } from './policy.ts';
import { policyMarkdown } from './policy-markdown.ts';
import { policyPack } from './policy-pack.ts';
import { policyPdf } from './policy-pdf.ts';
import { policyRecord } from './policy-record.ts';
import { renderMarkdown } from './render-markdown.ts';
import { retirePolicy } from './retire-policy.ts';
import { reviewDue } from './review-due.ts';
import { reviewPolicy } from './review-policy.ts';
import {
  adoptBody,
  approveBody,
  diffQuery,
  diffResult,
  policyDetail,
  policyList,
  policyParams,
  policySummary,
  procedureBody,
  publishBody,
  retireBody,
  reviewBody,
  versionParams,
  versionWithText,
  writeVersionBody,
} from './schemas.ts';
import { writeProcedure } from './write-procedure.ts';
import { writeVersion } from './write-version.ts';

const withHtml = (version: PolicyVersion) => ({ ...version, html: renderMarkdown(version.text) });
const withReview = async (ctx: Context, policy: Policy) => ({ ...policy, review: await reviewDue(ctx, policy) });

/** The company's own policies: adopt, edit, submit, approve, publish, review, retire. Response schemas drop texts from summaries. */
export function policyLifecycleRoutes(workspace: Workspace): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['policies'];
    const read = { access: 'policies:read' } as const;
    const manage = { access: 'policies:manage' } as const;

    app.get('/policies', { config: read, schema: { tags, summary: 'Every adopted policy with its status and next review, and how many people acknowledged them', response: { 200: policyList } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      const policies = await listPolicies(ctx);
      return { policies: await Promise.all(policies.map((policy) => withReview(ctx, policy))), acknowledgements: acknowledgementSummary(await acknowledgementMatrix(ctx)) };
    });

    app.get('/policies/export.zip', { config: read, schema: { tags, summary: 'Every published policy as PDF and Markdown, with an index, in one ZIP' } }, async (request, reply) => {
      const { zip } = await policyPack(requestContext(workspace, request));
      return reply.type('application/zip').header('content-disposition', 'attachment; filename="policies.zip"').send(zip);
    });

    app.get('/policies/:id', { config: read, schema: { tags, summary: 'A policy, its versions, and the newest text', params: policyParams, response: { 200: policyDetail } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      const { policy, versions } = await loadPolicy(ctx, request.params.id);
      const procedure = policy.kind === 'policy' ? await ctx.db.selectFrom('policies').select('id').where('parent_id', '=', policy.id).executeTakeFirst() : undefined;
      const procedureDocument = procedure ? (await loadPolicy(ctx, procedure.id)).policy : null;
      return {
        ...policy,
        review: await reviewDue(ctx, policy),
        versions,
        latestText: withHtml(policy.latest),
        procedureDocument: procedureDocument && { id: procedureDocument.id, title: procedureDocument.title, status: procedureDocument.status },
      };
    });

    app.get('/policies/:id/versions/:version', { config: read, schema: { tags, summary: 'One version with its text', params: versionParams, response: { 200: versionWithText } } }, async (request) => {
      const { versions } = await loadPolicy(requestContext(workspace, request), request.params.id);
      const found = versions.find((v) => v.version === request.params.version);
      if (!found) throw new AppError('not_found', `there is no version ${request.params.version}; the versions are 1 to ${versions.length}`, 'version');
      return withHtml(found);
    });

    app.get('/policies/:id/diff', { config: read, schema: { tags, summary: 'What changed between two versions, line by line', params: policyParams, querystring: diffQuery, response: { 200: diffResult } } }, async (request) => {
      const { versions } = await loadPolicy(requestContext(workspace, request), request.params.id);
      return { lines: diffVersions(versions, request.query.from, request.query.to) };
    });

    app.get('/policies/:id/export.md', { config: read, schema: { tags, summary: 'The published version as Markdown, with approval and review history', params: policyParams } }, async (request, reply) => {
      const record = await policyRecord(requestContext(workspace, request), request.params.id);
      return reply.type('text/markdown; charset=utf-8').header('content-disposition', `attachment; filename="${record.policy.id}-v${record.version.version}.md"`).send(policyMarkdown(record));
    });

    app.get('/policies/:id/export.pdf', { config: read, schema: { tags, summary: 'The published version as a PDF, with approval and review history', params: policyParams } }, async (request, reply) => {
      const record = await policyRecord(requestContext(workspace, request), request.params.id);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${record.policy.id}-v${record.version.version}.pdf"`).send(policyPdf(record));
    });

    app.post('/policies', { config: manage, schema: { tags, summary: 'Adopt a template as version 1, a draft', body: adoptBody, response: { 201: policySummary } } }, async (request, reply) => {
      const ctx = requestContext(workspace, request);
      return reply.code(201).send(await withReview(ctx, await adoptPolicy(ctx, request.body)));
    });

    app.post('/policies/:id/procedure', { config: manage, schema: { tags, summary: "Write the policy's procedure: version 1, a draft, approved like a policy", params: policyParams, body: procedureBody, response: { 201: policySummary } } }, async (request, reply) => {
      const ctx = requestContext(workspace, request);
      return reply.code(201).send(await withReview(ctx, await writeProcedure(ctx, { policyId: request.params.id, text: request.body.text })));
    });

    app.post('/policies/:id/versions', { config: manage, schema: { tags, summary: 'Save an edit as a new version', params: policyParams, body: writeVersionBody, response: { 201: policySummary } } }, async (request, reply) => {
      const ctx = requestContext(workspace, request);
      return reply.code(201).send(await withReview(ctx, await writeVersion(ctx, { policyId: request.params.id, ...request.body })));
    });

    app.post('/policies/:id/versions/:version/submit', { config: manage, schema: { tags, summary: 'Send the newest draft for approval', params: versionParams, response: { 200: policySummary } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      return withReview(ctx, await submitVersion(ctx, { policyId: request.params.id, version: request.params.version }));
    });

    app.post('/policies/:id/versions/:version/approve', { config: manage, schema: { tags, summary: 'Approve the version in review, naming the SHA-256 of the text read', params: versionParams, body: approveBody, response: { 200: policySummary } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      return withReview(ctx, await approveVersion(ctx, { policyId: request.params.id, version: request.params.version, sha256: request.body.sha256 }, request.identity?.user.role));
    });

    app.post('/policies/:id/versions/:version/publish', { config: manage, schema: { tags, summary: 'Publish the approved version', params: versionParams, body: publishBody, response: { 200: policySummary } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      return withReview(ctx, await publishVersion(ctx, { policyId: request.params.id, version: request.params.version, material: request.body?.material }));
    });

    app.post('/policies/:id/reviews', { config: manage, schema: { tags, summary: 'Record the yearly review, with or without changes', params: policyParams, body: reviewBody, response: { 200: policySummary } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      return withReview(ctx, await reviewPolicy(ctx, { policyId: request.params.id, ...request.body }));
    });

    app.post('/policies/:id/retire', { config: manage, schema: { tags, summary: 'Retire a policy: no longer in force, no more reviews', params: policyParams, body: retireBody, response: { 200: policySummary } } }, async (request) => {
      const ctx = requestContext(workspace, request);
      return withReview(ctx, await retirePolicy(ctx, { policyId: request.params.id, reason: request.body.reason }));
    });
  };
}
