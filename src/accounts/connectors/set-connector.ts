import type { KeyObject } from 'node:crypto';
import { actorRef, type Context, inTransaction } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { appendEvent } from '../../evidence/append-event.ts';
import { GROUNDWORK_SYSTEM_ID } from '../../systems/groundwork-system.ts';
import { loadSystem, type System } from '../../systems/system.ts';
import { type Connector, findConnector, loadConnector } from './connector.ts';
import { checkedConnector, type ConnectorInput } from './connector-settings.ts';
import { sealSecret } from './secret-key.ts';

/**
 * Sets how a system's accounts are pulled: the connector's kind, its settings and its credential,
 * sealed under `secretKey` and bound to the system. It replaces any connector the system had, and
 * from now on the system's accounts come from it. The evidence names the settings, never the credential.
 */
export async function setConnector(ctx: Context, secretKey: KeyObject, input: ConnectorInput): Promise<Connector> {
  const checked = checkedConnector(input);
  return inTransaction(ctx, async (tx) => {
    const system = await connectable(tx, input.systemId);
    const row = {
      kind: checked.kind,
      settings: JSON.stringify(checked.settings),
      credential: sealSecret(secretKey, checked.credential, system.id),
      updated_at: tx.now().toISOString(),
      updated_by: actorRef(tx.actor),
    };
    await tx.db
      .insertInto('connectors')
      .values({ system_id: system.id, ...row })
      .onConflict((oc) => oc.column('system_id').doUpdateSet(row))
      .execute();
    await tx.db.updateTable('systems').set({ accounts_from: checked.kind }).where('id', '=', system.id).execute();
    await appendEvent(tx, {
      action: 'accounts.connector.set',
      subject: { type: 'system', id: system.id },
      data: { name: system.name, kind: checked.kind, settings: { ...checked.settings }, credential: `${checked.credentialNote}, stored encrypted` },
    });
    return (await loadConnector(tx, system.id)).connector;
  });
}

/** Removes a system's connector and its credential: its accounts arrive as file imports again. */
export async function removeConnector(ctx: Context, systemId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const system = await loadSystem(tx, systemId);
    const connector = await findConnector(tx, system.id);
    if (!connector) throw new AppError('not_found', `${system.name} has no connector: its accounts arrive as file imports`, 'id');
    await tx.db.deleteFrom('connectors').where('system_id', '=', system.id).execute();
    await tx.db.updateTable('systems').set({ accounts_from: 'import' }).where('id', '=', system.id).execute();
    await appendEvent(tx, { action: 'accounts.connector.removed', subject: { type: 'system', id: system.id }, data: { name: system.name, kind: connector.kind } });
  });
}

/** A system whose accounts a connector may pull: in use, and not Groundwork, whose accounts are its own users. */
async function connectable(ctx: Context, systemId: string): Promise<System> {
  const system = await loadSystem(ctx, systemId);
  if (system.retiredAt) throw new AppError('conflict', `${system.name} was retired on ${system.retiredAt.slice(0, 10)}; its accounts are no longer reviewed`, 'id');
  if (system.id === GROUNDWORK_SYSTEM_ID) throw new AppError('conflict', "Groundwork's accounts are its own users: they need no connector", 'id');
  return system;
}
