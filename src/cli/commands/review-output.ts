import type { AccountSnapshot } from '../../accounts/snapshot.ts';
import type { Review, ReviewSystem } from '../../reviews/review.ts';
import type { ReviewItem } from '../../reviews/review-items.ts';
import type { ReviewReport } from '../../reviews/review-report.ts';
import { formatTable } from '../output.ts';

const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;
const day = (iso: string | null) => iso?.slice(0, 10) ?? '-';
const undecided = (s: ReviewSystem) => s.items - s.decided.keep - s.decided.revoke - s.decided.change;
const remediation = (s: ReviewSystem) => `${s.remediation.confirmed} done, ${s.remediation.excepted} excepted, ${s.remediation.open} open`;

/** "2026-Q4 access review 7c1e…: open since 2026-12-01 (user:maya@…)". */
export function reviewLine(review: Review): string {
  const state = review.closedAt ? `closed on ${day(review.closedAt)} (${review.closedBy})` : `open since ${day(review.startedAt)} (${review.startedBy})`;
  return `${review.quarter} access review ${review.id}: ${state}`;
}

/** Every review, one line each, newest first. */
export function reviewListText(reviews: Review[]): string {
  if (reviews.length === 0) return 'no access reviews yet: start one with `groundwork review start --system ID`';
  return formatTable(
    reviews.map((r) => ({ id: r.id, quarter: r.quarter, status: r.status, systems: r.systems.map((s) => s.systemId).join(', '), started: day(r.startedAt), closed: day(r.closedAt) })),
    ['id', 'quarter', 'status', 'systems', 'started', 'closed'],
  );
}

/** Where each system of a review stands: stage, reviewer, counts, remediation, due date; and what comes next. */
export function statusText(review: Review, alsoOpen: Review[] = []): string {
  const table = formatTable(
    review.systems.map((s) => ({
      system: s.systemId,
      stage: s.stage,
      reviewer: s.reviewer,
      accounts: s.items,
      flagged: s.flagged,
      undecided: undecided(s),
      keep: s.decided.keep,
      revoke: s.decided.revoke,
      change: s.decided.change,
      remediation: remediation(s),
      due: day(s.dueOn),
      'signed off': s.signedOffAt ? `${day(s.signedOffAt)} ${s.signedOffBy}` : '',
    })),
    ['system', 'stage', 'reviewer', 'accounts', 'flagged', 'undecided', 'keep', 'revoke', 'change', 'remediation', 'due', 'signed off'],
  );
  const next = review.status === 'open' ? review.systems.map((s) => nextStep(review, s)).filter((line) => line !== undefined) : [];
  const ready = review.status === 'open' && review.systems.every((s) => s.stage === 'signed-off');
  return [
    reviewLine(review),
    '',
    table,
    ...(next.length > 0 ? ['', ...next] : []),
    ...(ready ? ['', `every system is signed off: groundwork review close ${review.id}`] : []),
    ...(alsoOpen.length > 0 ? ['', `also open: ${alsoOpen.map((r) => `${r.quarter} ${r.id} (${r.systems.map((s) => s.systemId).join(', ')})`).join('; ')}`] : []),
  ].join('\n');
}

function nextStep(review: Review, s: ReviewSystem): string | undefined {
  switch (s.stage) {
    case 'deciding':
      return `${s.systemId}: ${plural(undecided(s), 'account')} to decide: groundwork review items ${review.id} --system ${s.systemId} --undecided`;
    case 'remediating':
      return s.after
        ? `${s.systemId}: the after list (snapshot ${s.after.number}) leaves ${s.remediation.open} open: remediate and import again, or record exceptions`
        : `${s.systemId}: remediate the revocations and changes, then import the list again (the after list)`;
    case 'signing-off':
      return `${s.systemId}: ${s.reviewer} signs off: groundwork review sign-off ${review.id} --system ${s.systemId}`;
    default:
      return undefined;
  }
}

/** One page of a system's accounts with their flags and decisions. */
export function itemsText(page: { total: number; items: ReviewItem[] }): string {
  if (page.items.length === 0) return 'no account matches';
  const table = formatTable(
    page.items.map((i) => ({
      account: i.externalId,
      name: i.displayName ?? i.userName ?? i.email ?? '',
      person: i.person?.email ?? '-',
      flags: i.flags.map((f) => f.id).join(', '),
      // The reviewer's own account waits for another admin: say so where its decision would be.
      decision: i.decision ?? (i.ownAccountOf ? `(${i.ownAccountOf}'s own)` : ''),
      reason: i.reason ?? '',
      by: i.decidedBy ?? '',
    })),
    ['account', 'name', 'person', 'flags', 'decision', 'reason', 'by'],
  );
  const shown = page.items.length < page.total ? [`showing ${count(page.items.length)} of ${count(page.total)}: --limit N (at most 500) shows more, --search and --flag narrow them`] : [];
  return [table, ...shown].join('\n');
}

const snapshotText = (label: string, snapshot: AccountSnapshot) =>
  [`  ${label} snapshot ${snapshot.number}, ${snapshot.format}, ${plural(snapshot.accounts, 'account')} as of ${snapshot.asOf}`, ...snapshot.sources.map((f) => `    ${f.name}  sha256 ${f.sha256}`)];

/** A review's evidence for people: per system the lists, the decisions, what changed and whether it ran on time. */
export function reportText(report: ReviewReport): string {
  const systems = report.systems.flatMap(({ system, occurrence, before, after, remediation: changes, comments }) => [
    '',
    `${system.systemName} (${system.systemId}), reviewed by ${system.reviewer}: ${system.stage}${system.signedOffAt ? ` on ${day(system.signedOffAt)}` : ''}`,
    ...snapshotText('before:', before),
    ...(after ? snapshotText('after: ', after) : ['  after:  no list imported after the decisions yet']),
    `  decisions: ${system.decided.keep} keep, ${system.decided.revoke} revoke, ${system.decided.change} change, ${undecided(system)} undecided; ${plural(comments.length, 'comment')}`,
    `  obligation: ${occurrence ? `due ${occurrence.dueOn}, ${occurrence.status.replace('_', ' ')}` : 'none (the system is not in scope)'}`,
    ...(changes.length > 0
      ? [
          '',
          formatTable(
            changes.map((r) => ({ account: r.externalId, decision: r.decision, reason: r.reason ?? '', state: r.state, after: r.after ? r.after.status : 'not on the after list', exception: r.exception?.reason ?? '' })),
            ['account', 'decision', 'reason', 'state', 'after', 'exception'],
          )
            .split('\n')
            .map((line) => `  ${line}`)
            .join('\n'),
        ]
      : []),
  ]);
  return [reviewLine(report.review), ...systems, '', `every decision, one row per account: groundwork review report ${report.review.id} --csv`].join('\n');
}
