/**
 * The Policies page in Chromium: a member reads the templates, the day-one five first, and opens
 * one to read it filled in with the suggested values. An admin adopts the Access Control Policy,
 * edits it, submits, approves and publishes it, seeing a stale approval refused on the way; a
 * member then reads the published policy without any of the buttons that change it.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { type TestContext, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createTestSite, type Workspace } from '../engines.ts';
import { addUser, directSession, type TestUser } from '../identity.ts';
import { writeVersion } from '../../src/policies/write-version.ts';
import { updateWorkspace } from '../../src/workspace/update-workspace.ts';
import { DESKTOP, SCREENSHOTS, serveToChromium, skipWithoutChromium as skip } from './chromium.ts';

test('a member reads the policy templates, day-one first, and opens one', { skip }, async (t) => {
  const { workspace, base, browser } = await serve(t);
  const errors: string[] = [];
  const page = await pageFor(browser, workspace, base, await addUser(workspace, 'member', { email: 'leo@brightline.example' }), errors);

  await page.goto(`${base}/policies`);
  const dayOne = page.getByRole('region', { name: 'Day one' });
  await dayOne.getByText('Access Control Policy').waitFor();
  assert.equal(await dayOne.locator('[data-template]').count(), 5);
  assert.equal(await page.getByRole('region', { name: 'Later' }).locator('[data-template]').count(), 10);
  assert.match(await page.getByTestId('policies-progress').innerText(), /0 of 15 policies approved and published\s+Day one: 0 of 5/);
  assert.equal(await page.getByRole('button', { name: 'Adopt' }).count(), 0, 'a member cannot adopt');

  await page.locator('[data-template="access-control"]').getByRole('button', { name: 'Read' }).click();
  const text = page.getByTestId('template-text');
  await text.getByRole('heading', { name: 'Removing access' }).waitFor();
  assert.match(await text.innerText(), /by the end of the person's last working day/);
  assert.doesNotMatch(await text.innerText(), /\{\{/);
  assert.match(await text.innerText(), /How Brightline Analytics gives, reviews and removes access/);
  await page.waitForTimeout(400); // the drawer slides in
  await page.screenshot({ path: path.join(SCREENSHOTS, 'policy-template.png') });
  assert.deepEqual(errors, []);
});

/** A browser signed in as `who`, its page errors collected. */
async function pageFor(browser: Browser, workspace: Workspace, base: string, who: TestUser, errors: string[]): Promise<Page> {
  const [name, value] = (await directSession(workspace, who)).headers.cookie.split('=') as [string, string];
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.addCookies([{ name, value, url: base }]);
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

async function serve(t: TestContext): Promise<{ workspace: Workspace; base: string; browser: Browser }> {
  const workspace = await (await createTestSite('sqlite')).open();
  const opened = [() => workspace.close()];
  t.after(async () => {
    for (const close of opened.reverse()) await close();
  });
  await updateWorkspace(workspace.context({ type: 'cli', id: 'root' }), { name: 'Brightline Analytics', timeZone: 'Europe/Berlin' });
  return { workspace, ...(await serveToChromium(workspace, opened)) };
}

test('an admin adopts, edits, submits, approves and publishes the Access Control Policy; a member reads it', { skip }, async (t) => {
  const { workspace, base, browser } = await serve(t);
  const errors: string[] = [];
  const admin = await addUser(workspace, 'admin', { email: 'priya@brightline.example' });
  const page = await pageFor(browser, workspace, base, admin, errors);

  await page.goto(`${base}/policies`);
  await page.getByRole('region', { name: 'Your policies' }).getByText('None yet').waitFor();
  await page.locator('[data-template="access-control"]').getByRole('button', { name: 'Adopt' }).click();
  const dialog = page.getByRole('dialog');
  const companyName = dialog.getByLabel(/^Company name/);
  await companyName.waitFor();
  assert.equal(await companyName.inputValue(), 'Brightline Analytics');
  assert.equal(await dialog.getByLabel(/^When access is removed at departure/).inputValue(), "by the end of the person's last working day");
  await dialog.getByRole('button', { name: 'Adopt as a draft' }).click();

  await page.waitForURL(`${base}/policies/access-control`);
  await page.getByRole('heading', { name: 'Access Control Policy' }).waitFor();
  assert.equal(await page.getByLabel('Modules').getByRole('link', { name: 'Policies' }).getAttribute('data-active'), 'true', 'Policies stays active in the navigation');
  assert.match(await page.getByTestId('next-step').innerText(), /Version 1 is a draft/);

  // The edit is Markdown; once saved as version 2 the page shows it rendered, and what changed.
  const added = 'Visitors to the office are escorted and never use a company account.';
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = page.getByLabel('Policy text (Markdown)');
  await editor.fill(`${await editor.inputValue()}\n\n${added}\n`);
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await page.getByTestId('policy-text').getByText(added).waitFor();
  assert.equal(await page.locator('[data-change="added"]').filter({ hasText: added }).count(), 1);

  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await page.getByRole('button', { name: 'Approve…' }).click();
  await dialog.getByText('records who approved it, when, and the text’s fingerprint').waitFor();

  // Meanwhile a colleague saves version 3: approving version 2 is refused, in the API's words.
  const owner = await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
  const colleagueLine = 'Shared accounts are not allowed.';
  const v2 = await workspace.context({ type: 'user', id: owner.email }).db.selectFrom('policy_versions').select('text').where('version', '=', 2).executeTakeFirstOrThrow();
  await writeVersion(workspace.context({ type: 'user', id: owner.email }), { policyId: 'access-control', basedOn: 2, text: `${v2.text}\n\n${colleagueLine}` });
  await dialog.getByRole('button', { name: 'Approve version 2' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'version 2 of Access Control Policy is no longer the newest' }).waitFor();
  await dialog.getByRole('button', { name: 'Close and show the newest' }).click();

  // Reloaded: version 3 is the draft now; it goes through the same steps.
  await page.getByTestId('policy-text').getByText(colleagueLine).waitFor();
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await page.getByRole('button', { name: 'Approve…' }).click();
  await dialog.getByRole('button', { name: 'Approve version 3' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Publish…' }).click();
  await dialog.getByRole('button', { name: 'Publish version 3' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Record yearly review…' }).waitFor();
  assert.match(await page.getByRole('region', { name: 'Versions' }).innerText(), /3\s+Published\s+Written .* by maya@brightline\.example\s+Approved .* by priya@brightline\.example\s+Published/i);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'policy-detail.png') });
  // What changed: by default from the version before to the newest, the colleague's line added.
  const changes = page.getByRole('region', { name: 'What changed' });
  await changes.locator('[data-change="added"]').filter({ hasText: colleagueLine }).waitFor();
  await changes.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'policy-diff.png') });

  await page.getByRole('link', { name: '← All policies' }).click();
  const row = page.locator('tr[data-policy="access-control"]');
  await row.waitFor();
  assert.match(await row.innerText(), /Access Control Policy[\s\S]*Published[\s\S]*Version 3/i);
  assert.match(await page.getByTestId('policies-progress').innerText(), /1 of 15 policies approved and published\s+Day one: 1 of 5/);
  assert.equal(await page.locator('[data-template="access-control"]').count(), 0, 'an adopted template leaves the list of templates');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'policies.png') });

  // The policy points at its procedure: the admin starts it as a draft, which the list leaves out.
  await row.getByRole('link', { name: 'Access Control Policy' }).click();
  await page.getByRole('button', { name: 'Write this procedure' }).click();
  await page.waitForURL(/\/policies\/access-control\.procedure$/);
  await page.getByRole('heading', { name: 'Giving, reviewing and removing access' }).waitFor();
  await page.getByTestId('next-step').getByRole('button', { name: 'Submit for approval' }).waitFor();
  await page.getByRole('link', { name: '← All policies' }).click();
  await row.waitFor();
  assert.equal(await page.locator('tr[data-policy]').count(), 1, 'the procedure is reached from its policy, not listed beside it');

  // A member reads the published text, with no button that changes anything.
  const member = await pageFor(browser, workspace, base, await addUser(workspace, 'member', { email: 'leo@brightline.example' }), errors);
  await member.goto(`${base}/policies`);
  await member.locator('tr[data-policy="access-control"]').getByText('Published').waitFor();
  assert.equal(await member.getByRole('button', { name: 'Adopt' }).count(), 0);
  await member.getByRole('link', { name: 'Access Control Policy' }).click();
  await member.getByTestId('policy-text').getByText(colleagueLine).waitFor();
  assert.equal(await member.getByTestId('next-step').count(), 0);
  for (const name of ['Edit', 'Submit for approval', 'Approve…', 'Publish…', 'Record yearly review…']) {
    assert.equal(await member.getByRole('button', { name, exact: true }).count(), 0, `a member sees no ${name} button`);
  }
  // The download links work with the member's own session.
  const pdf = await member.request.get(`${base}${await member.getByRole('link', { name: 'Download PDF' }).getAttribute('href')}`);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
  assert.deepEqual(errors, []);
});
