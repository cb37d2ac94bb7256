import { type Context, inTransaction } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { isTimeZone } from '../time/local-date.ts';
import { getWorkspace, type WorkspaceSettings } from './get-workspace.ts';

/** Renames the workspace or sets its time zone, which decides when every local due date ends. */
export async function updateWorkspace(ctx: Context, input: Partial<WorkspaceSettings>): Promise<WorkspaceSettings> {
  const name = input.name?.trim();
  if (input.name !== undefined && !name) throw invalidInput('the workspace name is empty', 'name');
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
    throw invalidInput(`"${input.timeZone}" is not an IANA time zone such as Europe/Berlin or America/New_York`, 'timeZone');
  }
  return inTransaction(ctx, async (tx) => {
    const before = await getWorkspace(tx);
    const after = { name: name ?? before.name, timeZone: input.timeZone ?? before.timeZone };
    if (after.name === before.name && after.timeZone === before.timeZone) return before;
    await tx.db.updateTable('workspace').set({ name: after.name, time_zone: after.timeZone }).where('id', '=', 1).execute();
    await appendEvent(tx, { action: 'workspace.settings.updated', subject: { type: 'workspace', id: '1' }, data: { before, after } });
    return after;
  });
}
