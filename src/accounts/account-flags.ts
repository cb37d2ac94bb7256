import type { EngagementStatus } from '../people/person.ts';
import type { PersonKind } from '../people/person-kind.ts';
import { instantMs } from '../time/utc-ms.ts';
import type { AccountRecord } from './account-record.ts';

/** The flag ids, as the API, the CLI and exports name them. */
export const accountFlagIds = [
  'no_mfa',
  'dormant',
  'never_used',
  'leaver_active',
  'contractor_expired',
  'orphan',
  'shared',
  'privileged',
  'privileged_daily_use',
  'stale_credential',
  'standing_oauth_grant',
] as const;
export type AccountFlagId = (typeof accountFlagIds)[number];

/** A flag with the rule that raised it, in a sentence, and the fields it read. */
export interface AccountFlag {
  id: AccountFlagId;
  reason: string;
  inputs: Record<string, string | number | boolean | null>;
}

/** The settings the rules measure against (Access review settings; 90 days each by default). */
export interface FlagSettings {
  dormantAfterDays: number;
  credentialMaxAgeDays: number;
}

/** The person an account was matched to, as the directory says today. */
export interface AccountOwner {
  personId: string;
  name: string;
  email: string;
  status: EngagementStatus;
  kind: PersonKind;
  endOn: string | null;
  pastEndDate: boolean;
}

export type FlaggableAccount = Pick<
  AccountRecord,
  'mfa' | 'lastActivityAt' | 'lastActivityKnown' | 'status' | 'kind' | 'privileged' | 'privilegeReason' | 'credentialRotatedAt' | 'oauthGrants'
>;

export interface FlagFacts {
  /** When the list was taken: dormancy and credential age are measured from it. */
  asOf: string;
  owner: AccountOwner | null;
  /** Whether the owner has an active account on the same system that is not privileged. */
  ownerHasEverydayAccount: boolean;
  settings: FlagSettings;
}

export function flagBit(id: AccountFlagId): number {
  return 1 << accountFlagIds.indexOf(id);
}

export function flagMask(flags: readonly { id: AccountFlagId }[]): number {
  return flags.reduce((mask, flag) => mask | flagBit(flag.id), 0);
}

export function isAccountFlagId(value: string): value is AccountFlagId {
  return (accountFlagIds as readonly string[]).includes(value);
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, asOf: string) => Math.floor((asOfMs(asOf) - instantMs(from)) / DAY_MS);

/** The list's time, the same for all its accounts, read once for them all rather than for each. */
let lastAsOf = { text: '', ms: Number.NaN };
function asOfMs(asOf: string): number {
  if (lastAsOf.text !== asOf) lastAsOf = { text: asOf, ms: instantMs(asOf) };
  return lastAsOf.ms;
}

/**
 * The flags of one account, each with its rule and inputs. A suspended or deprovisioned account
 * cannot be used, so it carries none: only active accounts and pending invitations are flagged.
 */
export function flagsOf(account: FlaggableAccount, facts: FlagFacts): AccountFlag[] {
  if (account.status !== 'active' && account.status !== 'invited') return [];
  const flags: AccountFlag[] = [];
  const { owner, settings, asOf } = facts;
  const human = account.kind === 'human' || account.kind === 'guest';

  if (account.mfa === false) flags.push({ id: 'no_mfa', reason: 'the system reports no second factor on this account', inputs: { mfa: false } });
  if (account.lastActivityKnown && account.lastActivityAt !== null) {
    const idle = daysBetween(account.lastActivityAt, asOf);
    if (idle >= settings.dormantAfterDays) {
      flags.push({
        id: 'dormant',
        reason: `last active ${account.lastActivityAt.slice(0, 10)}, ${idle} days before the list of ${asOf.slice(0, 10)} (dormant after ${settings.dormantAfterDays})`,
        inputs: { lastActivityAt: account.lastActivityAt, asOf, dormantAfterDays: settings.dormantAfterDays },
      });
    }
  } else if (account.lastActivityKnown && account.status === 'active') {
    flags.push({ id: 'never_used', reason: 'the system reports no sign-in or use of this account, ever', inputs: { lastActivityAt: null } });
  }
  if (owner && (owner.status === 'departed' || owner.status === 'offboarding')) {
    flags.push({
      id: 'leaver_active',
      reason: `${owner.name} is ${owner.status === 'departed' ? 'gone' : 'being offboarded'}, and the account is ${account.status}`,
      inputs: { person: owner.email, personStatus: owner.status, status: account.status },
    });
  } else if (owner?.pastEndDate) {
    flags.push({
      id: 'contractor_expired',
      reason: `${owner.name}'s ${owner.kind} engagement ended on ${owner.endOn}, and the account is ${account.status}`,
      inputs: { person: owner.email, kind: owner.kind, endOn: owner.endOn, status: account.status },
    });
  }
  if (!owner && human) flags.push({ id: 'orphan', reason: 'no person in the directory has this email, alias or a mapping to this account', inputs: { person: null, kind: account.kind } });
  if (account.kind === 'shared') flags.push({ id: 'shared', reason: 'the account is used by more than one person, so its actions are nobody’s in particular', inputs: { kind: 'shared' } });
  if (account.privileged) {
    flags.push({ id: 'privileged', reason: account.privilegeReason ?? 'the system marks it privileged', inputs: { privileged: true, privilegeReason: account.privilegeReason } });
    if (owner && !facts.ownerHasEverydayAccount) {
      flags.push({
        id: 'privileged_daily_use',
        reason: `${owner.name} has no other, non-privileged account on this system, so the admin account is the everyday one`,
        inputs: { person: owner.email, privileged: true, everydayAccount: false },
      });
    }
  }
  if (account.credentialRotatedAt !== null) {
    const age = daysBetween(account.credentialRotatedAt, asOf);
    if (age >= settings.credentialMaxAgeDays) {
      flags.push({
        id: 'stale_credential',
        reason: `a key or token last rotated ${account.credentialRotatedAt.slice(0, 10)}, ${age} days before the list (rotate within ${settings.credentialMaxAgeDays})`,
        inputs: { credentialRotatedAt: account.credentialRotatedAt, asOf, credentialMaxAgeDays: settings.credentialMaxAgeDays },
      });
    }
  }
  if (account.oauthGrants !== null && account.oauthGrants > 0) {
    flags.push({ id: 'standing_oauth_grant', reason: `${account.oauthGrants} standing OAuth or app grant${account.oauthGrants === 1 ? '' : 's'}`, inputs: { oauthGrants: account.oauthGrants } });
  }
  return flags;
}
