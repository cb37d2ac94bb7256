import type { Insertable, Selectable } from 'kysely';
import type { AccountTable } from '../db/schema.ts';
import type { AccountKind, AccountRecord, AccountStatus } from './account-record.ts';

/** An account as a snapshot stores it, one row per account. */
export function accountRow(snapshotId: string, account: AccountRecord): Insertable<AccountTable> {
  return {
    snapshot_id: snapshotId,
    external_id: account.externalId,
    email: account.email,
    user_name: account.userName,
    display_name: account.displayName,
    roles: JSON.stringify(account.roles),
    privileged: account.privileged ? 1 : 0,
    privilege_reason: account.privilegeReason,
    mfa: account.mfa === null ? null : account.mfa ? 1 : 0,
    last_activity_at: account.lastActivityAt,
    last_activity_known: account.lastActivityKnown ? 1 : 0,
    created_at: account.createdAt,
    status: account.status,
    kind: account.kind,
    credential_rotated_at: account.credentialRotatedAt,
    oauth_grants: account.oauthGrants,
    source_file: account.source.file,
    source_line: account.source.line,
  };
}

export function accountFromRow(row: Selectable<AccountTable>): AccountRecord {
  return {
    externalId: row.external_id,
    email: row.email,
    userName: row.user_name,
    displayName: row.display_name,
    roles: JSON.parse(row.roles) as string[],
    privileged: row.privileged === 1,
    privilegeReason: row.privilege_reason,
    mfa: row.mfa === null ? null : row.mfa === 1,
    lastActivityAt: row.last_activity_at,
    lastActivityKnown: row.last_activity_known === 1,
    createdAt: row.created_at,
    status: row.status as AccountStatus,
    kind: row.kind as AccountKind,
    credentialRotatedAt: row.credential_rotated_at,
    oauthGrants: row.oauth_grants,
    source: { file: row.source_file, line: Number(row.source_line) },
  };
}
