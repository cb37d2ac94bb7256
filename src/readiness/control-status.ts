import type { Control } from '../controls/control.ts';

/** One check of a control, in words an auditor and a founder both read: what holds, and if not, what to do. */
export interface Check {
  ok: boolean;
  /** What the data shows, with its figures. */
  summary: string;
  /** When not ok: the next step, naming the page or command that takes it. */
  next?: string;
}

/** Type 1 at a date: the control is designed (policy in force, obligation scheduled) and in place (its evidence exists). */
export interface Type1Result {
  control: Control;
  designed: Check;
  inPlace: Check;
  ready: boolean;
}

/**
 * One thing that had to happen in a Type 2 window: an occurrence of a periodic control, a member
 * of a population (a hire, a leaver, a flagged account), or one check of a standing control.
 */
export interface OperationItem {
  /** Stable within the control: what an exception names ("access-review:aws@2026-09-30", a checklist id). */
  ref: string;
  /** The local date it fell due or happened. */
  date: string;
  label: string;
  /** ok: on time or as the rule asks; late and failed break consistency unless excepted; open has not fallen due yet. */
  result: 'ok' | 'late' | 'failed' | 'open';
  detail: string;
  /** A recorded exception for it: the reason, who and when. */
  exception: { reason: string; by: string; at: string } | null;
}

export type OperationBasis = 'occurrences' | 'population' | 'standing' | 'attachments';

/** Type 2 over a window: everything that had to happen, and whether each did. */
export interface Type2Result {
  control: Control;
  basis: OperationBasis;
  /** How the items were chosen, so the population can be seen to be complete. */
  selection: string;
  items: OperationItem[];
  counts: { expected: number; ok: number; late: number; failed: number; open: number; excepted: number };
  /** Every item that fell due was ok or has a recorded exception (and, for attachments, some exist). */
  consistent: boolean;
  next?: string;
}
