import type { QueryValue } from '../ui/api.ts';

/**
 * What the Evidence page shows, kept in the URL query under the API's own parameter names, so
 * a filtered view can be bookmarked or sent to someone:
 * `/evidence?action=reviews.review.signed_off&from=2026-04-01&to=2026-06-30&event=42`.
 */
export interface EvidenceView {
  subjectType: string;
  subjectId: string;
  action: string;
  actor: string;
  /** YYYY-MM-DD in the workspace zone, inclusive, on the effective date. */
  from: string;
  to: string;
  limit: number;
  /** Page cursor: events with seq below it. */
  before: number | undefined;
  /** The event open in the drawer. */
  event: number | undefined;
}

export type FilterName = 'subjectType' | 'subjectId' | 'action' | 'actor' | 'from' | 'to';

export const filterNames: FilterName[] = ['subjectType', 'subjectId', 'action', 'actor', 'from', 'to'];
export const pageSizes = [25, 50, 100, 200];
export const defaultLimit = 50;

export function viewFromSearch(search: string): EvidenceView {
  const params = new URLSearchParams(search);
  const text = (name: string) => params.get(name)?.trim() ?? '';
  const limit = positive(params.get('limit'));
  return {
    subjectType: text('subjectType'),
    subjectId: text('subjectId'),
    action: text('action'),
    actor: text('actor'),
    from: text('from'),
    to: text('to'),
    limit: limit !== undefined && limit <= 200 ? limit : defaultLimit,
    before: positive(params.get('before')),
    event: positive(params.get('event')),
  };
}

export function searchFromView(view: EvidenceView): string {
  const params = new URLSearchParams();
  for (const name of filterNames) if (view[name]) params.set(name, view[name]);
  if (view.limit !== defaultLimit) params.set('limit', String(view.limit));
  if (view.before !== undefined) params.set('before', String(view.before));
  if (view.event !== undefined) params.set('event', String(view.event));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The query for GET /api/evidence: the filters and the page, not the drawer. */
export function apiQuery(view: EvidenceView): Record<string, QueryValue> {
  const { event: _drawer, ...query } = view;
  return query;
}

export function hasFilters(view: EvidenceView): boolean {
  return filterNames.some((name) => view[name] !== '');
}

/** Identifies a filtered list regardless of page and drawer: paging restarts when it changes. */
export function filterKey(view: EvidenceView): string {
  return filterNames.map((name) => view[name]).join('\u0000') + `\u0000${view.limit}`;
}

function positive(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value > 0 ? value : undefined;
}
