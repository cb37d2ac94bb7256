import type { Context } from '../context.ts';
import { type AccountSnapshot, snapshotFrom } from '../accounts/snapshot.ts';

interface AccessState {
  status: string;
  roles: string[];
  privileged: boolean;
}

/** A revocation or change, and whether the list taken after it shows it done. */
export interface RemediationItem {
  externalId: string;
  decision: 'revoke' | 'change';
  reason: string | null;
  decidedBy: string;
  decidedAt: string;
  before: AccessState;
  /** null: the account is not on the after list (or there is no after list yet). */
  after: AccessState | null;
  /** confirmed by the after list; excepted: not confirmed, accepted with a reason; open: neither. */
  state: 'confirmed' | 'excepted' | 'open';
  exception: { reason: string; by: string; at: string } | null;
}

export interface Remediation {
  after: AccountSnapshot | null;
  items: RemediationItem[];
}

/** How many revocations and changes are confirmed, excepted and still open. */
export function remediationCounts(items: RemediationItem[]): Record<RemediationItem['state'], number> {
  const counts = { confirmed: 0, excepted: 0, open: 0 };
  for (const item of items) counts[item.state]++;
  return counts;
}

/**
 * What the after list says of a system's revocations and changes. The after list is the newest
 * snapshot imported after the system's last decision, once every account is decided: a revoked
 * account is gone, suspended or deprovisioned on it; a changed one is there with other roles or
 * privileges.
 */
export async function remediationOf(ctx: Pick<Context, 'db'>, input: { reviewId: string; systemId: string; allDecided: boolean }): Promise<Remediation> {
  const { reviewId, systemId } = input;
  let after: AccountSnapshot | null = null;
  if (input.allDecided) {
    const last = await ctx.db
      .selectFrom('access_review_items')
      .select((eb) => eb.fn.max('decided_at').as('at'))
      .where('review_id', '=', reviewId)
      .where('system_id', '=', systemId)
      .executeTakeFirst();
    if (last?.at) {
      const row = await ctx.db
        .selectFrom('account_snapshots')
        .selectAll()
        .where('system_id', '=', systemId)
        .where('imported_at', '>', last.at as string)
        .orderBy('number', 'desc')
        .limit(1)
        .executeTakeFirst();
      after = row ? snapshotFrom(row) : null;
    }
  }
  const rows = await ctx.db
    .selectFrom('access_review_items as i')
    .innerJoin('access_review_systems as rs', (join) => join.onRef('rs.review_id', '=', 'i.review_id').onRef('rs.system_id', '=', 'i.system_id'))
    .innerJoin('accounts as b', (join) => join.onRef('b.snapshot_id', '=', 'rs.before_snapshot_id').onRef('b.external_id', '=', 'i.external_id'))
    .leftJoin('accounts as a', (join) => join.on('a.snapshot_id', '=', after?.id ?? '').onRef('a.external_id', '=', 'i.external_id'))
    .select([
      'i.external_id',
      'i.decision',
      'i.reason',
      'i.decided_by',
      'i.decided_at',
      'i.exception_reason',
      'i.exception_by',
      'i.exception_at',
      'b.status as before_status',
      'b.roles as before_roles',
      'b.privileged as before_privileged',
      'a.status as after_status',
      'a.roles as after_roles',
      'a.privileged as after_privileged',
    ])
    .where('i.review_id', '=', reviewId)
    .where('i.system_id', '=', systemId)
    .where('i.decision', 'in', ['revoke', 'change'])
    .orderBy('i.external_id')
    .execute();
  const items = rows.map((row): RemediationItem => {
    const before = { status: row.before_status, roles: JSON.parse(row.before_roles) as string[], privileged: row.before_privileged === 1 };
    const afterState = row.after_status === null ? null : { status: row.after_status, roles: JSON.parse(row.after_roles!) as string[], privileged: row.after_privileged === 1 };
    const decision = row.decision as 'revoke' | 'change';
    const confirmed =
      after !== null &&
      (decision === 'revoke'
        ? afterState === null || afterState.status === 'suspended' || afterState.status === 'deprovisioned'
        : afterState !== null && (afterState.privileged !== before.privileged || JSON.stringify([...afterState.roles].sort()) !== JSON.stringify([...before.roles].sort())));
    const exception = row.exception_reason ? { reason: row.exception_reason, by: row.exception_by!, at: row.exception_at! } : null;
    return {
      externalId: row.external_id,
      decision,
      reason: row.reason,
      decidedBy: row.decided_by!,
      decidedAt: row.decided_at!,
      before,
      after: afterState,
      state: confirmed ? 'confirmed' : exception ? 'excepted' : 'open',
      exception,
    };
  });
  return { after, items };
}
