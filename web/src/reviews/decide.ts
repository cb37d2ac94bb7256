import type { FlagId } from '../accounts/account-types.ts';
import { sendJson } from '../ui/api.ts';
import { type Decided, type DecideBody, type Decision, type ReviewItemPage, systemApi } from './review-types.ts';

export interface ItemFilter {
  show: 'undecided' | 'decided' | 'all';
  flag: FlagId | null;
  decision: Decision | null;
  search: string;
}

/** GET /api/reviews/:id/systems/:systemId/items for a filter and a page. */
export function itemsPath(reviewId: string, systemId: string, filter: ItemFilter, offset: number, limit: number): string {
  const params = new URLSearchParams({ offset: String(offset), limit: String(limit) });
  if (filter.show !== 'all') params.set('undecided', String(filter.show === 'undecided'));
  if (filter.flag) params.set('flag', filter.flag);
  if (filter.decision && filter.show !== 'undecided') params.set('decision', filter.decision);
  if (filter.search.trim()) params.set('search', filter.search.trim());
  return `${systemApi(reviewId, systemId, '/items')}?${params}`;
}

/** Decides some accounts of a system in a review; the API refuses what the decider may not decide, and says why. */
export function decide(reviewId: string, systemId: string, decision: Decision, accounts: DecideBody['accounts'], reason?: string): Promise<Decided> {
  const body: DecideBody = { decision, accounts };
  if (reason?.trim()) body.reason = reason.trim();
  return sendJson<Decided>('POST', systemApi(reviewId, systemId, '/decisions'), body);
}

/** Keeps, in one request, every undecided account that carries no flag and is not the decider's own. */
export async function keepUnflaggedUndecided(reviewId: string, systemId: string): Promise<number> {
  return (await decide(reviewId, systemId, 'keep', { undecided: true, unflagged: true })).decided;
}
