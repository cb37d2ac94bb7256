import { sql } from 'kysely';
import { loadObligations, type LoadedObligation } from '../cadence/load-obligations.ts';
import type { Context } from '../context.ts';
import { controls as catalog } from '../controls/catalog.ts';
import { keysetPages } from '../db/keyset-pages.ts';
import { type Checklist, loadChecklists } from '../people/checklist.ts';
import { itemKeyMatches } from './item-key.ts';
import type { SettingHistory } from './setting-history.ts';

/** A control exception or attachment, as recorded in the evidence log against the control. */
export interface ControlRecord {
  seq: number;
  action: 'controls.evidence.attached' | 'controls.exception.recorded';
  controlId: string;
  effectiveAt: string;
  recordedAt: string;
  actor: string;
  /** Attachments: the file's name and digest; exceptions: the item and the reason. */
  data: { ref?: string; reason?: string; fileName?: string; note?: string };
  attachments: string[];
}

/**
 * Everything readiness reads, loaded once so that a score can be computed at many dates (the
 * chart) without going back to the database: a constant number of queries whatever the size,
 * and account lists only as counts per snapshot.
 */
export interface ReadinessData {
  timeZone: string;
  /** When Groundwork began keeping records: the workspace's creation, or its first event if entered as of earlier. */
  beganAt: string;
  /** Groundwork's own "MFA for every user" setting, with its history from the log. */
  mfaRequiredForAll: SettingHistory<boolean>;
  policies: { id: string; title: string; kind: string; createdAt: string; retiredAt: string | null; reviewObligationId: string | null; appliesTo: string[] }[];
  /** Published versions, oldest first per policy. */
  versions: { policyId: string; version: number; sha256: string; approvedAt: string | null; publishedAt: string; material: boolean }[];
  obligations: Map<string, LoadedObligation>;
  checklists: Checklist[];
  engagements: { id: string; personId: string; name: string; email: string; kind: string; title: string | null; department: string | null; managerId: string | null; startOn: string; endOn: string | null; createdAt: string }[];
  acknowledgements: { personId: string; policyId: string; version: number; acknowledgedAt: string }[];
  systems: { id: string; name: string; owner: string; classification: string; inScope: boolean; mfaEnforced: SettingHistory<boolean>; createdAt: string; retiredAt: string | null }[];
  /** Each snapshot with how many active or invited accounts on it have no second factor. */
  snapshots: { id: string; systemId: string; asOf: string; importedAt: string; accounts: number; withoutMfa: number }[];
  reviews: { id: string; quarter: string; startedAt: string; closedAt: string | null; systems: { systemId: string; reviewer: string; signedOffAt: string | null; obligationId: string | null; dueOn: string | null }[] }[];
  /** Each review's items per system, flag set and decision: what each flag's review control reads. */
  reviewCounts: { reviewId: string; systemId: string; flagMask: number; decision: string | null; withReason: boolean; n: number }[];
  assets: { createdAt: string }[];
  checkpoints: { seq: number; signedAt: string }[];
  controlRecords: ControlRecord[];
}

const ACKNOWLEDGEMENT_PAGE = 2000;

