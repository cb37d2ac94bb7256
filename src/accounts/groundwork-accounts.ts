import { stringify } from 'csv-stringify/sync';
import type { Context } from '../context.ts';
import { GROUNDWORK_SYSTEM_ID } from '../systems/groundwork-system.ts';
import { importAccounts } from './import-accounts.ts';
import { plainCsvColumns } from './formats/plain-csv-columns.ts';
import type { AccountSnapshot } from './snapshot.ts';
import { textSource } from './source-file.ts';

/**
 * Groundwork's own users as the account list of the Groundwork system: taken from its tables the
 * way a connector takes a list from an API, written as the plain CSV and imported like any other,
 * so its review works the same way. Last activity is the latest session or API token use.
 */
export async function importGroundworkUsers(ctx: Context): Promise<AccountSnapshot> {
  const [users, sessions, tokens] = await Promise.all([
    ctx.db.selectFrom('users').selectAll().orderBy('email').execute(),
    ctx.db.selectFrom('sessions').select(['user_id']).select((eb) => eb.fn.max('last_seen_at').as('at')).groupBy('user_id').execute(),
    ctx.db.selectFrom('api_tokens').select(['user_id']).select((eb) => eb.fn.max('last_used_at').as('at')).groupBy('user_id').execute(),
  ]);
  const latest = (id: string) => [sessions.find((s) => s.user_id === id)?.at, tokens.find((t) => t.user_id === id)?.at].filter((at): at is string => !!at).sort().at(-1) ?? '';
  const rows = users.map((user) => ({
    external_id: user.id,
    email: user.email,
    user_name: user.email,
    display_name: user.name,
    roles: user.role,
    privileged: user.role === 'owner' || user.role === 'admin',
    mfa: user.totp_enrolled_at !== null,
    last_activity: latest(user.id),
    created: user.created_at,
    status: user.deactivated_at ? 'deprovisioned' : user.activated_at ? 'active' : 'invited',
    kind: user.role === 'auditor' ? 'guest' : 'human',
    credential_rotated: '',
  }));
  const csv = stringify(rows, { header: true, columns: plainCsvColumns.map((c) => c.header), cast: { boolean: String } });
  return importAccounts(ctx, { systemId: GROUNDWORK_SYSTEM_ID, files: [textSource('groundwork-users.csv', csv)], format: 'plain-csv', via: 'Groundwork users' });
}
