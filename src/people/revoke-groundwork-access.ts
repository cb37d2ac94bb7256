import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { deactivateUser } from '../identity/manage-users.ts';
import { findUserRow } from '../identity/user.ts';
import type { Completer } from './complete-item.ts';
import { loadPerson } from './person.ts';

/**
 * Groundwork is one of the systems an offboarding revokes, and the only one it can check itself:
 * "revoked" deactivates the person's Groundwork user (sessions end, tokens are revoked) in the
 * same transaction, and "no account" is refused while one is active.
 */
export async function revokeGroundworkAccess(tx: Context, personId: string, outcome: string, by: Completer | undefined): Promise<void> {
  const person = await loadPerson(tx, personId);
  const users = [];
  for (const email of [person.email, ...person.aliases]) {
    const row = await findUserRow(tx, { email });
    if (row && !row.deactivated_at) users.push(row);
  }
  if (outcome === 'no-account') {
    if (users.length > 0) throw new AppError('conflict', `${person.name} has an active Groundwork user (${users.map((u) => u.email).join(', ')}): answer "revoked" to deactivate it`, 'outcome');
    return;
  }
  if (users.length === 0) throw new AppError('conflict', `${person.name} has no active Groundwork user: answer "no-account"`, 'outcome');
  const manager = by ? { id: (await findUserRow(tx, { email: by.email }))?.id ?? '', role: by.role } : undefined;
  for (const user of users) await deactivateUser(tx, manager, user.id);
}
