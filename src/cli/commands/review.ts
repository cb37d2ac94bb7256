import { type AccountFlagId, accountFlagIds, isAccountFlagId } from '../../accounts/account-flags.ts';
import type { DecideAccountsInput } from '../../reviews/decide-accounts.ts';
import type { Review } from '../../reviews/review.ts';
import type { Command, CommandIo } from '../command.ts';
import { optionsFor } from '../options.ts';
import { runAction } from '../remote.ts';
import { itemsText, reportText, reviewLine, reviewListText, statusText } from './review-output.ts';
import { localTarget, remoteTarget, type ReviewTarget } from './review-targets.ts';

const USAGE = `groundwork review <action> [options] [--json]
  start --system ID [--system ID]… [--reviewer SYSTEM=EMAIL]…
                                                 the quarter's review: freezes each system's account list (its before
                                                 list) and gives it to its owner, or to the reviewer named
  list                                           every review, newest first
  status [REVIEW]                                each system's stage, reviewer, counts, remediation and due date
                                                 (without REVIEW: the open review)
  items REVIEW --system ID [--flag F] [--undecided] [--search S] [--limit N]
                                                 a system's accounts with their flags and decisions
  decide REVIEW --system ID (--account X [--account Y]… | --all-undecided [--flag F]…)
         --keep|--revoke|--change [--reason TEXT] [--as EMAIL]
                                                 a reason is required to keep a flagged account or change one;
                                                 --all-undecided leaves out the decider's own account
  except REVIEW --system ID --account X --reason TEXT [--as EMAIL]
                                                 accept that a revocation or change did not happen
  sign-off REVIEW --system ID [--as EMAIL]       the reviewer signs the system off, once the after list confirms
  close REVIEW                                   close a review whose systems are all signed off
  report REVIEW [--csv]                          the review's evidence; --csv: every decision, one row per account
Flags: ${accountFlagIds.join(', ')}.
On the server the CLI has every right but no user: --as names the Groundwork user whose decision it is.
With GROUNDWORK_URL and GROUNDWORK_TOKEN it acts as the token's user.`;
const { usageError, option, required } = optionsFor(USAGE);

const many = (io: CommandIo, name: string) => (io.options[name] as unknown as string[] | undefined) ?? [];

function reviewId(io: CommandIo): string {
  const id = io.args[1];
  if (!id) throw usageError(`name the review: groundwork review ${io.args[0]} REVIEW (its id, from groundwork review list)`, 'REVIEW');
  return id;
}

function oneSystem(io: CommandIo): string {
  const systems = many(io, 'system');
  if (systems.length !== 1) throw usageError(systems.length === 0 ? '--system is required' : `${io.args[0]} works on one system at a time, not ${systems.join(', ')}`, '--system');
  return systems[0]!;
}

function flags(io: CommandIo): AccountFlagId[] {
  const given = many(io, 'flag');
  const unknown = given.find((flag) => !isAccountFlagId(flag));
  if (unknown !== undefined) throw usageError(`--flag is one of ${accountFlagIds.join(', ')}, not "${unknown}"`, '--flag');
  return given.filter(isAccountFlagId);
}

