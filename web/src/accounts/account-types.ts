/** The shapes of the accounts API, from the route schemas (src/accounts/schemas.ts) via web/src/api/openapi.d.ts. */
import type { ResponseOf } from '../api/types.ts';

/** GET /api/systems/:id/accounts */
export type AccountList = ResponseOf<'/api/systems/{id}/accounts', 'get'>;
export type Account = AccountList['accounts'][number];
export type AccountFlag = Account['flags'][number];
export type FlagId = AccountFlag['id'];
export type AccountSnapshot = AccountList['snapshot'];
/** GET /api/systems/:id/snapshots */
export type SnapshotList = ResponseOf<'/api/systems/{id}/snapshots', 'get'>;
/** GET /api/account-formats */
export type FormatList = ResponseOf<'/api/account-formats', 'get'>;

/** Each flag as the UI names it, in the order the filters show them: what needs action first. */
export const flagLabels: Record<FlagId, { label: string; color: string }> = {
  leaver_active: { label: 'Leaver still active', color: 'red' },
  contractor_expired: { label: 'Contractor past end date', color: 'red' },
  orphan: { label: 'Orphan', color: 'orange' },
  no_mfa: { label: 'No MFA', color: 'orange' },
  dormant: { label: 'Dormant', color: 'yellow' },
  never_used: { label: 'Never used', color: 'yellow' },
  shared: { label: 'Shared', color: 'grape' },
  privileged: { label: 'Privileged', color: 'violet' },
  privileged_daily_use: { label: 'Admin as daily account', color: 'violet' },
  stale_credential: { label: 'Stale credential', color: 'cyan' },
  standing_oauth_grant: { label: 'Standing OAuth grant', color: 'cyan' },
};

export const flagIds = Object.keys(flagLabels) as FlagId[];

export const systemPath = (id: string) => `/api/systems/${encodeURIComponent(id)}`;

/**
 * `/api/systems/aws/accounts?flag=no_mfa&flag=dormant&search=x&offset=0&limit=50`: flags repeat,
 * empty values are left out.
 */
export function accountsPath(systemId: string, query: { flags?: FlagId[]; search?: string; offset?: number; limit?: number }, suffix = '/accounts'): string {
  const params = new URLSearchParams();
  for (const flag of query.flags ?? []) params.append('flag', flag);
  if (query.search?.trim()) params.set('search', query.search.trim());
  if (query.offset !== undefined) params.set('offset', String(query.offset));
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  const search = params.toString();
  return `${systemPath(systemId)}${suffix}${search ? `?${search}` : ''}`;
}
