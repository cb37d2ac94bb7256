/**
 * Acknowledgements in Chromium: an admin adopts the Acceptable Use Policy, edits, approves and
 * publishes it; an employee who signs in finds it on the overview, reads it and agrees to it; a
 * contractor with no login acknowledges it from a link the admin copied; the admin then sees
 * everyone has, on the Policies page, the policy's page and the Acknowledgements view.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addPerson } from '../../src/people/add-person.ts';
import { updateWorkspace } from '../../src/workspace/update-workspace.ts';
import { createTestSite, type Workspace } from '../engines.ts';
import { addUser, directSession, type TestUser } from '../identity.ts';
import { DESKTOP, SCREENSHOTS, serveToChromium, skipWithoutChromium as skip } from './chromium.ts';

async function pageFor(browser: Browser, workspace: Workspace, base: string, who: TestUser | undefined, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP });
  if (who) {
    const [name, value] = (await directSession(workspace, who)).headers.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: base }]);
  }
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

test('a policy is published, then acknowledged by a member who signs in and by a contractor from a link', { skip }, async (t) => {
  const workspace = await (await createTestSite('sqlite')).open();
  const opened = [() => workspace.close()];
  t.after(async () => {
    for (const close of opened.reverse()) await close();
  });
  const root = workspace.context({ type: 'cli', id: 'root' });
  await updateWorkspace(root, { name: 'Brightline Analytics', timeZone: 'Europe/Berlin' });
  await addPerson(root, { name: 'Leo Park', email: 'leo@brightline.example', kind: 'employee', title: 'Engineer', startOn: '2026-01-05' });
  await addPerson(root, { name: 'Ana Ruiz', email: 'ana@ruiz.design', kind: 'contractor', title: 'Designer', startOn: '2026-02-02', endOn: '2030-08-31' });
  const { base, browser } = await serveToChromium(workspace, opened);
  const errors: string[] = [];

  // The admin adopts, edits, submits, approves and publishes.
  const admin = await pageFor(browser, workspace, base, await addUser(workspace, 'admin', { email: 'priya@brightline.example' }), errors);
  await admin.goto(`${base}/policies`);
  await admin.locator('[data-template="acceptable-use"]').getByRole('button', { name: 'Adopt' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Adopt as a draft' }).click();
  await admin.waitForURL(`${base}/policies/acceptable-use`);
  const added = 'Company laptops are locked whenever you step away.';
  await admin.getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = admin.getByLabel('Policy text (Markdown)');
  await editor.fill(`${await editor.inputValue()}\n\n${added}\n`);
  await admin.getByRole('button', { name: 'Save as version 2' }).click();
  await admin.getByTestId('policy-text').getByText(added).waitFor();
  await admin.getByRole('button', { name: 'Submit for approval' }).click();
  await admin.getByRole('button', { name: 'Approve…' }).click();
  await dialog.getByRole('button', { name: 'Approve version 2' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await admin.getByRole('button', { name: 'Publish…' }).click();
  await dialog.getByRole('button', { name: 'Publish version 2' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // Published: both people owe it; the admin copies a link for the contractor, who has no login.
  const section = admin.getByRole('region', { name: 'Acknowledgements' });
  await section.getByText('0 of 2 people have acknowledged it.').waitFor();
  assert.deepEqual(await section.locator('tr[data-status]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-person'), r.getAttribute('data-status')])), [
    ['ana@ruiz.design', 'outstanding'],
    ['leo@brightline.example', 'outstanding'],
  ]);
  await section.scrollIntoViewIfNeeded();
  await admin.screenshot({ path: path.join(SCREENSHOTS, 'policy-acknowledgements.png') });
  await section.locator('tr[data-person="ana@ruiz.design"]').getByRole('button', { name: 'Create link' }).click();
  const link = await dialog.getByTestId('acknowledgement-link').inputValue();
  assert.match(link, /\/acknowledge\/gwa_[\w-]{43}$/);
  await dialog.getByRole('button', { name: 'Done' }).click();

  // The employee signs in, sees what is due on the overview, reads it and agrees to it.
  const leo = await pageFor(browser, workspace, base, await addUser(workspace, 'member', { email: 'leo@brightline.example' }), errors);
  await leo.goto(`${base}/`);
  const due = leo.getByRole('region', { name: 'Policies to acknowledge' });
  await due.getByText('1 policy to acknowledge').waitFor();
  await due.getByRole('button', { name: 'Read and acknowledge' }).click();
  await leo.waitForURL(`${base}/policies/acknowledge`);
  const toRead = leo.getByRole('article', { name: 'Acceptable Use Policy' });
  await toRead.getByText(added).waitFor();
  await leo.screenshot({ path: path.join(SCREENSHOTS, 'policy-acknowledge.png') });
  await toRead.getByRole('button', { name: 'I have read and agree to this policy' }).click();
  await leo.getByText('You have acknowledged every policy that applies to you.').waitFor();
  assert.match(await leo.getByRole('region', { name: 'Acknowledged' }).innerText(), /Acceptable Use Policy, version 2, on \d{4}-\d\d-\d\d/);

  // The contractor opens the link without signing in, ticks that she agrees, and acknowledges.
  const ana = await pageFor(browser, workspace, base, undefined, errors);
  await ana.goto(link.replace(workspace.config.publicUrl, base));
  await ana.getByText('For Ana Ruiz.', { exact: false }).waitFor();
  const acknowledge = ana.getByRole('button', { name: 'Acknowledge 1 policy' });
  assert.equal(await acknowledge.isDisabled(), true, 'nothing is acknowledged before it is ticked');
  await ana.getByRole('article', { name: 'Acceptable Use Policy' }).getByText(added).waitFor();
  await ana.getByLabel('I have read and agree to this policy').check();
  await ana.screenshot({ path: path.join(SCREENSHOTS, 'acknowledge-link.png') });
  await acknowledge.click();
  assert.match(await ana.getByTestId('acknowledged').innerText(), /Brightline Analytics has a record that you read and agreed to Acceptable Use Policy/);
  await ana.reload();
  await ana.getByText('this link is not valid or has expired', { exact: false }).waitFor();

  // The admin sees everyone has acknowledged it.
  await admin.goto(`${base}/policies`);
  await admin.getByTestId('policies-progress').getByText('100% of people acknowledged').waitFor();
  await admin.getByRole('button', { name: 'Acknowledgements' }).click();
  await admin.waitForURL(`${base}/policies/acknowledgements`);
  await admin.getByTestId('acknowledgements-summary').getByText('2 of 2 people have acknowledged everything that applies to them.').waitFor();
  const matrix = await admin.getByRole('table', { name: 'Acknowledgements' }).innerText();
  assert.match(matrix, /Ana Ruiz[\s\S]*Acceptable Use Policy\s+Acknowledged\s+Version 2 on \d{4}-\d\d-\d\d from a link/i);
  assert.match(matrix, /Leo Park[\s\S]*Acceptable Use Policy\s+Acknowledged\s+Version 2 on \d{4}-\d\d-\d\d signed in/i);
  await admin.screenshot({ path: path.join(SCREENSHOTS, 'acknowledgements.png') });
  await admin.getByText('Outstanding only', { exact: true }).click();
  await admin.getByText('Nothing outstanding.').waitFor();
  const csv = await admin.request.get(`${base}${await admin.getByRole('link', { name: 'Download CSV' }).getAttribute('href')}`);
  assert.equal(csv.headers()['content-type'], 'text/csv; charset=utf-8');
  assert.equal((await csv.text()).trim(), 'name,email,kind,engagement,policy,title,status,required_version,acknowledged_version,acknowledged_at,via');
  assert.deepEqual(errors, []);
});
