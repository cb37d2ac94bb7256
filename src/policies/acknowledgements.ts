import type { Context } from '../context.ts';
import type { PersonKind } from '../people/person-kind.ts';
import { listPeople, loadPerson, type Person } from '../people/person.ts';

/** The one orientation Groundwork ships: read and acknowledged on the first day. */
export const SECURITY_ORIENTATION = 'security-orientation';

export interface PublishedVersion {
  version: number;
  sha256: string;
  publishedAt: string;
  material: boolean;
}

/**
 * At an instant: the version in force, and the version everyone must have acknowledged, the
 * newest material one. A change published as not material asks no one again: an
 * acknowledgement of the version it replaced still counts. `published` is oldest first.
 */
export function versionsInForce(published: PublishedVersion[], at: string): { inForce: PublishedVersion; required: PublishedVersion } | undefined {
  const until = published.filter((v) => v.publishedAt <= at);
  const inForce = until.at(-1);
  if (!inForce) return undefined;
  return { inForce, required: until.findLast((v) => v.material) ?? inForce };
}

/** A policy or orientation in force, that people acknowledge; procedures are not acknowledged. */
export interface AcknowledgeablePolicy {
  id: string;
  title: string;
  kind: 'policy' | 'orientation';
  appliesTo: PersonKind[];
  inForce: PublishedVersion;
  required: PublishedVersion;
}

/** Every policy and orientation in force at `ctx.now()`, in the order they were adopted: two queries. */
export async function acknowledgeablePolicies(ctx: Pick<Context, 'db' | 'now'>): Promise<AcknowledgeablePolicy[]> {
  const at = ctx.now().toISOString();
  const [policies, versions] = await Promise.all([
    ctx.db.selectFrom('policies').select(['id', 'title', 'kind', 'applies_to', 'retired_at']).where('kind', '!=', 'procedure').orderBy('created_at').orderBy('id').execute(),
    ctx.db.selectFrom('policy_versions').select(['policy_id', 'version', 'sha256', 'published_at', 'material']).where('published_at', 'is not', null).orderBy('policy_id').orderBy('version').execute(),
  ]);
  const byPolicy = Map.groupBy(versions, (v) => v.policy_id);
  return policies.flatMap((policy) => {
    if (policy.retired_at && policy.retired_at <= at) return [];
    const published = (byPolicy.get(policy.id) ?? []).map((v) => ({ version: v.version, sha256: v.sha256, publishedAt: v.published_at!, material: v.material === 1 }));
    const versions = versionsInForce(published, at);
    if (!versions) return [];
    return [{ id: policy.id, title: policy.title, kind: policy.kind as AcknowledgeablePolicy['kind'], appliesTo: JSON.parse(policy.applies_to) as PersonKind[], ...versions }];
  });
}

export type AcknowledgementVia = 'session' | 'link';

/** One person and one policy that applies to them: acknowledged in a version that still counts, or outstanding. */
export interface AcknowledgementRow {
  personId: string;
  name: string;
  email: string;
  kind: PersonKind;
  engagement: 'pre-hire' | 'active';
  policyId: string;
  title: string;
  policyKind: AcknowledgeablePolicy['kind'];
  /** The newest material version: an acknowledgement of it or a later one counts. */
  requiredVersion: number;
  /** The version a person reads and acknowledges today. */
  inForceVersion: number;
  status: 'acknowledged' | 'outstanding';
  /** The person's newest acknowledgement of the policy, even of a version that no longer counts. */
  acknowledgedVersion: number | null;
  acknowledgedAt: string | null;
  via: AcknowledgementVia | null;
}

interface StoredAcknowledgement {
  person_id: string;
  policy_id: string;
  version: number;
  acknowledged_at: string;
  via: string;
}

