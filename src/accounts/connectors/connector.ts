import type { Selectable } from 'kysely';
import type { Context } from '../../context.ts';
import type { ConnectorTable } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { loadSystem } from '../../systems/system.ts';
import type { ConnectorKind, GithubSettings, GoogleWorkspaceSettings } from './connector-settings.ts';

/** How a system's accounts are pulled through its API. The credential is not part of it: only a pull opens it. */
export type Connector = { systemId: string; updatedAt: string; updatedBy: string } & (
  | { kind: 'github'; settings: GithubSettings }
  | { kind: 'google-workspace'; settings: GoogleWorkspaceSettings }
);

function connectorFrom(row: Selectable<ConnectorTable>): Connector {
  const common = { systemId: row.system_id, updatedAt: row.updated_at, updatedBy: row.updated_by };
  const kind = row.kind as ConnectorKind;
  return kind === 'github' ? { ...common, kind, settings: JSON.parse(row.settings) as GithubSettings } : { ...common, kind, settings: JSON.parse(row.settings) as GoogleWorkspaceSettings };
}

export async function findConnector(ctx: Pick<Context, 'db'>, systemId: string): Promise<Connector | undefined> {
  const row = await ctx.db.selectFrom('connectors').selectAll().where('system_id', '=', systemId).executeTakeFirst();
  return row && connectorFrom(row);
}

/** A system's connector, with its credential as stored: sealed under the workspace's secret key. */
export async function loadConnector(ctx: Pick<Context, 'db'>, systemId: string): Promise<{ connector: Connector; sealedCredential: string }> {
  const row = await ctx.db.selectFrom('connectors').selectAll().where('system_id', '=', systemId).executeTakeFirst();
  if (!row) throw new AppError('not_found', `${(await loadSystem(ctx, systemId)).name} has no connector: its accounts arrive as file imports`, 'id');
  return { connector: connectorFrom(row), sealedCredential: row.credential };
}
