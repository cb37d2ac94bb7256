/**
 * Groundwork's own sign-in in a real browser, against the real server. A founder opens a new
 * server, creates the owner account from the first-run setup link, sets up an authenticator app
 * and saves the recovery codes; signs out and back in with the password and a code; invites a
 * colleague as a member and makes an API token. The colleague joins from the invite link in
 * their own browser and sees only what a member may, until the founder deactivates them.
 * Needs Debian's Chromium (`apt-get install chromium`); skipped without it unless CI=true.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createTestSite, type Workspace } from '../engines.ts';
import { createSetupLink } from '../../src/identity/invites.ts';
import { updateWorkspace } from '../../src/workspace/update-workspace.ts';
import { DESKTOP, SCREENSHOTS, serveToChromium, skipWithoutChromium as skip } from './chromium.ts';
import { acceptInvite, enrolAuthenticator, maya, type Person, signIn, waitForApp } from './sign-in-steps.ts';

const sam: Person = { email: 'sam.okafor@brightline.example', name: 'Sam Okafor', password: 'marble orchard lantern quietly' };

async function navigationLabels(page: Page): Promise<string[]> {
  return (await page.getByLabel('Modules').getByRole('link').allInnerTexts()).map((text) => text.trim());
}

async function openUserMenu(page: Page, item: 'My account' | 'Sign out'): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: item }).click();
}

const site = await createTestSite('sqlite');

describe('signing in to Groundwork', { skip }, () => {
  let workspace: Workspace;
  let browser: Browser;
  let base: string;
  /** The founder's browser; the member gets a fresh one. */
  let page: Page;
  let totpSecret: string;
  let inviteToken: string;
  const pageErrors: string[] = [];
  const opened: (() => Promise<void>)[] = [];

  before(async () => {
    workspace = await site.open();
    opened.push(() => workspace.close());
    await updateWorkspace(workspace.context({ type: 'cli', id: 'root' }), { name: 'Brightline Analytics', timeZone: 'Europe/Berlin' });
    ({ base, browser } = await serveToChromium(workspace, opened));
    page = await browser.newPage({ viewport: DESKTOP });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    for (const close of opened.reverse()) await close();
  });

  test('a new server explains where its setup link is; the link creates the owner, who sets up an authenticator app', async () => {
    await page.goto(`${base}/evidence`);
    await page.waitForURL(/\/sign-in\?next=%2Fevidence$/);
    await page.getByRole('heading', { name: 'Set up Groundwork' }).waitFor();
    assert.match(await page.locator('body').innerText(), /printed a one-time setup link in its console[\s\S]*groundwork user add --email you@company\.com --role owner/);

    const setup = await createSetupLink(workspace.context({ type: 'cli', id: 'root' }));
    assert.ok(setup);
    await acceptInvite(page, `${base}/invite/${setup.token}`, maya, { setup: true });

    await page.getByRole('heading', { name: 'Set up an authenticator app' }).waitFor();
    assert.match(await page.locator('body').innerText(), /Owners, admins and auditors can reach your company’s audit evidence/);
    const qr = page.getByTestId('totp-qr');
    await qr.waitFor();
    assert.ok(await qr.evaluate((img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth > 0), 'the QR code renders');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'enrol-mfa.png') });

    totpSecret = await enrolAuthenticator(page);
    const codes = await page.getByTestId('recovery-codes').locator('code').allInnerTexts();
    assert.equal(codes.length, 10);
    for (const code of codes) assert.match(code, /^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const download = page.getByRole('link', { name: 'Download' });
    assert.equal(await download.getAttribute('download'), 'groundwork-recovery-codes.txt');
    assert.match(decodeURIComponent((await download.getAttribute('href')) ?? ''), new RegExp(codes[0]!));

    await page.getByRole('button', { name: 'I have saved them' }).click();
    await waitForApp(page, maya);
    assert.match(await page.getByTestId('user-menu').innerText(), /Maya Lindqvist\s+Owner/);
    assert.deepEqual(await navigationLabels(page), ['Overview', 'Policies', 'People', 'Assets', 'Systems', 'Access reviews', 'Evidence', 'Readiness', 'Audit requests', 'Users', 'Security settings']);
  });

  test('signing out, then back in with the password and a code from the app, returns to the page asked for', async () => {
    await openUserMenu(page, 'Sign out');
    await page.waitForURL(`${base}/sign-in`);
    await page.goto(`${base}/users`);
    await page.waitForURL(/\/sign-in\?next=%2Fusers$/);

    await page.getByLabel(/^Email/).fill(maya.email);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in.png') });
    await page.getByLabel(/^Password/).fill('not my password at all');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'The email or password is wrong' }).waitFor();

    await signIn(page, maya, totpSecret);
    await page.waitForURL(`${base}/users`);
    await waitForApp(page, maya);
  });

  test('the owner invites a member on the Users page and gets the link once', async () => {
    await page.getByRole('button', { name: 'Invite someone' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Email/).fill(sam.email);
    await dialog.getByLabel(/^Name/).fill(sam.name);
    assert.equal(await dialog.getByLabel(/^Role/).inputValue(), 'Member');
    await dialog.getByRole('button', { name: 'Create invite link' }).click();

    const link = await page.getByTestId('invite-link').inputValue();
    assert.match(link, /\/invite\/gwi_[\w-]+$/);
    inviteToken = link.split('/invite/')[1]!;
    await page.getByRole('button', { name: 'Done' }).click();

    const row = page.locator(`tr[data-email="${sam.email}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), /Sam Okafor\s+sam\.okafor@brightline\.example\s+Member\s+Invited/i);

    // A second invite for the same address is refused, in the API's words, under the field.
    await page.getByRole('button', { name: 'Invite someone' }).click();
    await dialog.getByLabel(/^Email/).fill(sam.email);
    await dialog.getByRole('button', { name: 'Create invite link' }).click();
    await dialog.getByText('sam.okafor@brightline.example is already a user').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'users.png') });
  });

  test('My account lists this session and makes an API token whose secret is shown once', async () => {
    await openUserMenu(page, 'My account');
    await page.waitForURL(`${base}/account`);
    const sessions = page.getByRole('table', { name: 'Your sessions' });
    await sessions.getByText('This browser').waitFor();

    await page.getByLabel(/^Name/).fill('nightly backup script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = await page.getByTestId('new-token-secret').innerText();
    assert.match(secret, /^gwt_/);
    assert.match(await page.getByTestId('new-token').innerText(), /GROUNDWORK_URL=http:\/\/127\.0\.0\.1:\d+ GROUNDWORK_TOKEN=gwt_\S+ groundwork verify/);
    await page.getByRole('table', { name: 'Your API tokens' }).getByText('nightly backup script').waitFor();
    // Taller than the usual window, so the picture shows the whole page with its navigation.
    await page.setViewportSize({ ...DESKTOP, height: 1260 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'account.png') });
    await page.setViewportSize(DESKTOP);

    // The token reads through the API; it is read-only, so it cannot change anything.
    const verify = await page.request.get(`${base}/api/evidence/verify`, { headers: { authorization: `Bearer ${secret}` } });
    assert.equal(verify.status(), 200);
    const write = await page.request.post(`${base}/api/evidence/checkpoints`, { headers: { authorization: `Bearer ${secret}` } });
    assert.equal(write.status(), 403);
  });

  test('the owner shortens the idle timeout on Security settings', async () => {
    await page.getByLabel('Modules').getByRole('link', { name: 'Security settings' }).click();
    const idle = page.getByLabel(/^Sign out after inactivity/);
    assert.equal(await idle.inputValue(), '30 minutes');
    assert.equal(await page.getByRole('button', { name: 'Save changes' }).isDisabled(), true, 'nothing to save yet');
    await idle.fill('15');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('settings-saved').waitFor();
    assert.equal(await page.getByLabel(/^Sign out after inactivity/).inputValue(), '15 minutes');
  });

  test('the member joins from the invite in their own browser and sees only what a member may', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    opened.push(() => context.close());
    const member = await context.newPage();
    member.on('pageerror', (error) => pageErrors.push(error.message));

    await acceptInvite(member, `${base}/invite/${inviteToken}`, sam, { setup: false });
    await waitForApp(member, sam);
    await openUserMenu(member, 'Sign out');
    await member.waitForURL(`${base}/sign-in`);
    await signIn(member, sam);
    await waitForApp(member, sam);

    const labels = await navigationLabels(member);
    assert.ok(labels.includes('Overview'));
    for (const hidden of ['Evidence', 'Users', 'Security settings']) assert.ok(!labels.includes(hidden), `${hidden} is not in the navigation`);
    assert.match(await member.getByTestId('role-summary').innerText(), /You are signed in as a member[\s\S]*does not include the evidence log or the list of what is due/);

    await member.goto(`${base}/evidence`);
    await member.getByTestId('not-allowed').waitFor();
    assert.match(await member.getByTestId('not-allowed').innerText(), /Your role \(member\) can’t see Evidence/);

    // The invite link worked once.
    await member.goto(`${base}/invite/${inviteToken}`);
    await member.getByText('This invite link was already used').waitFor();

    // Deactivated by the owner, the member's next request returns them to the sign-in page, which says why.
    await page.goto(`${base}/users`);
    await page.getByRole('button', { name: `Manage ${sam.email}` }).click();
    await page.getByRole('menuitem', { name: 'Deactivate…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
    await page.locator(`tr[data-email="${sam.email}"]`).getByText('Deactivated').waitFor();

    await member.goto(`${base}/account`);
    await member.waitForURL(/\/sign-in\?next=%2Faccount$/);
    assert.match(await member.getByTestId('signed-out-notice').innerText(), /You were signed out\s+This account was deactivated; ask an admin of your workspace/);
    await signIn(member, sam);
    await member.getByRole('alert').filter({ hasText: 'This account is deactivated' }).waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
