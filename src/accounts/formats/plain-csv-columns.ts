export interface PlainCsvColumn {
  /** The header as the file writes it, matched ignoring case, spaces and hyphens ("External ID" is external_id). */
  header: string;
  required: 'yes' | 'no' | 'unless user_name is given' | 'unless email is given';
  description: string;
}

/**
 * The columns of the plain CSV accepted for any system that has no export format of its own.
 * The README and the import page show this table; a column not in it is refused.
 */
export const plainCsvColumns: PlainCsvColumn[] = [
  { header: 'external_id', required: 'yes', description: "the system's own id for the account; each account once" },
  { header: 'email', required: 'unless user_name is given', description: 'the email address of the account' },
  { header: 'user_name', required: 'unless email is given', description: 'the login or user name shown in the system' },
  { header: 'display_name', required: 'no', description: 'the name shown in the system' },
  { header: 'roles', required: 'no', description: 'roles or permission names, separated by ;' },
  { header: 'privileged', required: 'no', description: 'true for an admin, owner, root or billing account; false or blank otherwise' },
  { header: 'mfa', required: 'no', description: 'true or false; blank when the system does not say' },
  { header: 'last_activity', required: 'no', description: 'last sign-in or use, as 2026-06-30T14:00:00Z or 2026-06-30; blank: never used. Leave the column out when the system does not record activity' },
  { header: 'created', required: 'no', description: 'when the account was created, as 2026-06-30T14:00:00Z or 2026-06-30' },
  { header: 'status', required: 'no', description: 'active, suspended, deprovisioned or invited; blank: active' },
  { header: 'kind', required: 'no', description: 'human, service, bot, shared or guest; blank: human' },
  { header: 'credential_rotated', required: 'no', description: 'when the oldest password, key or token of the account was last changed, as 2026-06-30T14:00:00Z or 2026-06-30' },
];

/** Headers compare this way: "External ID", "external-id" and "EXTERNAL_ID" are external_id. */
export function plainCsvColumnOf(header: string): string | undefined {
  const name = header.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return plainCsvColumns.some((c) => c.header === name) ? name : undefined;
}
