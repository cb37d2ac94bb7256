import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { localDateOf } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { loadPolicy, type Policy, type PolicyVersion } from './policy.ts';

export interface PolicyReview {
  on: string;
  by: string;
  version: number;
  changed: boolean;
  note: string | null;
}

/** What an exported policy says about itself: the version in force, who approved it, when, and its reviews. */
export interface PolicyRecord {
  company: string;
  policy: Policy;
  version: PolicyVersion;
  /** The local date the version came into force. */
  effectiveOn: string;
  approvedOn: string;
  versions: PolicyVersion[];
  reviews: PolicyReview[];
}

/** The published policy with its history, read from its versions and the evidence log. */
export async function policyRecord(ctx: Context, id: string): Promise<PolicyRecord> {
  const { policy, versions } = await loadPolicy(ctx, id);
  if (!policy.published) throw new AppError('conflict', `${policy.title} has no published version to export yet`, 'policyId');
  const { name, timeZone } = await getWorkspace(ctx);
  const localDate = (iso: string) => localDateOf(new Date(iso), timeZone).toString();
  const events = await ctx.db
    .selectFrom('evidence_events')
    .select(['effective_at', 'actor_id', 'data'])
    .where('subject_type', '=', 'policy')
    .where('subject_id', '=', id)
    .where('action', '=', 'policies.policy.reviewed')
    .orderBy('seq')
    .execute();
  const reviews = events.map((event) => {
    const data = JSON.parse(event.data) as { version: number; changed: boolean; note: string | null };
    return { on: localDate(event.effective_at), by: event.actor_id, version: data.version, changed: data.changed, note: data.note };
  });
  return {
    company: name,
    policy,
    version: policy.published,
    effectiveOn: localDate(policy.published.publishedAt!),
    approvedOn: localDate(policy.published.approvedAt!),
    versions,
    reviews,
  };
}
