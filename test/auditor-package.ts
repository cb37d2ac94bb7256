/**
 * Brightline's second quarter of 2026, for the auditor package's tests: what happened in the
 * window (April to June) and, around it, what an export of the window must leave out.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { importAccounts } from '../src/accounts/import-accounts.ts';
import { addAsset } from '../src/assets/add-asset.ts';
import { assignAsset } from '../src/assets/assign-asset.ts';
import type { Context } from '../src/context.ts';
import { type Checklist } from '../src/people/checklist.ts';
import { isAcknowledgementItem } from '../src/people/checklist-template.ts';
import { addPerson } from '../src/people/add-person.ts';
import { completeItem } from '../src/people/complete-item.ts';
import { startOnboarding } from '../src/people/start-onboarding.ts';
import { acknowledgePolicy } from '../src/policies/acknowledge-policy.ts';
import { loadPolicy } from '../src/policies/policy.ts';
import { reviewPolicy } from '../src/policies/review-policy.ts';
import { closeReview } from '../src/reviews/close-review.ts';
import { decideAccounts } from '../src/reviews/decide-accounts.ts';
import { recordException, signOffSystem } from '../src/reviews/finish-system.ts';
import { startReview } from '../src/reviews/start-review.ts';
import { addSystem } from '../src/systems/add-system.ts';
import { updateWorkspace } from '../src/workspace/update-workspace.ts';
import { crmAfter, crmBefore } from './access-review.ts';
import { textFile } from './account-files.ts';
import type { manualClock, Workspace } from './engines.ts';
import { addUser } from './identity.ts';
import { offboardCompletely } from './people.ts';
import { publishTemplate, republish } from './policies.ts';
import { unzip } from './unzip.ts';

export const WINDOW = { from: '2026-04-01', to: '2026-06-30' };
/** When the package is made: two weeks after the window. */
export const EXPORTED_AT = '2026-07-15T14:00:00Z';

/** Every item of an onboarding done, with the proof each asks for; the acknowledgement items complete themselves. */
async function onboardCompletely(ctx: Context, checklist: Checklist): Promise<void> {
  for (const item of checklist.items) {
    if (isAcknowledgementItem(item.key)) continue;
    await completeItem(ctx, {
      checklistId: checklist.id,
      key: item.key,
      link: item.proof === 'link' ? `https://checks.example/report/${checklist.person.id}` : undefined,
      file: item.proof === 'file' ? { name: `${item.key}.pdf`, bytes: Buffer.from(`%PDF-1.4 ${item.key} signed by ${checklist.person.name}`) } : undefined,
    });
  }
}

async function acknowledgeEverything(ctx: Context, email: string, policies: string[]): Promise<void> {
  for (const id of policies) {
    const { policy } = await loadPolicy(ctx, id);
    await acknowledgePolicy(ctx, { personId: email, policyId: id, version: policy.published!.version, sha256: policy.published!.sha256, via: 'session' });
  }
}

/**
 * In the window: Bo joins on 4 May, onboarded in full with a signed NDA attached, acknowledges the
 * policies, and is handed the laptop added in January; Di starts on 1 June with no onboarding; Lee
 * leaves on 15 May, offboarded the same day; Cy's contract ends on 10 June with no offboarding; the
 * acceptable use policy gets a second version; the information security policy's yearly review is
 * done early; the CRM's Q2 access review runs from its list before to its list after and its
 * sign-off. Around it: Ann joined in March, Eve joins in July, Flo leaves in July, and the first
 * versions were approved in January.
 */
