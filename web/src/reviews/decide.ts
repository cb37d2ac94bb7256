import type { FlagId } from '../accounts/account-types.ts';
import { getJson, sendJson } from '../ui/api.ts';
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

const PAGE = 500;
/** The most ids one decision takes (the API's limit). */
const CHUNK = 10_000;

/**
 * Keeps every undecided account that carries no flag and is not the decider's own. The items
 * route cannot filter on "no flag", so the undecided ones are read a page of ids at a time, then
 * kept in chunks; the page shows progress as it goes.
 */
export async function keepUnflaggedUndecided(reviewId: string, systemId: string, me: string, onProgress: (read: number, total: number) => void): Promise<number> {
  const ids: string[] = [];
  const filter: ItemFilter = { show: 'undecided', flag: null, decision: null, search: '' };
  for (let offset = 0; ; offset += PAGE) {
    const page = await getJson<ReviewItemPage>(itemsPath(reviewId, systemId, filter, offset, PAGE));
    for (const item of page.items) if (item.flags.length === 0 && item.ownAccountOf !== me) ids.push(item.externalId);
    onProgress(Math.min(offset + PAGE, page.total), page.total);
    if (offset + PAGE >= page.total) break;
  }
  let kept = 0;
  for (let i = 0; i < ids.length; i += CHUNK) kept += (await decide(reviewId, systemId, 'keep', { ids: ids.slice(i, i + CHUNK) })).decided;
  return kept;
}
