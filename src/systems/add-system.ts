import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { type CheckedSystem, checkedSystem, type SystemInput, systemId } from './system-input.ts';
import { syncReviewObligation } from '../reviews/review-obligation.ts';
import { findSystem, loadSystem, type System } from './system.ts';

/** Adds a checked system under the slug of its name, inside the caller's transaction. */
export async function insertSystem(tx: Context, system: CheckedSystem): Promise<System> {
  const id = systemId(system.name);
  const taken = await findSystem(tx, id);
  if (taken) {
    const retired = taken.retiredAt ? `, retired on ${taken.retiredAt.slice(0, 10)}` : '';
    throw new AppError('conflict', `the id "${id}" is already ${taken.name}${retired}; choose another name`, 'name');
  }
  await tx.db
    .insertInto('systems')
    .values({
      id,
      name: system.name,
      category: system.category,
      owner: system.owner,
      classification: system.classification,
      in_scope: system.inScope ? 1 : 0,
      sso_enforced: system.ssoEnforced ? 1 : 0,
      mfa_enforced: system.mfaEnforced ? 1 : 0,
      session_timeout_minutes: system.sessionTimeoutMinutes,
      default_role: system.defaultRole,
      created_at: tx.now().toISOString(),
      retired_at: null,
      accounts_from: 'import',
    })
    .execute();
  await appendEvent(tx, { action: 'systems.system.added', subject: { type: 'system', id }, data: { ...system } });
  const added = await loadSystem(tx, id);
  await syncReviewObligation(tx, added);
  return added;
}

/** Adds a system to the inventory; its id is the slug of its name ("Google Workspace" → "google-workspace"). */
export async function addSystem(ctx: Context, input: SystemInput): Promise<System> {
  const system = checkedSystem(input);
  return inTransaction(ctx, (tx) => insertSystem(tx, system));
}
