import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { type Account, listAccounts } from './list-accounts.ts';

/** One account of a system's list in force, with its person and flags as they stand now. */
export async function accountInForce(ctx: Pick<Context, 'db' | 'now'>, systemId: string, externalId: string): Promise<Account> {
  const { snapshot, accounts } = await listAccounts(ctx, { systemId, search: externalId });
  const account = accounts.find((a) => a.externalId === externalId);
  if (!account) throw new AppError('not_found', `${snapshot.systemId}'s list in force has no account with the id "${externalId}"`, 'externalId');
  return account;
}
