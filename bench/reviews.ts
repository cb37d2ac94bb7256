/**
 * The review screen's query: one page of a system's accounts in an open review, with the filters
 * a reviewer uses, beside the same number of plain page reads of the same items.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { sql } from 'kysely';
import { importAccounts } from '../src/accounts/import-accounts.ts';
import { fileSource } from '../src/accounts/source-file.ts';
import { acceptInvite, inviteUser } from '../src/identity/invites.ts';
import type { Workspace } from '../src/open-workspace.ts';
import { decideAccounts } from '../src/reviews/decide-accounts.ts';
import type { Decision } from '../src/reviews/review.ts';
import { type ReviewItemFilter, reviewItems } from '../src/reviews/review-items.ts';
import { startReview } from '../src/reviews/start-review.ts';
import { AS_OF, personEmail, writeExport } from './account-exports.ts';
import { seedDirectory } from './accounts.ts';

const actor = { type: 'cli', id: 'bench' } as const;
export const QUERIES = 200;
export const PAGE = 50;

/**
 * A system of n accounts (a directory of n / 5 people), imported and in an open review whose
 * reviewer, the system's owner, has decided about a third of them (orphans revoked, admins
 * changed, a run of others kept), with comments on some.
 */
export async function seedReview(workspace: Workspace, n: number): Promise<void> {
  const people = n / 5;
  const [systemId] = await seedDirectory(workspace, people, 1);
  const reviewer = personEmail(0);
  const ctx = workspace.context(actor);
  const { invite } = await inviteUser(ctx, { email: reviewer, role: 'admin' }, undefined);
  await acceptInvite(ctx, invite.token, { password: 'correct horse battery staple', client: { ip: null, userAgent: null } });
  const file = writeExport(path.join(workspace.config.dataDir, 'exports'), 0, n, people);
  await importAccounts(ctx, { systemId: systemId!, files: [fileSource(file)], asOf: AS_OF });
  const { id: reviewId } = await startReview(ctx, { systems: [systemId!] });
  const decide = (decision: Decision, reason: string, accounts: Parameters<typeof decideAccounts>[1]['accounts']) =>
    decideAccounts(ctx, { reviewId, systemId: systemId!, decision, reason, accounts, as: reviewer });
  await decide('revoke', 'nobody in the directory owns it', { undecided: true, flags: ['orphan'] });
  await decide('change', 'remove admin', { undecided: true, flags: ['privileged'] });
  const db = workspace.store.db;
  const kept = await db.selectFrom('access_review_items').select('external_id').where('review_id', '=', reviewId).where('decision', 'is', null).where('own_account_of', 'is', null).orderBy('external_id').limit(n / 4).execute();
  await decide('keep', 'still needed for their work', { ids: kept.map((row) => row.external_id) });
  const commented = kept.filter((_, k) => k % 25 === 0);
  for (let start = 0; start < commented.length; start += 500) {
    await db
      .insertInto('access_review_comments')
      .values(commented.slice(start, start + 500).map((row, k) => ({ id: `bench-${start + k}`, review_id: reviewId, system_id: systemId!, external_id: row.external_id, author: reviewer, text: 'asked their manager', at: new Date().toISOString() })))
      .execute();
  }
  // As the evidence benchmark does: a server would have analysed the new rows (autovacuum) before a reviewer works through them.
  if (workspace.store.engine === 'postgres') await sql`analyze`.execute(db);
}

/** The pages a reviewer asks for, in turn: the first pages, a flag, undecided only, a search, deep offsets. */
function pagesOf(total: number): Omit<ReviewItemFilter, 'reviewId' | 'systemId'>[] {
  return [
    {},
    { offset: PAGE },
    { flag: 'no_mfa' },
    { flag: 'dormant', offset: PAGE },
    { flag: 'orphan' },
    { flag: 'privileged' },
    { flag: 'leaver_active' },
    { undecided: true },
    { undecided: true, offset: Math.floor(total / 10) },
    { undecided: false },
    { decision: 'revoke' },
    { search: 'chen' },
    { search: 'maya.park16' },
    { search: 'svc-deploy' },
    { search: 'legacy-brightline', flag: 'no_mfa' },
    { offset: Math.floor(total / 2) },
    { offset: total - PAGE },
    { undecided: true, flag: 'dormant', offset: Math.floor(total / 25) },
    { flag: 'never_used', undecided: true },
    { undecided: true, offset: Math.floor(total / 2) },
  ];
}

/** Latency percentiles in ms, by nearest rank. */
export function percentiles(ms: number[]): Record<string, number> {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.ceil(p * sorted.length) - 1]! * 10) / 10;
  return { queries: ms.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1) };
}

async function theReview(workspace: Workspace): Promise<{ reviewId: string; systemId: string; total: number }> {
  const row = await workspace.store.db
    .selectFrom('access_review_systems as rs')
    .innerJoin('access_review_items as i', (join) => join.onRef('i.review_id', '=', 'rs.review_id').onRef('i.system_id', '=', 'rs.system_id'))
    .select(['rs.review_id', 'rs.system_id', (eb) => eb.fn.countAll<number>().as('total')])
    .groupBy(['rs.review_id', 'rs.system_id'])
    .executeTakeFirstOrThrow();
  return { reviewId: row.review_id, systemId: row.system_id, total: Number(row.total) };
}

/** The timed part: 200 pages of the review screen, each timed; returns the percentiles. */
export async function reviewPages(workspace: Workspace): Promise<() => Promise<Record<string, number>>> {
  const { reviewId, systemId, total } = await theReview(workspace);
  const pages = pagesOf(total);
  const ctx = workspace.context(actor);
  return async () => {
    const ms: number[] = [];
    for (let q = 0; q < QUERIES; q++) {
      const started = performance.now();
      const page = await reviewItems(ctx, { reviewId, systemId, limit: PAGE, ...pages[q % pages.length] });
      ms.push(performance.now() - started);
      assert.ok(page.items.length > 0 && page.total > 0, `page ${JSON.stringify(pages[q % pages.length])} is empty`);
    }
    return percentiles(ms);
  };
}

/** The baseline: the same number of plain reads of a page of the review's items, by the primary key's prefix. */
export async function plainPages(workspace: Workspace): Promise<() => Promise<Record<string, number>>> {
  const { reviewId, systemId } = await theReview(workspace);
  const db = workspace.store.db;
  return async () => {
    const ms: number[] = [];
    for (let q = 0; q < QUERIES; q++) {
      const started = performance.now();
      const rows = await db.selectFrom('access_review_items').selectAll().where('review_id', '=', reviewId).where('system_id', '=', systemId).limit(PAGE).execute();
      ms.push(performance.now() - started);
      assert.equal(rows.length, PAGE);
    }
    return percentiles(ms);
  };
}