export async function brightlineSecondQuarter(workspace: Workspace, clock: ReturnType<typeof manualClock>): Promise<void> {
  const cli = workspace.context({ type: 'cli', id: 'test@localhost' });
  const as = (email: string) => workspace.context({ type: 'user', id: email });
  const policies = ['information-security', 'acceptable-use', 'security-orientation'];

  clock.set('2026-01-05T14:00:00Z');
  await updateWorkspace(cli, { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
  await addUser(workspace, 'admin', { email: 'sam@brightline.example' });
  await addUser(workspace, 'reviewer', { email: 'dana@brightline.example' });
  for (const [name, email] of [['Maya Chen', 'maya@brightline.example'], ['Lee Park', 'lee@brightline.example'], ['Dana Whitfield', 'dana@brightline.example'], ['Sam Okafor', 'sam@brightline.example'], ['Flo Reyes', 'flo@brightline.example']] as const) {
    await addPerson(cli, { name, email, kind: 'employee', startOn: '2025-01-06' });
  }
  await addPerson(cli, { name: 'Cy Rowe', email: 'cy@rowe-consulting.example', kind: 'contractor', startOn: '2026-01-12', endOn: '2026-06-10' });
  await addSystem(cli, { name: 'Acme CRM', category: 'customer-facing-admin', owner: 'dana@brightline.example', classification: 'confidential' });
  await addAsset(cli, { kind: 'laptop', tag: 'BL-0042', description: 'MacBook Air 13' });
  let acceptableUse = await publishTemplate(as('maya@brightline.example'), 'acceptable-use');
  await publishTemplate(as('maya@brightline.example'), 'information-security');
  await publishTemplate(as('maya@brightline.example'), 'security-orientation');
  clock.set('2026-01-06T15:00:00Z');
  await acknowledgeEverything(cli, 'maya@brightline.example', policies);

  clock.set('2026-02-25T15:00:00Z');
  await addPerson(cli, { name: 'Ann Ito', email: 'ann@brightline.example', kind: 'employee', startOn: '2026-03-02' });
  await onboardCompletely(cli, await startOnboarding(cli, { person: 'ann@brightline.example' }));

  clock.set('2026-04-27T14:00:00Z');
  await addPerson(cli, { name: 'Bo Lindqvist', email: 'bo@brightline.example', kind: 'employee', startOn: '2026-05-04', manager: 'maya@brightline.example' });
  const bo = await startOnboarding(cli, { person: 'bo@brightline.example' });
  clock.set('2026-04-29T14:00:00Z');
  await onboardCompletely(cli, bo);
  await acknowledgeEverything(cli, 'bo@brightline.example', policies);
  clock.set('2026-05-04T13:00:00Z');
  await assignAsset(cli, { tag: 'BL-0042', person: 'bo@brightline.example' });

  clock.set('2026-05-10T14:00:00Z');
  acceptableUse = await republish(as('maya@brightline.example'), acceptableUse, 'Company laptops are encrypted and locked after five minutes.', true);
  clock.set('2026-05-11T14:00:00Z');
  await acknowledgeEverything(cli, 'bo@brightline.example', ['acceptable-use']);

  clock.set('2026-05-15T20:00:00Z');
  await offboardCompletely(cli, 'lee@brightline.example', '2026-05-15T21:00:00Z');
  clock.set('2026-05-20T14:00:00Z');
  await addPerson(cli, { name: 'Di Moss', email: 'di@brightline.example', kind: 'employee', startOn: '2026-06-01' });
  clock.set('2026-06-01T14:00:00Z');
  await reviewPolicy(as('maya@brightline.example'), { policyId: 'information-security', changed: false, note: 'still true' });

  clock.set('2026-06-20T14:00:00Z');
  await importAccounts(cli, { systemId: 'acme-crm', files: [textFile('crm.csv', crmBefore('2026-06-20'))] });
  const review = await startReview(as('maya@brightline.example'), { systems: ['acme-crm'] });
  const decide = (who: string, ids: string[], decision: 'keep' | 'revoke' | 'change', reason: string) =>
    decideAccounts(as(who), { reviewId: review.id, systemId: 'acme-crm', decision, reason, accounts: { ids } });
  await decide('dana@brightline.example', ['u-1'], 'keep', 'founder; admin by role');
  await decide('dana@brightline.example', ['u-2'], 'revoke', 'left on 15 May');
  await decide('dana@brightline.example', ['u-3'], 'revoke', 'contract ended');
  await decide('dana@brightline.example', ['u-5'], 'keep', 'admin of the CRM');
  await decide('sam@brightline.example', ['u-4'], 'change', 'make read-only');
  clock.set('2026-06-22T14:00:00Z');
  await importAccounts(cli, { systemId: 'acme-crm', files: [textFile('crm-after.csv', crmAfter('2026-06-20'))] });
  await recordException(as('dana@brightline.example'), { reviewId: review.id, systemId: 'acme-crm', externalId: 'u-2', reason: 'the CRM vendor removes it on 3 July; ticket 4411' });
  await signOffSystem(as('dana@brightline.example'), { reviewId: review.id, systemId: 'acme-crm' });
  await closeReview(as('maya@brightline.example'), { reviewId: review.id });

  clock.set('2026-07-02T14:00:00Z');
  await addPerson(cli, { name: 'Eve Sandoval', email: 'eve@brightline.example', kind: 'employee', startOn: '2026-07-06' });
  await startOnboarding(cli, { person: 'eve@brightline.example' });
  clock.set('2026-07-03T20:00:00Z');
  await offboardCompletely(cli, 'flo@brightline.example', '2026-07-03T21:00:00Z');
  clock.set(EXPORTED_AT);
}

/** A new folder holding the package unpacked; returns the folder. */
export async function unpacked(zip: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'groundwork-package-'));
  await unzip(zip, dir);
  return dir;
}

/** `node verify.mjs` run inside an unpacked package, as an auditor runs it. */
export async function runVerifier(dir: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['verify.mjs'], { cwd: dir });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}
