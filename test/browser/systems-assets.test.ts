/**
 * The Systems and Assets pages in Chromium: an admin adds GitHub through the form to an inventory
 * that already has AWS, Slack and Groundwork itself, adds a laptop, hands it to Sam from the
 * directory, records its return with a note, and reads its history; a reviewer sees both pages
 * without the buttons that change them.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { type TestContext, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createTestSite, type Workspace } from '../engines.ts';
import { addUser, directSession, type TestUser } from '../identity.ts';
import { addPerson } from '../../src/people/add-person.ts';
import { addSystem } from '../../src/systems/add-system.ts';
import { ensureGroundworkSystem } from '../../src/systems/groundwork-system.ts';
import { updateWorkspace } from '../../src/workspace/update-workspace.ts';
import { DESKTOP, SCREENSHOTS, serveToChromium, skipWithoutChromium as skip } from './chromium.ts';

async function serve(t: TestContext): Promise<{ workspace: Workspace; base: string; browser: Browser }> {
  const workspace = await (await createTestSite('sqlite')).open();
  const opened = [() => workspace.close()];
  t.after(async () => {
    for (const close of opened.reverse()) await close();
  });
  const root = workspace.context({ type: 'cli', id: 'root' });
  await updateWorkspace(root, { name: 'Brightline Analytics', timeZone: 'Europe/Berlin' });
  await addPerson(root, { name: 'Sam Okafor', email: 'sam@brightline.example', kind: 'employee', title: 'Engineer', startOn: '2025-06-02' });
  await ensureGroundworkSystem(root);
  await addSystem(root, { name: 'AWS', category: 'cloud-provider', owner: 'CTO', classification: 'confidential', ssoEnforced: true, mfaEnforced: true, sessionTimeoutMinutes: 60, defaultRole: 'ReadOnlyAccess' });
  await addSystem(root, { name: 'Slack', category: 'chat', owner: 'COO', classification: 'internal', ssoEnforced: true, sessionTimeoutMinutes: 10080, defaultRole: 'member' });
  await addPerson(root, { name: 'Priya Raman', email: 'priya@studio-raman.example', kind: 'contractor', title: 'Designer', startOn: '2026-01-05', endOn: '2099-06-30' });
  return { workspace, ...(await serveToChromium(workspace, opened)) };
}

/** A browser signed in as `who`, its page errors collected. */
async function pageFor(browser: Browser, workspace: Workspace, base: string, who: TestUser, errors: string[]): Promise<Page> {
  const [name, value] = (await directSession(workspace, who)).headers.cookie.split('=') as [string, string];
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.addCookies([{ name, value, url: base }]);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('an admin adds a system, then hands a laptop to Sam and records its return; a reviewer only reads', { skip }, async (t) => {
  const { workspace, base, browser } = await serve(t);
  const errors: string[] = [];
  const page = await pageFor(browser, workspace, base, await addUser(workspace, 'admin', { email: 'maya@brightline.example' }), errors);

  await page.goto(`${base}/systems`);
  await page.locator('tr[data-system="slack"]').waitFor();
  await page.getByRole('button', { name: 'Add a system' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Name/).fill('GitHub');
  await choose(page, 'Category', 'Code repository');
  await dialog.getByLabel(/^Owner/).fill('maya@brightline.example');
  await dialog.getByLabel(/^Session timeout/).fill('480');
  await dialog.getByLabel(/^Default role/).fill('member');
  await dialog.getByRole('switch', { name: 'MFA enforced' }).click();
  await dialog.getByRole('button', { name: 'Add the system' }).click();
  const github = page.locator('tr[data-system="github"]');
  await github.waitFor();
  assert.match(await github.innerText(), /GitHub\s+github\s+Code repository\s+maya@brightline\.example\s+CONFIDENTIAL\s+Yes\s+No\s+Yes\s+8 h/);

  await page.getByRole('button', { name: 'Add a system' }).click();
  await dialog.getByLabel(/^Name/).fill('github');
  await dialog.getByLabel(/^Owner/).fill('CTO');
  await dialog.getByRole('button', { name: 'Add the system' }).click();
  await dialog.getByText('The id "github" is already GitHub; choose another name').waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(await page.locator('tr[data-system]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-system'))), ['aws', 'github', 'groundwork', 'slack']);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'systems.png') });

  await page.getByLabel('Modules').getByRole('link', { name: 'Assets' }).click();
  await page.getByText('No assets yet.').waitFor();
  await page.getByRole('button', { name: 'Add an asset' }).click();
  await dialog.getByLabel(/^Asset tag or serial number/).fill('BL-0042');
  await dialog.getByLabel(/^Description/).fill('MacBook Pro 14, M3');
  await dialog.getByRole('button', { name: 'Add the asset' }).click();
  const laptop = page.locator('tr[data-tag="BL-0042"]');
  await laptop.getByText('On the shelf').waitFor();

  await laptop.getByRole('button', { name: 'Assign BL-0042' }).click();
  await dialog.getByLabel(/^Person/).fill('sam');
  await page.getByRole('option', { name: 'Sam Okafor <sam@brightline.example>' }).click();
  await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
  await laptop.getByText('sam@brightline.example').waitFor();
  assert.match(await laptop.innerText(), /BL-0042\s+MacBook Pro 14, M3\s+Laptop\s+Sam Okafor\s+sam@brightline\.example\s+\d{4}-\d{2}-\d{2}/);
  await dialog.waitFor({ state: 'hidden' });
  await page.screenshot({ path: path.join(SCREENSHOTS, 'assets.png') });

  await laptop.getByRole('button', { name: 'Return BL-0042' }).click();
  await dialog.getByLabel(/^Note/).fill('Screen scratched; wiped by IT');
  await dialog.getByRole('button', { name: 'Record the return' }).click();
  await laptop.getByText('On the shelf').waitFor();

  await laptop.getByRole('button', { name: 'History of BL-0042' }).click();
  const history = page.getByTestId('asset-history');
  await history.getByText('Sam Okafor').waitFor();
  assert.match(await history.innerText(), /On the shelf\.[\s\S]*Sam Okafor\s+sam@brightline\.example\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s+by maya@brightline\.example\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}\s+by maya@brightline\.example: Screen scratched; wiped by IT/);
  await page.waitForTimeout(400); // the drawer slides in
  await page.screenshot({ path: path.join(SCREENSHOTS, 'asset-history.png') });

  const recorded = await workspace.store.db.selectFrom('evidence_events').select('action').where('action', 'like', 'assets.%').orderBy('seq').execute();
  assert.deepEqual(recorded.map((e) => e.action), ['assets.asset.added', 'assets.asset.assigned', 'assets.asset.returned']);

  const reviewer = await pageFor(browser, workspace, base, await addUser(workspace, 'reviewer', { email: 'lee@brightline.example' }), errors);
  await reviewer.goto(`${base}/systems`);
  await reviewer.locator('tr[data-system="github"]').waitFor();
  await reviewer.getByText('Your role can see the inventory but not change it.').waitFor();
  assert.equal(await reviewer.getByRole('button', { name: /Add a system|Edit GitHub|Retire GitHub/ }).count(), 0);
  await reviewer.goto(`${base}/assets`);
  await reviewer.locator('tr[data-tag="BL-0042"]').waitFor();
  assert.equal(await reviewer.getByRole('button', { name: /Add an asset|Assign BL-0042/ }).count(), 0);
  assert.deepEqual(errors, []);
});
