import type { Context } from '../context.ts';
import { listPolicies } from '../policies/policy.ts';
import { type PolicyRecord, policyRecord } from '../policies/policy-record.ts';
import { localDateOf } from '../time/local-date.ts';
import type { ExportWindow } from './export-window.ts';

/**
 * Every version of every policy, procedure and orientation that was in force at some time in the
 * window, as its PDF describes it: a version is in force from its publication until the next
 * one's, or until the policy was retired. Reviews are those recorded by the window's end.
 */
export async function policiesInForce(ctx: Context, window: ExportWindow): Promise<PolicyRecord[]> {
  const [start, end] = [window.start.toISOString(), window.end.toISOString()];
  const localDate = (iso: string) => localDateOf(new Date(iso), window.timeZone).toString();
  const records: PolicyRecord[] = [];
  for (const policy of await listPolicies(ctx)) {
    if (!policy.published) continue;
    const { versions, reviews, ...record } = await policyRecord(ctx, policy.id);
    const published = versions.filter((v) => v.publishedAt !== null);
    for (const [i, version] of published.entries()) {
      const until = published[i + 1]?.publishedAt ?? policy.retiredAt;
      if (version.publishedAt! >= end || (until !== null && until <= start)) continue;
      records.push({
        ...record,
        versions,
        version,
        effectiveOn: localDate(version.publishedAt!),
        approvedOn: localDate(version.approvedAt!),
        reviews: reviews.filter((review) => review.on <= window.to),
      });
    }
  }
  return records;
}
