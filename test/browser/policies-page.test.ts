/**
 * The Policies page in Chromium: a member reads the templates, the day-one five first, and opens
 * one to read it filled in with the suggested values.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { createTestSite } from '../engines.ts';
import { addUser, directSession } from '../identity.ts';
import { buildApp } from '../../src/http/app.ts';
import { updateWorkspace } from '../../src/workspace/update-workspace.ts';
import { buildWebIfMissing, DESKTOP, launchChromium, SCREENSHOTS, skipWithoutChromium as skip } from './chromium.ts';

test('a member reads the policy templates, day-one first, and opens one', { skip }, async (t) => {
  await buildWebIfMissing();
  const workspace = await (await createTestSite('sqlite')).open();
  await updateWorkspace(workspace.context({ type: 'cli', id: 'root' }), { name: 'Brightline Analytics', timeZone: 'Europe/Berlin' });
  const app = await buildApp(workspace, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  t.after(async () => {
    await browser.close();
    await app.close();
    await workspace.close();
  });
  const member = await addUser(workspace, 'member', { email: 'leo@brightline.example' });
  const [name, value] = (await directSession(workspace, member)).headers.cookie.split('=') as [string, string];
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.addCookies([{ name, value, url: base }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(`${base}/policies`);
  const dayOne = page.getByRole('region', { name: 'Day one' });
  await dayOne.getByText('Access Control Policy').waitFor();
  assert.equal(await dayOne.locator('[data-template]').count(), 5);
  assert.equal(await page.getByRole('region', { name: 'Later' }).locator('[data-template]').count(), 10);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'policies.png') });

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
