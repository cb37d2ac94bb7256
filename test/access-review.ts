/** Brightline's CRM before and after its quarterly access review, for the review's HTTP and CLI tests. */
import { importAccounts } from '../src/accounts/import-accounts.ts';
import type { Workspace } from '../src/open-workspace.ts';
import { addPerson } from '../src/people/add-person.ts';
import { addSystem } from '../src/systems/add-system.ts';
import { textFile } from './account-files.ts';

const header = 'external_id,email,user_name,display_name,roles,privileged,mfa,last_activity,created,status,kind,credential_rotated';

const daysBefore = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The CRM's users when the review starts on `day` (YYYY-MM-DD): Dana, its owner, has an admin account
 * of her own; u-3 is a dormant contractor nobody knows; u-6 is already gone. Activity is dated from
 * `day`, so the flags are the same whenever the test runs.
 */
export function crmBefore(day: string): string {
  return [
    header,
    `u-1,maya@brightline.example,maya,Maya Chen,Owner,true,true,${daysBefore(day, 1)},2025-01-06,active,human,`,
    `u-2,lee@brightline.example,lee,Lee Park,Member,false,true,${daysBefore(day, 1)},2025-01-06,active,human,`,
    `u-3,old@contractor.example,old,Old Contractor,Member,false,false,${daysBefore(day, 214)},2025-01-06,active,human,`,
    `u-4,dana@brightline.example,dana,Dana Whitfield,Admin,true,true,${daysBefore(day, 2)},2025-01-06,active,human,`,
    `u-5,sam@brightline.example,sam,Sam Okafor,Admin,true,true,${daysBefore(day, 2)},2025-01-06,active,human,`,
    `u-6,gone@brightline.example,gone,Gone Already,Member,false,true,${daysBefore(day, 334)},2025-01-06,deprovisioned,human,`,
  ].join('\n');
}

/** After remediation: the contractor is gone; Lee's change never happened; Dana is read-only. */
export function crmAfter(day: string): string {
  return crmBefore(day)
    .replace(/\nu-3,[^\n]*/, '')
    .replace('u-4,dana@brightline.example,dana,Dana Whitfield,Admin,true', 'u-4,dana@brightline.example,dana,Dana Whitfield,Viewer,false');
}

/** The people of the directory, the Acme CRM system owned by Dana, and its before list of `day` imported. */
export async function crmReadyForReview(workspace: Workspace, day: string): Promise<void> {
  const ctx = workspace.context({ type: 'cli', id: 'test@localhost' });
  for (const [name, email] of [['Maya Chen', 'maya@brightline.example'], ['Lee Park', 'lee@brightline.example'], ['Dana Whitfield', 'dana@brightline.example'], ['Sam Okafor', 'sam@brightline.example']] as const) {
    await addPerson(ctx, { name, email, kind: 'employee', startOn: '2025-01-06' });
  }
  await addSystem(ctx, { name: 'Acme CRM', category: 'customer-facing-admin', owner: 'dana@brightline.example', classification: 'confidential' });
  await importAccounts(ctx, { systemId: 'acme-crm', files: [textFile('crm.csv', crmBefore(day))] });
}

/** The list taken after remediation, imported as the CRM's next snapshot. */
export async function importCrmAfter(workspace: Workspace, day: string): Promise<void> {
  await importAccounts(workspace.context({ type: 'cli', id: 'test@localhost' }), { systemId: 'acme-crm', files: [textFile('crm-after.csv', crmAfter(day))] });
}
