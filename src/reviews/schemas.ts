import { z } from 'zod';
import { accountFlagIds } from '../accounts/account-flags.ts';
import { account, accountSnapshot } from '../accounts/schemas.ts';

const id = z.string().min(1).max(100);
const decision = z.enum(['keep', 'revoke', 'change']);
const count = z.number().int();

export const reviewParams = z.object({ id });
export const reviewSystemParams = z.object({ id, systemId: id });
export const reviewAccountParams = z.object({ id, systemId: id, externalId: z.string().min(1).max(2048).describe("the system's own id for the account, URL-encoded") });

export const startReviewBody = z.strictObject({
  systems: z.array(id).min(1).max(500).describe('the systems it covers, by id'),
  reviewers: z.record(id, z.string().max(320)).optional().describe('who decides a system’s accounts, by system id, where its owner is not a Groundwork user who can'),
});

export const reviewItemsQuery = z.object({
  flag: z.enum(accountFlagIds).optional().describe('only the accounts carrying this flag'),
  undecided: z.enum(['true', 'false']).optional().describe('true: only the undecided accounts; false: only the decided ones'),
  decision: decision.optional(),
  search: z.string().max(200).optional().describe('part of the email, user name, display name, id or person’s name, any case'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const decideBody = z.strictObject({
  decision,
  reason: z.string().max(1000).optional().describe('required to keep a flagged account, and to change one (say what changes)'),
  accounts: z
    .union([
      z.strictObject({ ids: z.array(z.string().min(1).max(2048)).min(1).max(10_000) }),
      z.strictObject({
        undecided: z.literal(true),
        flags: z.array(z.enum(accountFlagIds)).optional().describe('only those carrying every flag given'),
        unflagged: z.boolean().optional().describe('only those carrying no flag'),
      }),
    ])
    .describe('the accounts by id, or every undecided account that is not the decider’s own'),
});
export const decided = z.object({ decided: count.describe('how many accounts this call decided') });

export const commentBody = z.strictObject({ text: z.string().max(2000) });
export const exceptionBody = z.strictObject({ externalId: z.string().min(1).max(2048), reason: z.string().max(1000) });

export const comment = z.object({ author: z.string(), text: z.string(), at: z.string() });
export const commentList = z.object({ comments: z.array(comment).describe('oldest first') });

const reviewSystem = z.object({
  systemId: z.string(),
  systemName: z.string(),
  reviewer: z.string().describe('the Groundwork user who decides its accounts and signs it off'),
  before: accountSnapshot.describe('the list frozen when the review started'),
  after: accountSnapshot.nullable().describe('the newest list imported after the last decision, once every account is decided'),
  obligationId: z.string().nullable(),
  dueOn: z.string().nullable().describe('the due date of the quarter’s review obligation this one completes'),
  items: count.describe('accounts of the before list that could be used'),
  flagged: count,
  decided: z.object({ keep: count, revoke: count, change: count }),
  remediation: z.object({ confirmed: count, excepted: count, open: count }).describe('revocations and changes: confirmed by the after list, covered by an exception, or still open'),
  ownAccounts: count.describe('accounts that are the reviewer’s own, decided by another admin'),
  signedOffAt: z.string().nullable(),
  signedOffBy: z.string().nullable(),
  stage: z.enum(['deciding', 'remediating', 'signing-off', 'signed-off']),
});

export const review = z.object({
  id: z.string(),
  quarter: z.string().describe('"2026-Q4"'),
  startedAt: z.string(),
  startedBy: z.string(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  systems: z.array(reviewSystem).describe('by name'),
});
export const reviewList = z.object({ reviews: z.array(review).describe('newest first') });

const reviewItem = account.pick({ externalId: true, email: true, userName: true, displayName: true, roles: true, privileged: true, mfa: true, lastActivityAt: true, status: true, kind: true }).extend({
  person: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  matchedBy: z.string().nullable(),
  flags: z.array(z.object({ id: z.enum(accountFlagIds), reason: z.string() })).describe('as of the review’s start'),
  ownAccountOf: z.string().nullable().describe('the reviewer’s own account: another admin decides it'),
  decision: decision.nullable(),
  reason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  comments: count,
});
export const reviewItemPage = z.object({ total: count.describe('the accounts that pass the filter'), items: z.array(reviewItem).describe('by display name') });

const accessState = z.object({ status: z.string(), roles: z.array(z.string()), privileged: z.boolean() });

const remediationItem = z.object({
  externalId: z.string(),
  decision: z.enum(['revoke', 'change']),
  reason: z.string().nullable(),
  decidedBy: z.string(),
  decidedAt: z.string(),
  before: accessState,
  after: accessState.nullable().describe('null: not on the after list, or no after list yet'),
  state: z.enum(['confirmed', 'excepted', 'open']),
  exception: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
});

export const report = z.object({
  review,
  systems: z.array(
    z.object({
      system: reviewSystem,
      occurrence: z
        .object({ dueOn: z.string(), status: z.enum(['upcoming', 'open', 'on_time', 'late', 'missed']), completedAt: z.string().nullable() })
        .nullable()
        .describe('the quarter’s occurrence of the system’s review obligation: on time, late, or still open'),
      before: accountSnapshot,
      after: accountSnapshot.nullable(),
      decisions: z.array(reviewItem),
      remediation: z.array(remediationItem),
      comments: z.array(comment.extend({ externalId: z.string() })),
    }),
  ),
});
