/**
 * The Evidence page in a real browser, against the real server: a founder sets up Groundwork
 * and signs in, opens the page, sees the log of a small company's quarter and that the chain is
 * intact, narrows it to one action, opens an event, and after someone edits the database behind
 * Groundwork's back, sees exactly which event was tampered with. Needs Debian's Chromium
 * (`apt-get install chromium`); skipped without it unless CI=true.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createTestSite, manualClock, type Workspace } from '../engines.ts';
import { dropAppendOnlyGuard } from '../tamper.ts';
import { inTransaction } from '../../src/context.ts';
import { appendEvent } from '../../src/evidence/append-event.ts';
import { storeAttachment } from '../../src/evidence/store-attachment.ts';
import { createSetupLink } from '../../src/identity/invites.ts';
import { updateWorkspace } from '../../src/workspace/update-workspace.ts';
import { DESKTOP, SCREENSHOTS, serveToChromium, skipWithoutChromium as skip } from './chromium.ts';
import { acceptInvite, enrolAuthenticator, maya as founder, waitForApp } from './sign-in-steps.ts';

const maya = { type: 'user', id: 'maya@brightline.example' } as const;
const cadence = { type: 'system', id: 'cadence' } as const;
const cli = { type: 'cli', id: 'root' } as const;

/** Brightline's second quarter: eight events by three actors, one review entered a week late, one attachment. */
async function brightlineQuarter(workspace: Workspace): Promise<void> {
  const clock = manualClock('2026-04-01T07:00:00.000Z');
  const as = (actor: { type: 'user' | 'system' | 'cli'; id: string }) => workspace.context(actor, clock.now);
  await updateWorkspace(as(cli), { name: 'Brightline Analytics', timeZone: 'Europe/Berlin' });
  clock.set('2026-04-02T08:15:00.000Z');
  await inTransaction(as(maya), (tx) =>
    appendEvent(tx, {
      action: 'policies.policy.approved',
      subject: { type: 'policy', id: 'information-security' },
      data: { version: 1, approvedBy: 'maya@brightline.example', reviewDue: '2027-04-02' },
    }),
  );
  clock.set('2026-04-14T09:00:00.000Z');
  await inTransaction(as(maya), (tx) =>
    appendEvent(tx, {
      action: 'people.person.onboarded',
      subject: { type: 'person', id: 'sam.okafor@brightline.example' },
      data: { kind: 'employee', checklist: { laptopEncrypted: true, mfaEnabled: true, policiesAcknowledged: 5, securityOrientation: true } },
    }),
  );
  clock.set('2026-04-14T09:20:00.000Z');
  await inTransaction(as(cadence), (tx) =>
    appendEvent(tx, {
      action: 'cadence.occurrence.opened',
      subject: { type: 'obligation', id: 'access-review-aws' },
      data: { dueOn: '2026-06-30', title: 'Quarterly access review: AWS' },
    }),
  );
  clock.set('2026-05-29T16:45:00.000Z');
  await inTransaction(as(maya), (tx) =>
    appendEvent(tx, {
      action: 'people.person.offboarded',
      subject: { type: 'person', id: 'lee.contractor@brightline.example' },
      data: { kind: 'contractor', accessRevokedWithinHours: 3, systems: ['aws', 'github', 'google-workspace'] },
    }),
  );
  clock.set('2026-07-08T09:30:00.000Z');
  await inTransaction(as(maya), async (tx) => {
    const report = await storeAttachment(tx, Buffer.from('user,arn,mfa_active\nmaya,arn:aws:iam::123456789012:user/maya,true\n'), 'aws-credential-report.csv');
    await appendEvent(tx, {
      action: 'systems.accounts.imported',
      subject: { type: 'system', id: 'aws' },
      data: { format: 'aws-iam-credential-report', accounts: 14, flagged: { dormant: 2, noMfa: 1 } },
      attachments: [report.sha256],
    });
  });
  clock.set('2026-07-08T09:40:00.000Z');
  await inTransaction(as(maya), (tx) =>
    appendEvent(tx, {
      action: 'reviews.review.signed_off',
      subject: { type: 'review', id: 'aws-2026-q2' },
      data: { reviewer: 'maya@brightline.example', kept: 11, revoked: 3 },
      effectiveAt: new Date('2026-06-30T16:00:00.000Z'),
    }),
  );
  clock.set('2026-07-08T09:41:00.000Z');
  await inTransaction(as(cadence), (tx) =>
    appendEvent(tx, {
      action: 'cadence.occurrence.completed',
      subject: { type: 'obligation', id: 'access-review-aws' },
      data: { dueOn: '2026-06-30', completedOn: '2026-06-30', onTime: true },
      effectiveAt: new Date('2026-06-30T16:00:00.000Z'),
    }),
  );
}

