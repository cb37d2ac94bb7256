/**
 * The auditor package from the web UI, in a real browser against the real server: the founder
 * opens the Evidence page, asks for the package of the last twelve months, and the browser saves a
 * ZIP whose own verifier passes offline. Needs Debian's Chromium; skipped without it unless CI=true.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createSetupLink } from '../../src/identity/invites.ts';
import { addPerson } from '../../src/people/add-person.ts';
import { localDateOf } from '../../src/time/local-date.ts';
import { updateWorkspace } from '../../src/workspace/update-workspace.ts';
import { runVerifier, unpacked } from '../auditor-package.ts';
import { createTestSite, type Workspace } from '../engines.ts';
import { publishTemplate } from '../policies.ts';
import { DESKTOP, serveToChromium, skipWithoutChromium as skip } from './chromium.ts';
import { acceptInvite, enrolAuthenticator, maya as founder, waitForApp } from './sign-in-steps.ts';

const site = await createTestSite('sqlite');

describe('the auditor package button', { skip }, () => {
  let workspace: Workspace;
  let browser: Browser;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];
  const opened: (() => Promise<void>)[] = [];
  const zip = path.join(tmpdir(), `groundwork-browser-package-${process.pid}.zip`);

  before(async () => {
    workspace = await site.open();
    opened.push(() => workspace.close());
    const cli = workspace.context({ type: 'cli', id: 'root' });
    await updateWorkspace(cli, { name: 'Brightline Analytics', timeZone: 'Europe/Berlin' });
    await publishTemplate(cli, 'information-security');
    await addPerson(cli, { name: 'Bo Lindqvist', email: 'bo@brightline.example', kind: 'employee', startOn: localDateOf(new Date(), 'Europe/Berlin').toString() });
    ({ base, browser } = await serveToChromium(workspace, opened));
    page = await browser.newPage({ viewport: DESKTOP, acceptDownloads: true });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const setup = await createSetupLink(cli);
    assert.ok(setup, 'a new workspace has no users, so it gets a setup link');
    await acceptInvite(page, `${base}/invite/${setup.token}`, founder, { setup: true });
    await enrolAuthenticator(page);
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await waitForApp(page, founder);
  });

  after(async () => {
    for (const close of opened.reverse()) await close();
    rmSync(zip, { force: true });
  });

  test('downloads the last twelve months as a ZIP whose verifier passes; a window that is not over is not offered', async (t) => {
    await page.goto(`${base}/evidence`);
    await page.getByRole('button', { name: 'Auditor package' }).click();
    const today = localDateOf(new Date(), 'Europe/Berlin');
    const panel = page.getByRole('region', { name: 'Auditor package' });
    const from = panel.getByLabel('From');
    const to = panel.getByLabel('To');
    assert.deepEqual([await from.inputValue(), await to.inputValue()], [today.subtract({ years: 1 }).add({ days: 1 }).toString(), today.toString()]);
    assert.match(await panel.innerText(), /Both days included, in Europe\/Berlin/);

    await to.fill(today.add({ days: 1 }).toString());
    assert.ok(await panel.getByRole('button', { name: 'Download ZIP' }).isDisabled(), 'a window ending tomorrow is refused before asking the server');
    await to.fill(today.toString());
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Download ZIP' }).click()]);
    assert.equal(download.suggestedFilename(), `auditor-package-${today.subtract({ years: 1 }).add({ days: 1 })}-to-${today}.zip`);
    await download.saveAs(zip);
    const dir = await unpacked(zip);
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const verdict = await runVerifier(dir);
    assert.equal(verdict.code, 0, verdict.stdout);
    assert.match(readFileSync(path.join(dir, 'populations', 'hires.csv'), 'utf8'), /Bo Lindqvist,bo@brightline\.example,employee,.*,missing,/);
    assert.deepEqual(pageErrors, []);
  });
});
