/**
 * One quarterly access review in Chromium, on 1 December 2026 in Berlin. Acme CRM is owned by
 * Dana, a reviewer; Billing by "CFO", who is nobody in Groundwork. Maya, the owner, says whose
 * an orphaned account is, starts the review and names Dana for Billing too. Dana works through
 * Acme CRM: keeps the unflagged accounts at once, then with the keyboard keeps Maya's admin
 * account with a reason, revokes an orphaned contractor and removes Sam's admin; her own account
 * is left to Maya. Sign-off is refused until the list taken
 * after remediation is imported; then Dana signs off both systems, and Maya closes the review,
 * whose report says it ran on time.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { type TestContext, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { importAccounts } from '../../src/accounts/import-accounts.ts';
import { addPerson } from '../../src/people/add-person.ts';
import { addSystem } from '../../src/systems/add-system.ts';
import { updateWorkspace } from '../../src/workspace/update-workspace.ts';
import { textFile } from '../account-files.ts';
import { createTestSite, manualClock, type Workspace } from '../engines.ts';
import { addUser, directSession, type TestUser } from '../identity.ts';
import { DESKTOP, SCREENSHOTS, serveToChromium, skipWithoutChromium as skip } from './chromium.ts';

const header = 'external_id,email,user_name,display_name,roles,privileged,mfa,last_activity,created,status,kind,credential_rotated';
const before = [
  header,
  'u-1,maya@brightline.example,maya,Maya Chen,Owner,true,true,2026-11-30,2025-01-06,active,human,',
  'u-2,lee@brightline.example,lee,Lee Park,Member,false,true,2026-11-30,2025-01-06,active,human,',
  'u-3,old@contractor.example,old,Old Contractor,Member,false,false,2026-05-01,2025-01-06,active,human,',
  'u-4,dana@brightline.example,dana,Dana Whitfield,Member,false,true,2026-11-29,2025-01-06,active,human,',
  'u-5,sam@brightline.example,sam,Sam Okafor,Admin,true,true,2026-11-29,2025-01-06,active,human,',
  'u-6,mchen@chen-family.example,mchen,M. Chen,Member,false,true,2026-11-30,2025-01-06,active,human,',
].join('\n');
// After remediation: the contractor is gone and Sam is a member.
const after = before.replace(/\nu-3,[^\n]*/, '').replace('u-5,sam@brightline.example,sam,Sam Okafor,Admin,true', 'u-5,sam@brightline.example,sam,Sam Okafor,Member,false');

async function serve(t: TestContext) {
  const clock = manualClock('2026-12-01T09:00:00Z');
  const workspace = await (await createTestSite('sqlite')).open({ now: clock.now });
  const opened = [() => workspace.close()];
  t.after(async () => {
    for (const close of opened.reverse()) await close();
  });
  const root = workspace.context({ type: 'cli', id: 'root' });
  await updateWorkspace(root, { name: 'Brightline Analytics', timeZone: 'Europe/Berlin' });
  for (const [name, email] of [['Maya Chen', 'maya'], ['Lee Park', 'lee'], ['Dana Whitfield', 'dana'], ['Sam Okafor', 'sam']] as const) {
    await addPerson(root, { name, email: `${email}@brightline.example`, kind: 'employee', startOn: '2025-01-06' });
  }
  await addSystem(root, { name: 'Acme CRM', category: 'customer-facing-admin', owner: 'dana@brightline.example', classification: 'confidential', mfaEnforced: true });
  await addSystem(root, { name: 'Billing', category: 'finance', owner: 'CFO', classification: 'confidential' });
  await importAccounts(root, { systemId: 'acme-crm', files: [textFile('crm-2026-12-01.csv', before)] });
  await importAccounts(root, { systemId: 'billing', files: [textFile('billing.csv', `${header}\nb-1,lee@brightline.example,lee,Lee Park,Viewer,false,true,2026-11-30,2025-01-06,active,human,`)] });
  return { workspace, clock, ...(await serveToChromium(workspace, opened)) };
}

