/** The shapes of the audits API, from the route schemas (src/audits/schemas.ts) via web/src/api/openapi.d.ts. */
import type { BodyOf, ResponseOf } from '../api/types.ts';

/** GET /api/audits/window */
export type WindowAnswer = ResponseOf<'/api/audits/window', 'get'>;
export type AuditWindow = NonNullable<WindowAnswer['window']>;
export type WindowBody = BodyOf<'/api/audits/window', 'put'>;
/** GET /api/audits/requests */
export type RequestList = ResponseOf<'/api/audits/requests', 'get'>;
export type AuditRequest = RequestList['requests'][number];
export type RequestStatus = AuditRequest['status'];
/** GET /api/audits/requests/:id */
export type RequestDetail = ResponseOf<'/api/audits/requests/{id}', 'get'>;
export type RequestLink = RequestDetail['links'][number];
export type PopulationKind = NonNullable<RequestLink['population']>['kind'];
export type LinkBody = BodyOf<'/api/audits/requests/{id}/links', 'post'>;
/** The import: the file's columns, then what it would do. */
export type ImportBody = BodyOf<'/api/audits/requests/import/preview', 'post'>;
export type FileColumns = ResponseOf<'/api/audits/requests/import/headers', 'post'>;
export type RequestField = FileColumns['columns'][number]['field'];
export type ImportResult = ResponseOf<'/api/audits/requests/import/preview', 'post'>;
export type DateFormat = NonNullable<ImportBody['dateFormat']>;

export const requestApi = (id: string, rest = '') => `/api/audits/requests/${encodeURIComponent(id)}${rest}`;

export const statusLabels: Record<RequestStatus, { label: string; color: string }> = {
  open: { label: 'Open', color: 'blue' },
  overdue: { label: 'Overdue', color: 'red' },
  answered: { label: 'Answered', color: 'green' },
};

export const populationLabels: Record<PopulationKind, string> = {
  hires: 'Hires',
  leavers: 'Leavers',
  'access-reviews': 'Access reviews',
  'review-decisions': 'Access review decisions',
  'policy-approvals': 'Policy approvals',
  'policy-reviews': 'Policy reviews',
  acknowledgements: 'Policy acknowledgements',
  occurrences: 'Recurring obligations',
  people: 'People directory',
  systems: 'Systems inventory',
  assets: 'Asset inventory',
};

export const fieldLabels: Record<RequestField, string> = { id: 'Request id', control: 'Control reference', description: 'Description', dueOn: 'Due date' };

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
