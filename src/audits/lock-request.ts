import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';

/**
 * Locks one request for the rest of the transaction (a row lock on PostgreSQL; SQLite's
 * transactions hold the database) so that two answers at once never take the same link number.
 * Resolves to the highest link number it has so far, 0 for none.
 */
export async function lockRequest(tx: Context, requestId: string): Promise<number> {
  const locked = await tx.db.updateTable('audit_requests').set((eb) => ({ due_on: eb.ref('due_on') })).where('id', '=', requestId).returning('id').executeTakeFirst();
  if (!locked) throw new AppError('not_found', `no audit request has the id "${requestId}"`, 'request');
  const last = await tx.db.selectFrom('audit_request_links').select((eb) => eb.fn.max('number').as('n')).where('request_id', '=', requestId).executeTakeFirstOrThrow();
  return Number(last.n ?? 0);
}
