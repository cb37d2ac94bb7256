import { versionsInForce } from '../policies/acknowledgements.ts';
import type { Check, OperationItem } from './control-status.ts';
import { type Moment, engagedAt, localDay, occurrencesAt, overdueAt, plural, policyInForce } from './moment.ts';
import { occurrenceItem } from './operation-items.ts';
import type { ReadinessData } from './readiness-data.ts';

/** Policies proper: not procedures, not the orientation. */
function adoptedPolicies(data: ReadinessData, at: Moment) {
  return data.policies.filter((p) => p.kind === 'policy' && p.createdAt < at.iso && !(p.retiredAt && p.retiredAt < at.iso));
}

/** One policy in force and its yearly review not overdue; for the set, every adopted policy. */
export function policiesInPlace(data: ReadinessData, policyIds: string[] | 'all', at: Moment): Check {
  const ids = policyIds === 'all' ? adoptedPolicies(data, at).map((p) => p.id) : policyIds;
  if (ids.length === 0) return { ok: false, summary: 'no policy is adopted yet', next: 'Adopt the day-one policies from their templates (Policies → Adopt), approve and publish them.' };
  const problems: string[] = [];
  const fine: string[] = [];
  for (const id of ids) {
    const inForce = policyInForce(data, id, at);
    const title = data.policies.find((p) => p.id === id)?.title ?? id;
    if (!inForce) {
      problems.push(`${title} has no approved, published version`);
      continue;
    }
    const review = inForce.policy.reviewObligationId ? data.obligations.get(inForce.policy.reviewObligationId) : undefined;
    const overdue = review ? overdueAt(review, at, data.timeZone) : [];
    if (overdue.length) problems.push(`${title}'s yearly review due ${overdue[0]!.dueOn} was not recorded`);
    else fine.push(`${title} v${inForce.version.version} published ${localDay(inForce.version.publishedAt, data.timeZone)}`);
  }
  if (problems.length) {
    return { ok: false, summary: problems.join('; '), next: 'Approve and publish the policies named (Policies), or record their yearly review (groundwork policy review ID).' };
  }
  return { ok: true, summary: ids.length === 1 ? fine[0]! : `${plural(ids.length, 'policy', 'policies')} in force, each approved and reviewed within the year` };
}

/** Every yearly review of the policies due in the window, each on time or late. */
export function policyReviewItems(data: ReadinessData, policyIds: string[] | 'all', from: string, to: string, now: Date): OperationItem[] {
  const policies = data.policies.filter((p) => p.kind === 'policy' && (policyIds === 'all' || policyIds.includes(p.id)));
  return policies.flatMap((policy) => {
    const loaded = policy.reviewObligationId ? data.obligations.get(policy.reviewObligationId) : undefined;
    if (!loaded) return [];
    return occurrencesAt(loaded, from, to, now, data.timeZone).flatMap((o) => occurrenceItem(o, `${policy.title}: yearly review`));
  });
}

/** Who owed an acknowledgement at `at`, and who had not given it by then. */
export function acknowledgementGaps(data: ReadinessData, at: Moment): { owed: number; outstanding: { name: string; title: string }[] } {
  const published = Map.groupBy(data.versions, (v) => v.policyId);
  const policies = data.policies.flatMap((p) => {
    if (p.kind === 'procedure' || p.createdAt >= at.iso || (p.retiredAt && p.retiredAt < at.iso)) return [];
    const versions = versionsInForce(
      (published.get(p.id) ?? []).map((v) => ({ version: v.version, sha256: v.sha256, publishedAt: v.publishedAt, material: v.material })),
      at.iso,
    );
    return versions ? [{ ...p, required: versions.required.version }] : [];
  });
  const newest = new Map<string, number>();
  for (const a of data.acknowledgements) {
    if (a.acknowledgedAt >= at.iso) continue;
    const key = `${a.personId}\n${a.policyId}`;
    newest.set(key, Math.max(newest.get(key) ?? 0, a.version));
  }
  let owed = 0;
  const outstanding: { name: string; title: string }[] = [];
  for (const engagement of engagedAt(data, at)) {
    for (const policy of policies) {
      if (!policy.appliesTo.includes(engagement.kind)) continue;
      owed++;
      if ((newest.get(`${engagement.personId}\n${policy.id}`) ?? 0) < policy.required) outstanding.push({ name: engagement.name, title: policy.title });
    }
  }
  return { owed, outstanding };
}

export function acknowledgementsInPlace(data: ReadinessData, at: Moment): Check {
  const { owed, outstanding } = acknowledgementGaps(data, at);
  if (owed === 0) return { ok: false, summary: 'no published policy applies to anyone yet', next: 'Publish the policies, then have everyone acknowledge them (Policies → Acknowledgements).' };
  if (outstanding.length === 0) return { ok: true, summary: `all ${owed} acknowledgements owed were given` };
  const names = [...new Set(outstanding.map((o) => o.name))];
  return {
    ok: false,
    summary: `${plural(outstanding.length, 'acknowledgement')} of ${owed} outstanding, from ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`,
    next: 'Send acknowledgement links to the people named (Policies → Acknowledgements, or groundwork policy ack-link --person EMAIL).',
  };
}

/** At the window's end, each person engaged and each policy that applies to them: acknowledged or not. */
export function acknowledgementItems(data: ReadinessData, at: Moment): OperationItem[] {
  const { outstanding, owed } = acknowledgementGaps(data, at);
  const ok: OperationItem = { ref: `acknowledgements@${at.date}`, date: at.date, label: `${owed} acknowledgements owed on ${at.date}`, result: 'ok', detail: 'every one given', exception: null };
  if (outstanding.length === 0) return owed ? [ok] : [];
  return outstanding.map((o) => ({ ref: `acknowledgement:${o.name}:${o.title}`, date: at.date, label: `${o.name}: ${o.title}`, result: 'failed', detail: `not acknowledged by ${at.date}`, exception: null }));
}
