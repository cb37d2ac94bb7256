import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { type CheckedSystem, checkedSystem, type SystemInput, systemId } from './system-input.ts';
import { syncReviewObligation } from '../reviews/review-obligation.ts';
import { listSystems, loadSystem, type System } from './system.ts';

/**
 * Changes a system's details and records each change, before and after. The id stays when the
 * name changes: evidence and obligations refer to it. A retired system does not change.
 */
export async function updateSystem(ctx: Context, id: string, changes: Partial<SystemInput>): Promise<System> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadSystem(tx, id);
    if (before.retiredAt) throw new AppError('conflict', `${before.name} was retired on ${before.retiredAt.slice(0, 10)}: a retired system does not change`, 'id');
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const was = checkedSystem(before);
    const next = checkedSystem({ ...was, ...given });
    const changed = (Object.keys(next) as (keyof CheckedSystem)[]).filter((key) => next[key] !== was[key]);
    if (changed.length === 0) return before;
    if (changed.includes('name')) {
      const same = (await listSystems(tx)).find((s) => s.id !== before.id && systemId(s.name) === systemId(next.name));
      if (same) throw new AppError('conflict', `"${next.name}" is too close to ${same.name} (${same.id}), already in the inventory`, 'name');
    }
    await tx.db
      .updateTable('systems')
      .set({
        name: next.name,
        category: next.category,
        owner: next.owner,
        classification: next.classification,
        in_scope: next.inScope ? 1 : 0,
        sso_enforced: next.ssoEnforced ? 1 : 0,
        mfa_enforced: next.mfaEnforced ? 1 : 0,
        session_timeout_minutes: next.sessionTimeoutMinutes,
        default_role: next.defaultRole,
      })
      .where('id', '=', before.id)
      .execute();
    await appendEvent(tx, {
      action: 'systems.system.changed',
      subject: { type: 'system', id: before.id },
      data: { changes: Object.fromEntries(changed.map((key) => [key, { from: was[key], to: next[key] }])) },
    });
    const after = await loadSystem(tx, before.id);
    if (changed.includes('inScope')) await syncReviewObligation(tx, after);
    return after;
  });
}
