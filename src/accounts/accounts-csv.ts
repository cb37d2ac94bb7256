import { stringify } from 'csv-stringify/sync';
import type { Account } from './list-accounts.ts';
import { spreadsheetCell } from '../csv/spreadsheet-cell.ts';

const columns: [string, (account: Account) => string | number | null][] = [
  ['external_id', (a) => a.externalId],
  ['email', (a) => a.email],
  ['user_name', (a) => a.userName],
  ['display_name', (a) => a.displayName],
  ['roles', (a) => a.roles.join(';')],
  ['privileged', (a) => String(a.privileged)],
  ['mfa', (a) => (a.mfa === null ? null : String(a.mfa))],
  ['last_activity', (a) => a.lastActivityAt],
  ['created', (a) => a.createdAt],
  ['status', (a) => a.status],
  ['kind', (a) => a.kind],
  ['credential_rotated', (a) => a.credentialRotatedAt],
  ['oauth_grants', (a) => a.oauthGrants],
  ['person', (a) => a.person?.name ?? null],
  ['person_email', (a) => a.person?.email ?? null],
  ['person_status', (a) => a.person?.status ?? null],
  ['matched_by', (a) => a.matchedBy],
  ['flags', (a) => a.flags.map((f) => f.id).join(';')],
  ['flag_reasons', (a) => a.flags.map((f) => `${f.id}: ${f.reason}`).join('; ')],
  ['source', (a) => `${a.source.file} line ${a.source.line}`],
];

/**
 * A snapshot's accounts, one row each, with whose they are, how they were matched, and their
 * flags: the ids joined with ";", then each flag's reason. Blank where the export does not say.
 * Written as the batches arrive: the header, then each batch's rows.
 */
export async function* accountsCsv(batches: AsyncIterable<Account[]>): AsyncIterable<string> {
  yield stringify([columns.map(([header]) => header)]);
  for await (const accounts of batches) yield stringify(accounts.map((account) => columns.map(([, value]) => spreadsheetCell(value(account)))));
}