/** Who owes what: people joining or here, each with every policy in force for their kind. */
function rowsFor(people: Person[], policies: AcknowledgeablePolicy[], acknowledgements: StoredAcknowledgement[]): AcknowledgementRow[] {
  const newest = new Map<string, StoredAcknowledgement>();
  for (const a of acknowledgements) {
    const key = `${a.person_id}\n${a.policy_id}`;
    if ((newest.get(key)?.version ?? 0) < a.version) newest.set(key, a);
  }
  return people.flatMap((person) => {
    const { kind, status } = person.current;
    if (status !== 'pre-hire' && status !== 'active') return [];
    return policies
      .filter((policy) => policy.appliesTo.includes(kind))
      .map((policy) => {
        const last = newest.get(`${person.id}\n${policy.id}`);
        return {
          personId: person.id,
          name: person.name,
          email: person.email,
          kind,
          engagement: status,
          policyId: policy.id,
          title: policy.title,
          policyKind: policy.kind,
          requiredVersion: policy.required.version,
          inForceVersion: policy.inForce.version,
          status: last && last.version >= policy.required.version ? ('acknowledged' as const) : ('outstanding' as const),
          acknowledgedVersion: last?.version ?? null,
          acknowledgedAt: last?.acknowledged_at ?? null,
          via: (last?.via as AcknowledgementVia | undefined) ?? null,
        };
      });
  });
}

/** Who has not acknowledged what, for everyone: a constant number of queries whatever the size. */
export async function acknowledgementMatrix(ctx: Pick<Context, 'db' | 'now'>, filter: { policyId?: string; outstanding?: boolean } = {}): Promise<AcknowledgementRow[]> {
  const [people, policies, acknowledgements] = await Promise.all([
    listPeople(ctx),
    acknowledgeablePolicies(ctx),
    ctx.db.selectFrom('acknowledgements').select(['person_id', 'policy_id', 'version', 'acknowledged_at', 'via']).execute(),
  ]);
  return rowsFor(people, policies, acknowledgements).filter((row) => (!filter.policyId || row.policyId === filter.policyId) && (!filter.outstanding || row.status === 'outstanding'));
}

export interface AcknowledgementSummary {
  /** People joining or here to whom at least one policy in force applies. */
  people: number;
  /** Of them, those who acknowledged everything that applies to them. */
  complete: number;
  /** complete / people, rounded down so that 100 means everyone; null when nothing applies to anyone. */
  percent: number | null;
  policies: { policyId: string; owed: number; acknowledged: number }[];
}

export function acknowledgementSummary(rows: AcknowledgementRow[]): AcknowledgementSummary {
  const byPerson = Map.groupBy(rows, (row) => row.personId);
  const complete = [...byPerson.values()].filter((own) => own.every((row) => row.status === 'acknowledged')).length;
  const policies = [...Map.groupBy(rows, (row) => row.policyId)].map(([policyId, own]) => ({ policyId, owed: own.length, acknowledged: own.filter((row) => row.status === 'acknowledged').length }));
  return { people: byPerson.size, complete, percent: byPerson.size ? Math.floor((complete / byPerson.size) * 100) : null, policies };
}

export interface PersonAcknowledgements {
  person: Person;
  /** Every policy in force that applies to the person now; none once they are offboarding or departed. */
  policies: AcknowledgementRow[];
  outstanding: AcknowledgementRow[];
  /** Nothing that applies is outstanding. */
  complete: boolean;
  /** They acknowledged the security orientation in a version that still counts. */
  securityOrientation: boolean;
}

/** What one person owes, for their own page, a link, and the onboarding checklist. */
export async function owedAcknowledgements(ctx: Pick<Context, 'db' | 'now'>, personIdOrEmail: string): Promise<PersonAcknowledgements> {
  const person = await loadPerson(ctx, personIdOrEmail);
  const [policies, acknowledgements] = await Promise.all([
    acknowledgeablePolicies(ctx),
    ctx.db.selectFrom('acknowledgements').select(['person_id', 'policy_id', 'version', 'acknowledged_at', 'via']).where('person_id', '=', person.id).execute(),
  ]);
  const rows = rowsFor([person], policies, acknowledgements);
  const outstanding = rows.filter((row) => row.status === 'outstanding');
  return {
    person,
    policies: rows,
    outstanding,
    complete: outstanding.length === 0,
    securityOrientation: rows.some((row) => row.policyId === SECURITY_ORIENTATION && row.status === 'acknowledged'),
  };
}