export async function loadReadinessData(ctx: Context): Promise<ReadinessData> {
  const db = ctx.db;
  const obligations = await loadObligations(ctx);
  // Only the checklist items a control reads: a large workspace has hundreds of thousands.
  const itemKeys = catalog.flatMap((control) => (control.evidence.kind === 'checklist-item' ? [control.evidence.key] : []));
  // The large reads one after the other and before the rest: rows still arriving while other
  // queries allocate outlive young collections, and a large workspace's would fill the old heap.
  const checklists = await loadChecklists(ctx, {}, { obligations, keepItem: (key) => itemKeys.some((wanted) => itemKeyMatches(key, wanted)) });
  const acknowledgements = await loadAcknowledgements(ctx);
  const engagements = await db
    .selectFrom('engagements as e')
    .innerJoin('people as p', 'p.id', 'e.person_id')
    .select(['e.id', 'e.person_id', 'p.name', 'p.email', 'e.kind', 'e.title', 'e.department', 'e.manager_id', 'e.start_on', 'e.end_on', 'e.created_at'])
    .orderBy('e.start_on')
    .execute();
  const [workspace, policies, versions, systems, snapshots, noMfa, reviews, reviewSystems, reviewCounts, assets, settingEvents, checkpoints, firstEvent, records] =
    await Promise.all([
      db.selectFrom('workspace').select(['time_zone', 'created_at', 'mfa_required_for_all']).where('id', '=', 1).executeTakeFirstOrThrow(),
      db.selectFrom('policies').select(['id', 'title', 'kind', 'created_at', 'retired_at', 'review_obligation_id', 'applies_to']).orderBy('created_at').orderBy('id').execute(),
      db
        .selectFrom('policy_versions')
        .select(['policy_id', 'version', 'sha256', 'approved_at', 'published_at', 'material'])
        .where('published_at', 'is not', null)
        .orderBy('policy_id')
        .orderBy('version')
        .execute(),
      db.selectFrom('systems').select(['id', 'name', 'owner', 'classification', 'in_scope', 'mfa_enforced', 'created_at', 'retired_at']).orderBy('name').execute(),
      db.selectFrom('account_snapshots').select(['id', 'system_id', 'as_of', 'imported_at', 'accounts']).orderBy('system_id').orderBy('number').execute(),
      db
        .selectFrom('accounts')
        .select((eb) => ['snapshot_id', eb.fn.countAll<number>().as('n')])
        .where('mfa', '=', 0)
        .where('status', 'in', ['active', 'invited'])
        .groupBy('snapshot_id')
        .execute(),
      db.selectFrom('access_reviews').select(['id', 'quarter', 'started_at', 'closed_at']).orderBy('started_at').execute(),
      db.selectFrom('access_review_systems').select(['review_id', 'system_id', 'reviewer', 'signed_off_at', 'obligation_id', 'due_on']).execute(),
      db
        .selectFrom('access_review_items')
        .select((eb) => [
          'review_id',
          'system_id',
          'flag_mask',
          'decision',
          eb.case().when('reason', 'is', null).then(0).else(1).end().as('with_reason'),
          eb.fn.countAll<number>().as('n'),
        ])
        .groupBy(['review_id', 'system_id', 'flag_mask', 'decision', sql`case when reason is null then 0 else 1 end`])
        .execute(),
      db.selectFrom('assets').select('created_at').execute(),
      db
        .selectFrom('evidence_events')
        .select(['action', 'subject_id', 'recorded_at', 'data'])
        .where('action', 'in', ['identity.settings.updated', 'systems.system.changed'])
        .orderBy('seq')
        .execute(),
      db.selectFrom('evidence_checkpoints').select(['seq', 'signed_at']).orderBy('seq').execute(),
      db.selectFrom('evidence_events').select(['recorded_at', 'effective_at']).where('seq', '=', 1).executeTakeFirst(),
      db
        .selectFrom('evidence_events')
        .select(['seq', 'action', 'subject_id', 'effective_at', 'recorded_at', 'actor_type', 'actor_id', 'data', 'attachments'])
        .where('subject_type', '=', 'control')
        .orderBy('seq')
        .execute(),
    ]);
  const mfaChanges = mfaChangesOf(settingEvents);
  const withoutMfa = new Map(noMfa.map((row) => [row.snapshot_id, Number(row.n)]));
  const systemsOf = Map.groupBy(reviewSystems, (row) => row.review_id);
  return {
    timeZone: workspace.time_zone,
    beganAt: [workspace.created_at, firstEvent?.recorded_at, firstEvent?.effective_at].filter((t): t is string => t !== undefined).sort()[0]!,
    mfaRequiredForAll: { current: workspace.mfa_required_for_all === 1, changes: mfaChanges.get(WORKSPACE) ?? [] },
    policies: policies.map((p) => ({
      id: p.id,
      title: p.title,
      kind: p.kind,
      createdAt: p.created_at,
      retiredAt: p.retired_at,
      reviewObligationId: p.review_obligation_id,
      appliesTo: JSON.parse(p.applies_to) as string[],
    })),
    versions: versions.map((v) => ({ policyId: v.policy_id, version: v.version, sha256: v.sha256, approvedAt: v.approved_at, publishedAt: v.published_at!, material: v.material === 1 })),
    obligations: new Map(obligations.map((o) => [o.obligation.id, o])),
    checklists,
    engagements: engagements.map((e) => ({
      id: e.id,
      personId: e.person_id,
      name: e.name,
      email: e.email,
      kind: e.kind,
      title: e.title,
      department: e.department,
      managerId: e.manager_id,
      startOn: e.start_on,
      endOn: e.end_on,
      createdAt: e.created_at,
    })),
    acknowledgements,
    systems: systems.map((s) => ({
      id: s.id,
      name: s.name,
      owner: s.owner,
      classification: s.classification,
      inScope: s.in_scope === 1,
      mfaEnforced: { current: s.mfa_enforced === 1, changes: mfaChanges.get(s.id) ?? [] },
      createdAt: s.created_at,
      retiredAt: s.retired_at,
    })),
    snapshots: snapshots.map((s) => ({ id: s.id, systemId: s.system_id, asOf: s.as_of, importedAt: s.imported_at, accounts: s.accounts, withoutMfa: withoutMfa.get(s.id) ?? 0 })),
    reviews: reviews.map((r) => ({
      id: r.id,
      quarter: r.quarter,
      startedAt: r.started_at,
      closedAt: r.closed_at,
      systems: (systemsOf.get(r.id) ?? []).map((s) => ({ systemId: s.system_id, reviewer: s.reviewer, signedOffAt: s.signed_off_at, obligationId: s.obligation_id, dueOn: s.due_on })),
    })),
    reviewCounts: reviewCounts.map((c) => ({ reviewId: c.review_id, systemId: c.system_id, flagMask: Number(c.flag_mask), decision: c.decision, withReason: Number(c.with_reason) === 1, n: Number(c.n) })),
    assets: assets.map((a) => ({ createdAt: a.created_at })),
    checkpoints: checkpoints.map((c) => ({ seq: c.seq, signedAt: c.signed_at })),
    controlRecords: records.map((r) => ({
      seq: r.seq,
      action: r.action as ControlRecord['action'],
      controlId: r.subject_id,
      effectiveAt: r.effective_at,
      recordedAt: r.recorded_at,
      actor: `${r.actor_type}:${r.actor_id}`,
      data: JSON.parse(r.data) as ControlRecord['data'],
      attachments: JSON.parse(r.attachments) as string[],
    })),
  };
}

