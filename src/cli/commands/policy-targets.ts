import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { openWorkspace } from '../../open-workspace.ts';
import type { Acknowledgement } from '../../policies/acknowledge-policy.ts';
import { acknowledgementLinkUrl, createAcknowledgementLink } from '../../policies/acknowledgement-links.ts';
import { acknowledgementMatrix, type AcknowledgementRow } from '../../policies/acknowledgements.ts';
import { adoptPolicy } from '../../policies/adopt-policy.ts';
import { approveVersion, publishVersion, submitVersion } from '../../policies/approve-and-publish.ts';
import { type DiffLine, diffVersions } from '../../policies/diff-versions.ts';
import { listPolicies, loadPolicy, type Policy, type PolicyVersion } from '../../policies/policy.ts';
import { policyPack } from '../../policies/policy-pack.ts';
import { retirePolicy } from '../../policies/retire-policy.ts';
import { reviewPolicy } from '../../policies/review-policy.ts';
import { policyTemplate, policyTemplates } from '../../policies/template-catalog.ts';
import type { TemplateVariable } from '../../policies/template-variables.ts';
import { writeVersion } from '../../policies/write-version.ts';
import { cliActor } from '../command.ts';
import { remoteCall, remoteDownload, type RemoteServer } from '../remote.ts';

/** Where `groundwork policy` acts: this machine's database through the domain, or a server through its API. */
export type VersionMeta = Omit<PolicyVersion, 'text'>;
/** A policy as the API lists it: version metadata without texts. */
export type PolicySummary = Omit<Policy, 'published' | 'latest'> & { published: VersionMeta | null; latest: VersionMeta };
export interface TemplateRow {
  id: string;
  title: string;
  tier: string | null;
  criteria: string[];
  variables: TemplateVariable[];
}

/** What each action does, locally (the domain) or remotely (the API), with one output. */
export interface Target {
  templates(): Promise<TemplateRow[]>;
  template(id: string): Promise<TemplateRow>;
  list(): Promise<PolicySummary[]>;
  load(id: string): Promise<PolicySummary & { versions: VersionMeta[] }>;
  text(id: string, version: number): Promise<PolicyVersion>;
  adopt(templateId: string, values: Partial<Record<TemplateVariable, string>>): Promise<PolicySummary>;
  write(id: string, basedOn: number, text: string): Promise<PolicySummary>;
  submit(id: string, version: number): Promise<PolicySummary>;
  approve(id: string, version: number, sha256: string): Promise<PolicySummary>;
  publish(id: string, version: number, material: boolean | undefined): Promise<PolicySummary>;
  review(id: string, changed: boolean, note: string | undefined): Promise<PolicySummary>;
  retire(id: string, reason: string): Promise<PolicySummary>;
  diff(id: string, from: number, to: number): Promise<DiffLine[]>;
  /** Every published policy as PDF and Markdown in one ZIP, streamed into `out`. */
  exportPack(out: Writable): Promise<void>;
  acknowledgements(outstanding: boolean): Promise<AcknowledgementRow[]>;
  acknowledgementLink(person: string): Promise<{ url: string; expiresAt: string; person: { name: string; email: string } }>;
  /** As the token's user: the CLI on the server is no one in the directory. */
  acknowledge(id: string, version: number, sha256: string): Promise<Acknowledgement>;
  close(): Promise<void>;
}

const meta = ({ text: _text, ...version }: PolicyVersion): VersionMeta => version;
const summaryOf = (policy: Policy): PolicySummary => ({ ...policy, published: policy.published && meta(policy.published), latest: meta(policy.latest) });

