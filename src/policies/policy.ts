import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Context } from '../context.ts';
import type { PolicyTable, PolicyVersionTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';

/** Computed from when a version was submitted, approved and published, never stored. */
export type VersionStatus = 'draft' | 'in_review' | 'approved' | 'published' | 'superseded';

export interface PolicyVersion {
  version: number;
  status: VersionStatus;
  sha256: string;
  createdAt: string;
  createdBy: string;
  submittedAt: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  /** The author approved their own text: allowed (a three-person company has no one else), and shown. */
  selfApproved: boolean;
  publishedAt: string | null;
  publishedBy: string | null;
  /** Whether everyone must acknowledge this version again; set at publication. */
  material: boolean | null;
  text: string;
}

export interface Policy {
  id: string;
  kind: 'policy' | 'procedure' | 'orientation';
  title: string;
  templateId: string | null;
  /** A procedure's policy. */
  parentId: string | null;
  ownerRole: string;
  appliesTo: string[];
  criteria: string[];
  procedure: string | null;
  evidence: string | null;
  reviewObligationId: string | null;
  createdAt: string;
  retiredAt: string | null;
  /** Retired, published (a version is in force), or the status of the newest version. */
  status: 'retired' | VersionStatus;
  /** The version in force, if any. */
  published: PolicyVersion | null;
  /** The newest version: the one being written, reviewed or approved, or the published one. */
  latest: PolicyVersion;
}

export function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function versionFromRow(row: Selectable<PolicyVersionTable>, lastPublished: number | undefined, latest: number): PolicyVersion {
  // A version replaced before it was published is superseded too: only the newest is ever worked on.
  const status: VersionStatus = row.published_at
    ? row.version === lastPublished
      ? 'published'
      : 'superseded'
    : row.version !== latest
      ? 'superseded'
      : row.approved_at
      ? 'approved'
      : row.submitted_at
        ? 'in_review'
        : 'draft';
  return {
    version: row.version,
    status,
    sha256: row.sha256,
    createdAt: row.created_at,
    createdBy: row.created_by,
    submittedAt: row.submitted_at,
    approvedAt: row.approved_at,
    approvedBy: row.approved_by,
    selfApproved: row.approved_by !== null && row.approved_by === row.created_by,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    material: row.material === null ? null : row.material === 1,
    text: row.text,
  };
}

export function policyFromRows(row: Selectable<PolicyTable>, versions: Selectable<PolicyVersionTable>[]): Policy {
  const lastPublished = versions.filter((v) => v.published_at).at(-1)?.version;
  const all = versions.map((v) => versionFromRow(v, lastPublished, versions.at(-1)!.version));
  const latest = all.at(-1)!;
  const published = all.find((v) => v.status === 'published') ?? null;
  return {
    id: row.id,
    kind: row.kind as Policy['kind'],
    title: row.title,
    templateId: row.template_id,
    parentId: row.parent_id,
    ownerRole: row.owner_role,
    appliesTo: JSON.parse(row.applies_to),
    criteria: JSON.parse(row.criteria),
    procedure: row.procedure,
    evidence: row.evidence,
    reviewObligationId: row.review_obligation_id,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
    status: row.retired_at ? 'retired' : published ? 'published' : latest.status,
    published,
    latest,
  };
}

/** One policy with every version, oldest first; an unknown id is a clear not-found. */
export async function loadPolicy(ctx: Pick<Context, 'db'>, id: string): Promise<{ policy: Policy; versions: PolicyVersion[] }> {
  const row = await ctx.db.selectFrom('policies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `there is no policy "${id}"`, 'policyId');
  const versions = await ctx.db.selectFrom('policy_versions').selectAll().where('policy_id', '=', id).orderBy('version').execute();
  const policy = policyFromRows(row, versions);
  const lastPublished = policy.published?.version;
  return { policy, versions: versions.map((v) => versionFromRow(v, lastPublished, policy.latest.version)) };
}

export async function listPolicies(ctx: Pick<Context, 'db'>): Promise<Policy[]> {
  const rows = await ctx.db.selectFrom('policies').selectAll().orderBy('created_at').orderBy('id').execute();
  const versions = await ctx.db.selectFrom('policy_versions').selectAll().orderBy('policy_id').orderBy('version').execute();
  return rows.map((row) => policyFromRows(row, versions.filter((v) => v.policy_id === row.id)));
}