function reviewers(io: CommandIo): Record<string, string> | undefined {
  const given = many(io, 'reviewer');
  if (given.length === 0) return undefined;
  return Object.fromEntries(
    given.map((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0 || at === pair.length - 1) throw usageError(`--reviewer is SYSTEM=EMAIL, as in acme-crm=dana@company.com; not "${pair}"`, '--reviewer');
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

function decision(io: CommandIo): DecideAccountsInput['decision'] {
  const chosen = (['keep', 'revoke', 'change'] as const).filter((d) => io.options[d]);
  if (chosen.length !== 1) throw usageError(chosen.length === 0 ? 'say the decision: --keep, --revoke or --change' : `choose one decision, not ${chosen.map((d) => `--${d}`).join(' and ')}`, '--keep');
  return chosen[0]!;
}

function accountsToDecide(io: CommandIo): DecideAccountsInput['accounts'] {
  const ids = many(io, 'account');
  const all = Boolean(io.options['all-undecided']);
  if (ids.length > 0 === all) throw usageError(all ? 'choose --account or --all-undecided, not both' : 'name the accounts with --account, or decide --all-undecided', '--account');
  const only = flags(io);
  if (!all && only.length > 0) throw usageError('--flag narrows --all-undecided; with --account the accounts are named', '--flag');
  return all ? { undecided: true, flags: only } : { ids };
}

function limit(io: CommandIo): number {
  const value = option(io, 'limit') ?? '50';
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 500) throw usageError(`--limit is a number of accounts from 1 to 500, not "${value}"`, '--limit');
  return Number(value);
}

const systemLine = (review: Review, systemId: string) => {
  const s = review.systems.find((system) => system.systemId === systemId);
  return s ? `${s.systemName}: ${s.stage}; remediation ${s.remediation.confirmed} done, ${s.remediation.excepted} excepted, ${s.remediation.open} open` : '';
};

const actions: Record<string, (io: CommandIo, target: ReviewTarget) => Promise<number>> = {
  async start(io, target) {
    const systems = many(io, 'system');
    if (systems.length === 0) throw usageError('name the systems to review with --system ID', '--system');
    const review = await target.start({ systems, reviewers: reviewers(io) });
    io.emit(review, () => `started ${statusText(review)}`);
    return 0;
  },
  async list(io, target) {
    const reviews = await target.list();
    io.emit({ reviews }, () => reviewListText(reviews));
    return 0;
  },
  async status(io, target) {
    if (io.args[1]) {
      const review = await target.show(io.args[1]);
      io.emit(review, () => statusText(review));
      return 0;
    }
    const [review, ...alsoOpen] = (await target.list()).filter((r) => r.status === 'open');
    if (!review) {
      io.emit(null, () => 'no review is open: start one with `groundwork review start --system ID`');
      return 0;
    }
    io.emit(review, () => statusText(review, alsoOpen));
    return 0;
  },
  async items(io, target) {
    const only = flags(io);
    if (only.length > 1) throw usageError('items filters on one --flag at a time', '--flag');
    const filter = { reviewId: reviewId(io), systemId: oneSystem(io), flag: only[0], undecided: io.options.undecided ? true : undefined, search: option(io, 'search'), limit: limit(io) };
    const page = await target.items(filter);
    io.emit(page, () => itemsText(page));
    return 0;
  },
  async decide(io, target) {
    const input = { reviewId: reviewId(io), systemId: oneSystem(io), decision: decision(io), accounts: accountsToDecide(io), reason: option(io, 'reason'), as: option(io, 'as') };
    const result = await target.decide(input);
    io.emit(result, () => `${input.systemId}: ${result.decided === 1 ? '1 account' : `${result.decided} accounts`} decided ${input.decision}`);
    return 0;
  },
  async except(io, target) {
    const accounts = many(io, 'account');
    if (accounts.length !== 1) throw usageError(accounts.length === 0 ? '--account is required' : 'record one exception at a time, each with its reason', '--account');
    const input = { reviewId: reviewId(io), systemId: oneSystem(io), externalId: accounts[0]!, reason: required(io, 'reason'), as: option(io, 'as') };
    const review = await target.except(input);
    io.emit(review, () => `${input.externalId}: exception recorded\n${systemLine(review, input.systemId)}`);
    return 0;
  },
  async 'sign-off'(io, target) {
    const systemId = oneSystem(io);
    const review = await target.signOff({ reviewId: reviewId(io), systemId, as: option(io, 'as') });
    io.emit(review, () => `${systemLine(review, systemId)}\n${statusText(review)}`);
    return 0;
  },
  async close(io, target) {
    const review = await target.closeReview(reviewId(io));
    io.emit(review, () => `${reviewLine(review)}\neach system's quarterly review obligation is complete`);
    return 0;
  },
  async report(io, target) {
    const id = reviewId(io);
    if (io.options.csv) {
      io.out((await target.csv(id)).trimEnd());
      return 0;
    }
    const report = await target.report(id);
    io.emit(report, () => reportText(report));
    return 0;
  },
};

export const review: Command = {
  usage: USAGE,
  remote: true,
  options: {
    system: { type: 'string', multiple: true },
    reviewer: { type: 'string', multiple: true },
    flag: { type: 'string', multiple: true },
    undecided: { type: 'boolean' },
    search: { type: 'string' },
    limit: { type: 'string' },
    account: { type: 'string', multiple: true },
    'all-undecided': { type: 'boolean' },
    keep: { type: 'boolean' },
    revoke: { type: 'boolean' },
    change: { type: 'boolean' },
    reason: { type: 'string' },
    as: { type: 'string' },
    csv: { type: 'boolean' },
  },
  async run(io) {
    return runAction(io, actions, { remote: remoteTarget, local: localTarget, usageError });
  },
};
