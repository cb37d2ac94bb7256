import { actorRef, type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { loadPerson } from '../people/person.ts';
import { loadSystem } from '../systems/system.ts';
import { latestSnapshot } from './snapshot.ts';

/**
 * Says whose an account is when its email does not: "deploy-bot is Sam's", "mchen is Maya". The
 * mapping is remembered for the system's later imports, and wins over the email. `person: null`
 * forgets it.
 */
export async function mapAccount(ctx: Context, input: { systemId: string; externalId: string; person: string | null }): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const system = await loadSystem(tx, input.systemId);
    const snapshot = await latestSnapshot(tx, system.id);
    const account = snapshot && (await tx.db.selectFrom('accounts').select('external_id').where('snapshot_id', '=', snapshot.id).where('external_id', '=', input.externalId).executeTakeFirst());
    if (!account) throw new AppError('not_found', `${system.name}'s list in force has no account with the id "${input.externalId}"`, 'externalId');
    const before = await tx.db.selectFrom('account_mappings').select('person_id').where('system_id', '=', system.id).where('external_id', '=', input.externalId).executeTakeFirst();
    const subject = { type: 'system', id: system.id };
    if (input.person === null) {
      if (!before) throw new AppError('conflict', `the account ${input.externalId} has no mapping to forget`, 'externalId');
      await tx.db.deleteFrom('account_mappings').where('system_id', '=', system.id).where('external_id', '=', input.externalId).execute();
      await appendEvent(tx, { action: 'accounts.mapping.removed', subject, data: { externalId: input.externalId, person: before.person_id } });
      return;
    }
    const person = await loadPerson(tx, input.person);
    const row = { person_id: person.id, mapped_at: tx.now().toISOString(), mapped_by: actorRef(tx.actor) };
    await tx.db
      .insertInto('account_mappings')
      .values({ system_id: system.id, external_id: input.externalId, ...row })
      .onConflict((oc) => oc.columns(['system_id', 'external_id']).doUpdateSet(row))
      .execute();
    await appendEvent(tx, { action: 'accounts.mapping.set', subject, data: { externalId: input.externalId, person: person.id, email: person.email, before: before?.person_id ?? null } });
  });
}