function rows(page: Page) {
  return page.locator('table[aria-label="Evidence events"] tbody tr');
}

async function seqs(page: Page): Promise<number[]> {
  return rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-seq'))));
}

/** Waits until the table shows exactly `count` rows (it keeps the old rows while the next page loads). */
async function waitForRows(page: Page, count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await rows(page).count()) !== count) {
    if (Date.now() > deadline) assert.fail(`expected ${count} rows, the table has ${await rows(page).count()}`);
    await page.waitForTimeout(50);
  }
}

const site = await createTestSite('sqlite', { GROUNDWORK_CHECKPOINT_EVERY: '5' });

describe('the Evidence page', { skip }, () => {
  let workspace: Workspace;
  let browser: Browser;
  let page: Page;
  let base: string;
  /** Uncaught exceptions in the page: none are expected. */
  const pageErrors: string[] = [];
  /** Closers of what before() opened, run in reverse even if it failed halfway. */
  const opened: (() => Promise<void>)[] = [];

  before(async () => {
    workspace = await site.open();
    opened.push(() => workspace.close());
    await brightlineQuarter(workspace);
    ({ base, browser } = await serveToChromium(workspace, opened));
    page = await browser.newPage({ viewport: { ...DESKTOP, height: 1080 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // The API answers only signed-in users: the founder creates the owner account from the
    // first-run setup link (events #9 to #14, after the quarter's eight: the setup adds Groundwork to the systems too, with its quarterly access review).
    const setup = await createSetupLink(workspace.context({ type: 'cli', id: 'root' }));
    assert.ok(setup, 'a new workspace has no users, so it gets a setup link');
    await acceptInvite(page, `${base}/invite/${setup.token}`, founder, { setup: true });
    await enrolAuthenticator(page);
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await waitForApp(page, founder);
  });

  after(async () => {
    for (const close of opened.reverse()) await close();
  });

  test('lists the log newest first, with dates in the workspace zone, under a green verify banner', async () => {
    await page.goto(`${base}/evidence`);
    const banner = page.getByTestId('verify-banner');
    await banner.waitFor();
    assert.equal(await banner.getAttribute('data-state'), 'intact');
    assert.match(await banner.innerText(), /Chain intact: 14 events, 2 signed checkpoints/);
    await rows(page).first().waitFor();
    assert.deepEqual(await seqs(page), [14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    // Setting up the owner account is evidence too: the setup link, the account, the sign-in, the authenticator app.
    const identity = await rows(page).filter({ hasText: 'identity.' }).allInnerTexts();
    assert.deepEqual(
      identity.map((text) => /identity\.[a-z_.]+/.exec(text)?.[0]),
      ['identity.mfa.enrolled', 'identity.user.signed_in', 'identity.invite.accepted', 'identity.setup_link.created'],
    );

    // The review was signed off on 30 June at 18:00 Berlin time and entered on 8 July at 11:40.
    const review = rows(page).filter({ hasText: 'reviews.review.signed_off' });
    assert.match(await review.innerText(), /2026-06-30\s+2026-07-08 11:40\s+maya@brightline\.example\s+reviews\.review\.signed_off\s+review aws-2026-q2/);
    assert.match(await page.getByText('Dates are in Europe/Berlin').innerText(), /Europe\/Berlin/);
    assert.match(await page.getByTestId('evidence-count').innerText(), /14 events in the log/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'evidence.png') });
  });

  test('filtering by action narrows the table and puts the filter in the URL', async () => {
    await page.getByLabel('Action').fill('people.person.onboarded');
    await page.getByLabel('Action').press('Enter');
    await page.waitForURL(/[?&]action=people\.person\.onboarded/);
    await waitForRows(page, 1);
    assert.deepEqual(await seqs(page), [3]);
    assert.match(await page.getByTestId('evidence-count').innerText(), /1 event match/);

    // The shared link reproduces the view.
    const shared = page.url();
    await page.goto(`${base}/`);
    await page.goto(shared);
    await rows(page).first().waitFor();
    assert.deepEqual(await seqs(page), [3]);
    assert.equal(await page.getByLabel('Action').inputValue(), 'people.person.onboarded');

    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await waitForRows(page, 14);
    assert.equal(new URL(page.url()).search, '');
  });

  test('an effective date range keeps the events of those days in the workspace zone', async () => {
    // 30 June 18:00 in Berlin is 16:00 UTC: still June. A review entered on 8 July counts for June.
    await page.getByLabel('Effective from').fill('2026-06-01');
    await page.getByLabel('Effective to').fill('2026-06-30');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/from=2026-06-01&to=2026-06-30/);
    await waitForRows(page, 2);
    assert.deepEqual(await seqs(page), [8, 7]);

    await page.getByLabel('Effective to').fill('30/06/2026');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('Write the date as YYYY-MM-DD').waitFor();
    assert.match(page.url(), /to=2026-06-30/);

    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await waitForRows(page, 14);
    assert.equal(new URL(page.url()).search, '');
  });

  test('a row opens the full event: its data, attachment and hashes', async () => {
    await rows(page).filter({ hasText: 'systems.accounts.imported' }).click();
    const details = page.getByTestId('event-details');
    await details.waitFor();
    assert.match(page.url(), /[?&]event=6/);
    const data = JSON.parse(await page.getByTestId('event-data').innerText()) as Record<string, unknown>;
    assert.deepEqual(data, { accounts: 14, flagged: { dormant: 2, noMfa: 1 }, format: 'aws-iam-credential-report' });
    const attachment = details.locator('a[href^="/api/evidence/attachments/"]');
    assert.equal(await attachment.count(), 1);
    const download = await page.request.get(`${base}${await attachment.getAttribute('href')}`);
    assert.equal(download.status(), 200);
    assert.match(await download.text(), /^user,arn,mfa_active/);
    assert.match(await details.innerText(), /Previous hash \(event #5\)/);
    await page.waitForTimeout(400); // the drawer slides in; let it settle before the picture
    await page.screenshot({ path: path.join(SCREENSHOTS, 'evidence-event.png') });
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('event'));
  });

  test('after an event is edited in the database, the page names the tampered event in red', async () => {
    await dropAppendOnlyGuard(workspace);
    await workspace.store.db
      .updateTable('evidence_events')
      .set({ data: JSON.stringify({ accessRevokedWithinHours: 3, kind: 'employee', systems: ['aws'] }) })
      .where('seq', '=', 5)
      .execute();

    await page.goto(`${base}/evidence`);
    const banner = page.locator('[data-testid="verify-banner"][data-state="tampered"]');
    await banner.waitFor();
    const text = await banner.innerText();
    assert.match(text, /Evidence log tampered with at event #5/);
    assert.match(text, /edited/);
    assert.match(text, /event 5 does not match its hash/);
    await rows(page).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'evidence-tampered.png') });

    await banner.getByRole('button', { name: 'Show event #5' }).click();
    await page.getByTestId('event-details').getByText('Verification failed at this event').waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
