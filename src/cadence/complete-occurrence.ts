import { Temporal } from 'temporal-polyfill';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { effectiveAtOrNow } from '../evidence/effective-at.ts';
import { localDateOf, parseLocalDate } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { loadObligation } from './load-obligations.ts';
import { type ObligationSchedule, type OccurrenceWindow, obligationSchedule } from './obligation-schedule.ts';
import type { Completion, Obligation, Occurrence } from './obligation.ts';
import { occurrenceOf } from './occurrence-of.ts';

export interface CompleteOccurrenceInput {
  obligationId: string;
  /**
   * The due date of the occurrence completed. Without it, the earliest uncompleted occurrence
   * whose window (opens to grace end) holds the effective date; a missed occurrence must be named.
   */
  dueOn?: string;
  /** When the work was done, if earlier than now: a review done on 30 June and entered on 8 July. */
  effectiveAt?: Date;
  /** The seq of the caller's own evidence event that proves the work ("review signed off"). */
  proofSeq?: number;
  note?: string;
}

/**
 * Completes one occurrence and records `cadence.occurrence.completed` in the same transaction.
 * The completion links `proofSeq` when given, else the completion event itself.
 */
export async function completeOccurrence(ctx: Context, input: CompleteOccurrenceInput): Promise<Occurrence> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    // Checked before choosing the occurrence, so a future date is refused as such.
    const effective = effectiveAtOrNow(input.effectiveAt, now);
    const { timeZone } = await getWorkspace(tx);
    const { obligation, completions } = await loadObligation(tx, input.obligationId);
    const schedule = obligationSchedule(obligation, timeZone);
    const window =
      input.dueOn === undefined
        ? windowHolding(obligation, schedule, completions, effective, timeZone)
        : namedWindow(obligation, schedule, input.dueOn);
    const dueOn = window.dueOn.toString();
    const done = completions.get(dueOn);
    if (done) {
      throw new AppError('conflict', `the occurrence of "${obligation.id}" due ${dueOn} was already completed (effective ${done.effectiveAt})`, 'dueOn');
    }
    if (effective < window.opens) {
      throw invalidInput(
        `effectiveAt (${effective.toISOString()}) is before the occurrence due ${dueOn} opens (${window.opens.toISOString()})`,
        'effectiveAt',
      );
    }
    if (input.proofSeq !== undefined) await requireEvent(tx, input.proofSeq);

    const note = input.note?.trim() || null;
    const event = await appendEvent(tx, {
      action: 'cadence.occurrence.completed',
      subject: { type: 'obligation', id: obligation.id },
      data: { dueOn, proofSeq: input.proofSeq, note: note ?? undefined },
      effectiveAt: effective,
    });
    const completion: Completion = {
      effectiveAt: effective.toISOString(),
      recordedAt: now.toISOString(),
      evidenceSeq: input.proofSeq ?? event.seq,
      note,
    };
    const inserted = await tx.db
      .insertInto('obligation_completions')
      .values({
        obligation_id: obligation.id,
        due_on: dueOn,
        effective_at: completion.effectiveAt,
        recorded_at: completion.recordedAt,
        evidence_seq: completion.evidenceSeq,
        note,
      })
      .onConflict((oc) => oc.columns(['obligation_id', 'due_on']).doNothing())
      .returning('due_on')
      .executeTakeFirst();
    // A concurrent completion of the same occurrence committed first; this one's event rolls back.
    if (!inserted) throw new AppError('conflict', `the occurrence of "${obligation.id}" due ${dueOn} was already completed`, 'dueOn');
    return occurrenceOf(obligation.id, window, completion, now, timeZone);
  });
}

function namedWindow(obligation: Obligation, schedule: ObligationSchedule, text: string): OccurrenceWindow {
  const date = parseLocalDate(text, 'dueOn');
  const { first, last } = schedule.indicesBetween(date, date);
  if (first > last) {
    const before = schedule.dueOn(first - 1);
    const after = schedule.dueOn(first);
    const near = [before, after].filter((d) => d !== undefined).join(' and ');
    throw invalidInput(`${text} is not a due date of "${obligation.id}"${near ? ` (the nearest: ${near})` : ''}`, 'dueOn');
  }
  return schedule.window(first);
}

function windowHolding(
  obligation: Obligation,
  schedule: ObligationSchedule,
  completions: Map<string, Completion>,
  at: Date,
  timeZone: string,
): OccurrenceWindow {
  const day = localDateOf(at, timeZone);
  // A window can hold `at` only if it opened by `day` (its previous due date is earlier) and its
  // grace ends after `day` starts: both bounds are found by search, so a long history is never walked.
  const opened = schedule.lastOpenedBy(day);
  const grace = Temporal.Duration.from(obligation.grace);
  const { first } = schedule.indicesBetween(day.subtract(grace).subtract({ days: 1 }), day);
  const holding: OccurrenceWindow[] = [];
  for (let k = Math.max(first, 1); k <= opened; k++) {
    const window = schedule.window(k);
    if (window.opens <= at && at < window.graceEnd) holding.push(window);
  }
  const open = holding.find((w) => !completions.has(w.dueOn.toString()));
  if (open) return open;
  const completed = holding.at(-1);
  if (completed) {
    throw new AppError('conflict', `the occurrence of "${obligation.id}" due ${completed.dueOn} was already completed`, 'dueOn');
  }
  throw invalidInput(
    `no occurrence of "${obligation.id}" is open on ${day} (the effective date); name the occurrence with dueOn, which also completes a missed occurrence late`,
    'dueOn',
  );
}

async function requireEvent(ctx: Context, seq: number): Promise<void> {
  const found = await ctx.db.selectFrom('evidence_events').select('seq').where('seq', '=', seq).executeTakeFirst();
  if (!found) throw invalidInput(`proofSeq ${seq} is not the seq of an evidence event`, 'proofSeq');
}