async function pageFor(browser: Browser, workspace: Workspace, base: string, who: TestUser, errors: string[]): Promise<Page> {
  const [name, value] = (await directSession(workspace, who)).headers.cookie.split('=') as [string, string];
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.addCookies([{ name, value, url: base }]);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

/** Waits until the review screen's current account is `externalId`. */
const currentIs = (page: Page, externalId: string) => page.locator(`[data-current-item="${externalId}"]`).waitFor();

test('a quarterly access review runs from the list before, through keyboard decisions and the list after, to a report on time', { skip }, async (t) => {
  const { workspace, clock, base, browser } = await serve(t);
  const errors: string[] = [];
  const maya = await pageFor(browser, workspace, base, await addUser(workspace, 'owner', { email: 'maya@brightline.example' }), errors);
  const dana = await pageFor(browser, workspace, base, await addUser(workspace, 'reviewer', { email: 'dana@brightline.example' }), errors);
  let reviewUrl = '';

  await t.test('the systems list shows each list in force; a system page its flagged accounts, where an orphan is said to be Maya’s', async () => {
    await maya.goto(`${base}/systems`);
    const summary = maya.locator('[data-accounts-summary="acme-crm"]');
    await summary.getByText('6 accounts').waitFor();
    assert.match(await summary.innerText(), /6 accounts\s+as of 2026-12-01/);
    await maya.getByRole('link', { name: 'Acme CRM' }).first().click();
    await maya.getByRole('heading', { name: 'Acme CRM' }).waitFor();
    const accounts = maya.getByRole('table', { name: 'Accounts' });
    await accounts.locator('tr[data-account="u-3"]').waitFor();
    assert.match(await accounts.locator('tr[data-account="u-3"]').innerText(), /Old Contractor[\s\S]*orphan[\s\S]*Member\s+No\s+2026-05-01\s+active[\s\S]*No MFA\s+Dormant\s+Orphan/i);
    await maya.getByRole('group', { name: 'Filter by flag' }).getByText(/^No MFA/).click();
    await maya.getByText('1–1 of 1 account').waitFor();
    await accounts.getByRole('button', { name: 'Show the details of u-3' }).click();
    await accounts.getByText(/Last active 2026-05-01, 214 days before the list of 2026-12-01/).waitFor();
    await maya.getByRole('group', { name: 'Filter by flag' }).getByText(/^No MFA/).click();
    await maya.getByText('1–6 of 6 accounts').waitFor();
    assert.match(await maya.getByRole('table', { name: 'Imported lists' }).innerText(), /1 \(in force\)\s+2026-12-01 10:00\s+6\s+CSV with the documented columns[\s\S]*crm-2026-12-01\.csv \(\d+ bytes\) [0-9a-f]{64}/);
    await maya.screenshot({ path: path.join(SCREENSHOTS, 'system-accounts.png') });

    await accounts.getByRole('button', { name: 'Say whose u-6 is' }).click();
    const dialog = maya.getByRole('dialog');
    await dialog.getByLabel(/^Person/).fill('Maya');
    await maya.getByRole('option', { name: 'Maya Chen <maya@brightline.example>' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await accounts.locator('tr[data-account="u-6"]').getByText('mapped by hand').waitFor();
    // Maya now has an everyday account besides her admin one.
    assert.doesNotMatch(await accounts.locator('tr[data-account="u-1"]').innerText(), /Admin as daily account/i);
  });

  await t.test('Maya starts the quarter’s review, naming Dana as Billing’s reviewer since its owner is nobody in Groundwork', async () => {
    await maya.getByLabel('Modules').getByRole('link', { name: 'Access reviews' }).click();
    await maya.getByText('No access review yet').waitFor();
    await maya.getByRole('button', { name: 'Start the quarter’s review' }).click();
    const dialog = maya.getByRole('dialog');
    await dialog.locator('[data-start-system="acme-crm"]').getByText('6 accounts, as of 2026-12-01').waitFor();
    assert.ok(await dialog.getByRole('checkbox', { name: 'Review Acme CRM' }).isChecked());
    await dialog.getByRole('button', { name: 'Start the review of 2 systems' }).waitFor();
    assert.ok(await dialog.getByRole('button', { name: 'Start the review of 2 systems' }).isDisabled(), 'Billing needs a reviewer first');
    await dialog.getByLabel('Reviewer of Billing').click();
    await maya.getByRole('option', { name: 'dana@brightline.example' }).click();
    await dialog.getByRole('button', { name: 'Start the review of 2 systems' }).click();
    await maya.waitForURL(/\/reviews\/[0-9a-f-]+$/);
    reviewUrl = maya.url();
    await maya.getByRole('heading', { name: '2026-Q4 access review' }).waitFor();
    assert.match(await maya.locator('tr[data-review-system="acme-crm"]').innerText(), /Acme CRM\s+6 accounts, 3 flagged\s+dana@brightline\.example\s+0 of 6[\s\S]*2026-12-31\s+Deciding/i);
  });

  await t.test('Dana keeps the unflagged accounts at once, then decides the rest with the keyboard; her own is left to another admin', async () => {
    await dana.goto(`${base}/reviews`);
    await dana.getByRole('link', { name: 'Acme CRM' }).click();
    await dana.getByTestId('keys-legend').waitFor();
    await currentIs(dana, 'u-4');
    assert.match(await dana.locator('tr[data-item="u-4"]').innerText(), /decided by another admin/);
    await dana.keyboard.press('a');
    await dana.getByText('Dana Whitfield is your own account: it is decided by another admin.').waitFor();

    await dana.getByRole('button', { name: 'Keep all unflagged undecided' }).click();
    await dana.getByText('2 unflagged accounts kept.').waitFor();
    await dana.getByText('2 of 6 accounts decided').waitFor();
    assert.deepEqual(await dana.locator('tr[data-item]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-item'))), ['u-4', 'u-1', 'u-3', 'u-5']);
    await dana.keyboard.press('j');
    await currentIs(dana, 'u-1');
    await dana.locator('[data-current-item="u-1"]').getByText('Privileged column').waitFor();
    await dana.screenshot({ path: path.join(SCREENSHOTS, 'access-review-screen.png') });

    await dana.keyboard.press('a');
    const prompt = dana.getByRole('dialog');
    await prompt.getByText('A flagged account stays only with a reason:').waitFor();
    await prompt.getByLabel(/^Why does it stay\?/).fill('Founder; admin by role');
    await dana.keyboard.press('Enter');
    await currentIs(dana, 'u-3');

    await dana.keyboard.press('r');
    await currentIs(dana, 'u-5');
    await dana.keyboard.press('c');
    await prompt.getByLabel(/^What changes\?/).fill('Remove admin; member is enough');
    await dana.keyboard.press('Enter');
    await currentIs(dana, 'u-4');
    await dana.getByText('5 of 6 accounts decided').waitFor();
  });

  await t.test('Maya decides Dana’s own account, which moves Acme CRM on to remediation', async () => {
    await maya.goto(`${base}/reviews`);
    await maya.locator('tr[data-review-system="acme-crm"]').getByText(/^5 of 6/).waitFor();
    await maya.screenshot({ path: path.join(SCREENSHOTS, 'access-reviews.png') });
    await maya.goto(`${reviewUrl}/systems/acme-crm`);
    await currentIs(maya, 'u-4');
    assert.match(await maya.locator('tr[data-item="u-4"]').innerText(), /dana@brightline\.example’s own: yours to decide/);
    await maya.keyboard.press('a');
    await maya.getByText('Every account is decided.').waitFor();
    await maya.getByText('6 of 6 accounts decided').waitFor();
  });

  await t.test('sign-off is refused until the list after remediation is imported', async () => {
    await dana.reload();
    const remediation = dana.getByRole('region', { name: 'Remediation' });
    await remediation.locator('[data-remediation-item="u-3"]').getByText('Open').waitFor();
    assert.match(await remediation.locator('[data-remediation-item="u-5"]').innerText(), /Change: Remove admin; member is enough[\s\S]*active; Admin; privileged\s+no after list yet\s+Open/i);
    await dana.getByRole('button', { name: 'Sign off Acme CRM' }).click();
    await dana.getByText(/^2 revocations or changes .*Acme CRM.*: import the list again after remediation \(the after list\)$/).waitFor();

    // Remediation takes 20 minutes: within the sessions' 30-minute idle timeout.
    clock.advance(20 * 60_000);
    await maya.goto(`${base}/systems/acme-crm`);
    await maya.getByRole('button', { name: 'Import accounts' }).click();
    const dialog = maya.getByRole('dialog');
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'crm-broken.csv', mimeType: 'text/csv', buffer: Buffer.from(`${after}\nu-9,x@brightline.example,x,X,,maybe,,,,,,`) });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText('crm-broken.csv line 7: privileged').waitFor();
    await dialog.getByText('Nothing was imported: the list in force is unchanged').waitFor();
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'crm-2026-12-01-after.csv', mimeType: 'text/csv', buffer: Buffer.from(after) });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText('Imported list #2: 5 accounts').waitFor();
    assert.match(await dialog.innerText(), /Read as CSV with the documented columns \(detected from the files\)[\s\S]*crm-2026-12-01-after\.csv · \d+ bytes · SHA-256 [0-9a-f]{64}/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await maya.locator('tr[data-snapshot="2"]').waitFor();
  });

  await t.test('Dana signs off both systems once the after list confirms the remediation', async () => {
    await dana.reload();
    const remediation = dana.getByRole('region', { name: 'Remediation' });
    await remediation.locator('[data-remediation-item="u-3"]').getByText('Confirmed').waitFor();
    assert.match(await remediation.locator('[data-remediation-item="u-5"]').innerText(), /active; Admin; privileged\s+active; Member\s+Confirmed/i);
    await dana.getByRole('button', { name: 'Sign off Acme CRM' }).click();
    await dana.getByTestId('signed-off').waitFor();

    await dana.goto(`${reviewUrl}/systems/billing`);
    await currentIs(dana, 'b-1');
    await dana.keyboard.press('a');
    await dana.getByText('Every account is decided.').waitFor();
    await dana.getByRole('button', { name: 'Sign off Billing' }).click();
    await dana.getByTestId('signed-off').waitFor();
  });

  await t.test('Maya closes the review; the report shows both lists, every decision, and that it ran on time', async () => {
    await maya.goto(`${reviewUrl}/report`);
    await maya.getByRole('button', { name: 'Close review' }).click();
    await maya.getByRole('dialog').getByRole('button', { name: 'Close review' }).click();
    await maya.getByText('Each system’s quarterly review obligation is completed with this review as its proof.').waitFor();
    await maya.getByRole('dialog').waitFor({ state: 'hidden' });
    const crm = maya.getByRole('region', { name: 'Acme CRM' });
    await crm.locator('[data-timeliness="on_time"]').waitFor();
    assert.match(await crm.locator('[data-timeliness]').innerText(), /On time \(due 2026-12-31\)/i);
    assert.match(await crm.getByRole('region', { name: 'List before' }).innerText(), /#1: 6 accounts, as of 2026-12-01 10:00[\s\S]*crm-2026-12-01\.csv · SHA-256 [0-9a-f]{64}/);
    assert.match(await crm.getByRole('region', { name: 'List after' }).innerText(), /#2: 5 accounts, as of 2026-12-01 10:20[\s\S]*crm-2026-12-01-after\.csv/);
    assert.match(await crm.locator('tr[data-decision-row="u-1"]').innerText(), /Maya Chen[\s\S]*Keep\s+Founder; admin by role\s+dana@brightline\.example/i);
    assert.match(await crm.locator('tr[data-decision-row="u-4"]').innerText(), /Keep[\s\S]*maya@brightline\.example/i);
    assert.match(await crm.getByTestId('sign-off-acme-crm').innerText(), /Sign-off: dana@brightline\.example, 2026-12-01 10:20/);
    await maya.screenshot({ path: path.join(SCREENSHOTS, 'access-review-report.png') });

    const decided = await workspace.store.db.selectFrom('evidence_events').select('action').where('action', 'like', 'reviews.%').orderBy('seq').execute();
    assert.deepEqual(
      decided.map((e) => e.action),
      ['reviews.review.started', ...Array(5).fill('reviews.accounts.decided'), 'reviews.system.signed_off', 'reviews.accounts.decided', 'reviews.system.signed_off', 'reviews.review.closed'],
    );
  });
  assert.deepEqual(errors, []);
});
