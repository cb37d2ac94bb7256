import type { ObligationCompletionTable, ObligationTable } from '../db/schema.ts';

/** How often an obligation falls due: every calendar duration from the anchor, or on listed dates. */
export type Cadence = { every: string } | { dates: string[] };

/**
 * A recurring obligation: "review access to AWS every quarter". Dates are local YYYY-MM-DD dates
 * in the workspace time zone; occurrences and their statuses are computed, never stored.
 */
export interface Obligation {
  /** A stable key chosen by the caller ("access-review:aws") or a generated UUID. */
  id: string;
  title: string;
  /** A role or an email. */
  owner: string;
  subject: { type: string; id: string } | null;
  cadence: Cadence;
  /** Occurrence k is due on anchor + k × cadence; the anchor itself is occurrence 0, never due. */
  anchorOn: string;
  /** ISO 8601 duration in weeks and days ("P0D", "P5D") the obligation may run past its due date. */
  grace: string;
  createdAt: string;
  /** No occurrence is due after this date. */
  retiredOn: string | null;
}

export type OccurrenceStatus = 'upcoming' | 'open' | 'on_time' | 'late' | 'missed';

export interface Completion {
  /** When the work was done, which may be earlier than when it was entered. */
  effectiveAt: string;
  recordedAt: string;
  /** The evidence event that proves it: the caller's own domain event, or the completion event. */
  evidenceSeq: number;
  note: string | null;
}

/**
 * One due instance of an obligation. It opens at the start of the day after the previous due date,
 * is due at the end of `dueOn` (`dueAt`, the instant the next local day starts) and stops accepting
 * on-window completions at `graceEndsAt`.
 */
export interface Occurrence {
  obligationId: string;
  /** k: the first occurrence after the anchor is 1. */
  index: number;
  dueOn: string;
  opensAt: string;
  dueAt: string;
  graceEndsAt: string;
  status: OccurrenceStatus;
  /** Open and past its due end: whole local days since the due date. */
  overdueDays?: number;
  /** Completed after its due end: whole local days after the due date. */
  lateDays?: number;
  completion: Completion | null;
}

export function obligationFromRow(row: ObligationTable, dueDates: string[]): Obligation {
  return {
    id: row.id,
    title: row.title,
    owner: row.owner,
    subject: row.subject_type !== null && row.subject_id !== null ? { type: row.subject_type, id: row.subject_id } : null,
    cadence: row.every !== null ? { every: row.every } : { dates: dueDates },
    anchorOn: row.anchor_on,
    grace: row.grace,
    createdAt: row.created_at,
    retiredOn: row.retired_on,
  };
}

export function completionFromRow(row: ObligationCompletionTable): Completion {
  return { effectiveAt: row.effective_at, recordedAt: row.recorded_at, evidenceSeq: row.evidence_seq, note: row.note };
}
