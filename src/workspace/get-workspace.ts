import type { Context } from '../context.ts';

export interface WorkspaceSettings {
  name: string;
  timeZone: string;
}

export async function getWorkspace(ctx: Pick<Context, 'db'>): Promise<WorkspaceSettings> {
  const row = await ctx.db.selectFrom('workspace').select(['name', 'time_zone']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { name: row.name, timeZone: row.time_zone };
}
