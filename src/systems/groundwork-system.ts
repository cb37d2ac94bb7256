import { type Context, inTransaction } from '../context.ts';
import { insertSystem } from './add-system.ts';
import { checkedSystem } from './system-input.ts';
import { findSystem, type System } from './system.ts';

export const GROUNDWORK_SYSTEM_ID = 'groundwork';

/**
 * Groundwork is a system of the inventory too: it holds the evidence, the directory and who may
 * see them, and its users are its accounts. Added when the workspace is set up (the first owner
 * accepts the setup link) and by the demo, with the sign-in settings of that moment; does nothing
 * when it is already there. Owned by the role "owner": whoever holds it answers for Groundwork.
 */
export async function ensureGroundworkSystem(ctx: Context): Promise<System> {
  return inTransaction(ctx, async (tx) => {
    const existing = await findSystem(tx, GROUNDWORK_SYSTEM_ID);
    if (existing) return existing;
    const settings = await tx.db.selectFrom('workspace').select(['mfa_required_for_all', 'session_idle_minutes', 'sso_only', 'sso_issuer']).where('id', '=', 1).executeTakeFirstOrThrow();
    return insertSystem(
      tx,
      checkedSystem({
        name: 'Groundwork',
        // Compliance evidence fits none of the named categories; it is not customer-facing.
        category: 'other',
        owner: 'owner',
        classification: 'confidential',
        inScope: true,
        ssoEnforced: settings.sso_only === 1 && settings.sso_issuer !== null,
        mfaEnforced: settings.mfa_required_for_all === 1,
        sessionTimeoutMinutes: settings.session_idle_minutes,
        defaultRole: 'member',
      }),
    );
  });
}
