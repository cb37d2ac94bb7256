/**
 * Readiness in Chromium, on 10 July 2026: Brightline has published two policies. Maya, the owner,
 * sees the Type 1 score with its gaps in the guide's order, attaches a restore test report to the
 * manual control that wants one, and sees it in place; then she reads Type 2 over the first half
 * of the year, control by control.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { publishTemplate } from '../policies.ts';
import { createTestSite, manualClock } from '../engines.ts';
import { addUser, directSession } from '../identity.ts';
import { DESKTOP, SCREENSHOTS, serveToChromium, skipWithoutChromium as skip } from './chromium.ts';

test('readiness shows Type 1 with its gaps, takes evidence for a manual control, and shows Type 2 over a window', { skip }, async (t) => {
  const clock = manualClock('2026-01-12T15:00:00Z');
  const workspace = await (await createTestSite('sqlite')).open({ now: clock.now });
  const opened = [() => workspace.close()];
  t.after(async () => {
    for (const close of opened.reverse()) await close();
  });
  const root = workspace.context({ type: 'cli', id: 'root' });
  await publishTemplate(root, 'information-security');
  await publishTemplate(root, 'business-continuity');
  clock.set('2026-07-10T14:00:00Z');
  const maya = await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
  const { base, browser } = await serveToChromium(workspace, opened);
  const [name, value] = (await directSession(workspace, maya)).headers.cookie.split('=') as [string, string];
  const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
  await context.addCookies([{ name, value, url: base }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(`${base}/readiness`);
  const score = page.getByTestId('readiness-score');
  await score.getByText(/controls designed and in place/).waitFor();
  const before = Number(/(\d+) of 60 controls/.exec(await score.innerText())![1]);
  const gaps = page.getByTestId('gap-list');
  // GV-02 (the Information Security Policy) is in force, so the first gap is the next day-one policy.
  assert.match(await gaps.locator('li').first().innerText(), /^GV-03 Acceptable Use Policy in force\s+day-one policy\s+The policy it carries out, Acceptable Use Policy, is not approved/i);
  const restore = page.locator('[data-control="BC-02"]');
  assert.match(await restore.innerText(), /Designed\s+Attach\s+Manual: no evidence attached yet/i);

  await restore.getByRole('button', { name: 'Attach evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Attach evidence to BC-02' });
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'restore-test.md', mimeType: 'text/markdown', buffer: Buffer.from('# Restore test\nRestored in 38 minutes.\n') });
  await dialog.getByLabel('What it shows').fill('The restore test of June');
  await dialog.getByLabel('When the work was done').fill('2026-06-20');
  await dialog.getByRole('button', { name: 'Attach' }).click();
  await restore.getByText('In place').waitFor();
  assert.match(await restore.innerText(), /1 attachment: restore-test\.md/);
  await score.getByText(`${before + 1} of 60 controls designed and in place`).waitFor();
  await page.mouse.wheel(0, -10_000);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'readiness.png') });

  await page.getByText('Type 2 · over a window').click();
  await page.getByLabel('From', { exact: true }).fill('2026-01-01');
  await page.getByLabel('To', { exact: true }).fill('2026-06-30');
  await score.getByText('Type 2 from 2026-01-01 to 2026-06-30').waitFor();
  const restoreRow = page.getByTestId('type2-table').locator('[data-control="BC-02"]');
  await restoreRow.click();
  await page.getByText('2026-01-01 to 2026-06-30: 1 attachment: restore-test.md').waitFor();

  // The auditor package for the same window, downloaded as one ZIP.
  await page.getByRole('button', { name: 'Auditor package' }).click();
  const offer = page.getByRole('region', { name: 'Auditor package' });
  assert.equal(await offer.getByLabel('From', { exact: true }).inputValue(), '2026-01-01');
  const [download] = await Promise.all([page.waitForEvent('download'), offer.getByRole('link', { name: 'Download ZIP' }).click()]);
  const zip = await readFile((await download.path())!);
  assert.equal(zip.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
  assert.ok(zip.includes('manifest.json') && zip.includes('verify.mjs'), 'the ZIP holds its manifest and verifier');
  assert.deepEqual(errors, []);
});
