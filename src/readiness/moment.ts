import { Temporal } from 'temporal-polyfill';
import type { LoadedObligation } from '../cadence/load-obligations.ts';
import { occurrencesBetween } from '../cadence/list-occurrences.ts';
import type { Occurrence } from '../cadence/obligation.ts';
import { localDateOf, startOfLocalDay } from '../time/local-date.ts';
import type { ReadinessData } from './readiness-data.ts';

/** The end of a local date: readiness "as of 30 September" counts everything recorded that day. */
export interface Moment {
  date: string;
  end: Date;
  iso: string;
}

export function momentOf(date: Temporal.PlainDate, timeZone: string): Moment {
  const end = startOfLocalDay(date.add({ days: 1 }), timeZone);
  return { date: date.toString(), end, iso: end.toISOString() };
}

/**
 * The occurrences of an obligation due from `from` (or its first) to `to`, with their status at
 * `at` from what had been recorded by then: a review entered late is not in place before it was entered.
 */
export function occurrencesAt(loaded: LoadedObligation, from: string | null, to: string, at: Date, timeZone: string): Occurrence[] {
  if (loaded.obligation.createdAt >= at.toISOString()) return [];
  const recordedBy = at.toISOString();
  const completions = new Map([...loaded.completions].filter(([, c]) => c.recordedAt < recordedBy));
  const first = from ? Temporal.PlainDate.from(from) : Temporal.PlainDate.from(loaded.obligation.anchorOn).add({ days: 1 });
  const last = Temporal.PlainDate.from(to);
  if (Temporal.PlainDate.compare(first, last) > 0) return [];
  return occurrencesBetween({ obligation: loaded.obligation, completions }, first, last, at, timeZone);
}

/** Occurrences that had fallen due by `at` and were neither done nor within their grace: what an auditor finds overdue. */
export function overdueAt(loaded: LoadedObligation, at: Moment, timeZone: string): Occurrence[] {
  return occurrencesAt(loaded, null, at.date, at.end, timeZone).filter((o) => o.status === 'missed' || (o.status === 'open' && (o.overdueDays ?? 0) > 0));
}

export interface PolicyInForce {
  policy: ReadinessData['policies'][number];
  version: ReadinessData['versions'][number];
}

/** A policy (by its template id) and its version in force at `at`, if it was adopted, published and not retired. */
export function policyInForce(data: ReadinessData, policyId: string, at: Moment): PolicyInForce | undefined {
  const policy = data.policies.find((p) => p.id === policyId);
  if (!policy || (policy.retiredAt && policy.retiredAt < at.iso)) return undefined;
  const version = data.versions.findLast((v) => v.policyId === policyId && v.publishedAt < at.iso);
  return version && { policy, version };
}

/** People engaged at the end of a date: started by then and not ended before it. */
export function engagedAt(data: ReadinessData, at: Moment): ReadinessData['engagements'] {
  return data.engagements.filter((e) => e.startOn <= at.date && (e.endOn === null || e.endOn >= at.date) && e.createdAt < at.iso);
}

/** "2026-09-30" from an instant, in the workspace's zone. */
export function localDay(iso: string, timeZone: string): string {
  return localDateOf(new Date(iso), timeZone).toString();
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