const WORKSPACE = Symbol('workspace');

/** Each change of an MFA setting in the log, by system id, or WORKSPACE for Groundwork's own. */
function mfaChangesOf(events: { action: string; subject_id: string; recorded_at: string; data: string }[]): Map<string | typeof WORKSPACE, SettingHistory<boolean>['changes']> {
  const changes = new Map<string | typeof WORKSPACE, SettingHistory<boolean>['changes']>();
  for (const event of events) {
    const data = JSON.parse(event.data);
    const change: { key: string | typeof WORKSPACE; from: unknown; to: unknown } =
      event.action === 'identity.settings.updated'
        ? { key: WORKSPACE, from: data.before?.mfaRequiredForAll, to: data.after?.mfaRequiredForAll }
        : { key: event.subject_id, from: data.changes?.mfaEnforced?.from, to: data.changes?.mfaEnforced?.to };
    if (typeof change.from !== 'boolean' || typeof change.to !== 'boolean' || change.from === change.to) continue;
    changes.set(change.key, [...(changes.get(change.key) ?? []), { at: event.recorded_at, from: change.from, to: change.to }]);
  }
  return changes;
}

/** Every acknowledgement, a page at a time: one per person and policy version, tens of thousands in a large workspace. */
async function loadAcknowledgements(ctx: Context): Promise<ReadinessData['acknowledgements']> {
  const acknowledgements: ReadinessData['acknowledgements'] = [];
  const policyIds = new Map<string, string>();
  const pages = keysetPages(
    (after: { person: string; policy: string; version: number } | undefined) =>
      ctx.db
        .selectFrom('acknowledgements')
        .select(['person_id', 'policy_id', 'version', 'acknowledged_at'])
        .$if(after !== undefined, (q) => q.where((eb) => eb(eb.refTuple('person_id', 'policy_id', 'version'), '>', eb.tuple(after!.person, after!.policy, after!.version))))
        .orderBy('person_id')
        .orderBy('policy_id')
        .orderBy('version')
        .limit(ACKNOWLEDGEMENT_PAGE)
        .execute(),
    (row) => ({ person: row.person_id, policy: row.policy_id, version: row.version }),
    ACKNOWLEDGEMENT_PAGE,
  );
  for await (const page of pages) {
    for (const row of page) {
      const policyId = policyIds.get(row.policy_id) ?? policyIds.set(row.policy_id, row.policy_id).get(row.policy_id)!;
      acknowledgements.push({ personId: row.person_id, policyId, version: row.version, acknowledgedAt: row.acknowledged_at });
    }
  }
  return acknowledgements;
}