export async function localTarget(): Promise<Target> {
  const workspace = await openWorkspace(loadConfig());
  const ctx = workspace.context(cliActor());
  const row = (t: ReturnType<typeof policyTemplate>): TemplateRow => ({ id: t.id, title: t.title, tier: t.tier, criteria: t.criteria, variables: t.variables });
  return {
    templates: async () => policyTemplates().map(row),
    template: async (id) => row(policyTemplate(id)),
    list: async () => (await listPolicies(ctx)).map(summaryOf),
    load: async (id) => {
      const { policy, versions } = await loadPolicy(ctx, id);
      return { ...summaryOf(policy), versions: versions.map(meta) };
    },
    text: async (id, version) => {
      const { versions } = await loadPolicy(ctx, id);
      const found = versions.find((v) => v.version === version);
      if (!found) throw new AppError('not_found', `there is no version ${version}; the versions are 1 to ${versions.length}`, 'version');
      return found;
    },
    adopt: async (templateId, values) => summaryOf(await adoptPolicy(ctx, { templateId, values })),
    write: async (policyId, basedOn, text) => summaryOf(await writeVersion(ctx, { policyId, basedOn, text })),
    submit: async (policyId, version) => summaryOf(await submitVersion(ctx, { policyId, version })),
    approve: async (policyId, version, sha256) => summaryOf(await approveVersion(ctx, { policyId, version, sha256 }, undefined)),
    publish: async (policyId, version, material) => summaryOf(await publishVersion(ctx, { policyId, version, material })),
    review: async (policyId, changed, note) => summaryOf(await reviewPolicy(ctx, { policyId, changed, note })),
    retire: async (policyId, reason) => summaryOf(await retirePolicy(ctx, { policyId, reason })),
    diff: async (id, from, to) => diffVersions((await loadPolicy(ctx, id)).versions, from, to),
    exportPack: async (out) => pipeline((await policyPack(ctx)).zip, out),
    acknowledgements: (outstanding) => acknowledgementMatrix(ctx, { outstanding }),
    acknowledgementLink: async (person) => {
      const link = await createAcknowledgementLink(ctx, { person });
      return { url: acknowledgementLinkUrl(workspace.config.publicUrl, link.token), expiresAt: link.expiresAt, person: link.person };
    },
    acknowledge: async () => {
      throw new AppError(
        'invalid_input',
        'on the server the CLI is no one in the people directory, so it acknowledges nothing: send a link (groundwork policy ack-link --person EMAIL), sign in to Groundwork, or set GROUNDWORK_URL and GROUNDWORK_TOKEN to acknowledge as your own user',
        'action',
      );
    },
    close: () => workspace.close(),
  };
}

export function remoteTarget(server: RemoteServer): Target {
  type RemoteTemplate = Omit<TemplateRow, 'criteria' | 'variables'> & { criteria: { id: string }[]; variables: { name: TemplateVariable }[] };
  const row = (t: RemoteTemplate): TemplateRow => ({ id: t.id, title: t.title, tier: t.tier, criteria: t.criteria.map((c) => c.id), variables: t.variables.map((v) => v.name) });
  const call = <T>(method: string, path: string, body?: object) => remoteCall<T>(server, method, `/api${path}`, body);
  const policy = (id: string) => `/policies/${encodeURIComponent(id)}`;
  const step = (id: string, version: number, name: string, body: object = {}) => call<PolicySummary>('POST', `${policy(id)}/versions/${version}/${name}`, body);
  return {
    templates: async () => (await call<{ templates: RemoteTemplate[] }>('GET', '/policy-templates')).templates.map(row),
    template: async (id) => row(await call<RemoteTemplate>('GET', `/policy-templates/${encodeURIComponent(id)}`)),
    list: async () => (await call<{ policies: PolicySummary[] }>('GET', '/policies')).policies,
    load: async (id) => {
      const { latestText: _text, ...detail } = await call<PolicySummary & { versions: VersionMeta[]; latestText: unknown }>('GET', policy(id));
      return detail;
    },
    text: async (id, version) => {
      const { html: _html, ...found } = await call<PolicyVersion & { html: string }>('GET', `${policy(id)}/versions/${version}`);
      return found;
    },
    adopt: (templateId, values) => call('POST', '/policies', { templateId, values }),
    write: (id, basedOn, text) => call('POST', `${policy(id)}/versions`, { basedOn, text }),
    submit: (id, version) => step(id, version, 'submit'),
    approve: (id, version, sha256) => step(id, version, 'approve', { sha256 }),
    publish: (id, version, material) => step(id, version, 'publish', material === undefined ? {} : { material }),
    review: (id, changed, note) => call('POST', `${policy(id)}/reviews`, note === undefined ? { changed } : { changed, note }),
    retire: (id, reason) => call('POST', `${policy(id)}/retire`, { reason }),
    diff: async (id, from, to) => (await call<{ lines: DiffLine[] }>('GET', `${policy(id)}/diff?from=${from}&to=${to}`)).lines,
    exportPack: (out) => remoteDownload(server, '/api/policies/export.zip', out),
    acknowledgements: async (outstanding) => (await call<{ rows: AcknowledgementRow[] }>('GET', `/acknowledgements${outstanding ? '?outstanding=true' : ''}`)).rows,
    acknowledgementLink: (person) => call('POST', '/acknowledgement-links', { person }),
    acknowledge: (policyId, version, sha256) => call('POST', '/account/acknowledgements', { policyId, version, sha256 }),
    close: async () => {},
  };
}
