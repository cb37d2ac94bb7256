import { randomUUID } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { parseLocalDate } from '../time/local-date.ts';
import { formatCalendarDuration, parseCadenceDuration, parseGracePeriod } from './calendar-duration.ts';
import type { Cadence, Obligation } from './obligation.ts';

export interface CreateObligationInput {
  /** A stable key ("access-review:aws", "policy-review:information-security"); a random UUID when omitted. */
  id?: string;
  title: string;
  /** A role ("security-lead") or an email. */
  owner: string;
  /** What the obligation is about: { type: 'system', id: 'aws' }. */
  subject?: { type: string; id: string };
  /** { every: 'P3M' } for quarterly, or { dates: ['2026-03-31', '2026-09-30'] } for listed dates. */
  cadence: Cadence;
  /** YYYY-MM-DD: the first occurrence is due one cadence after it (or on the first listed date, which must be later). */
  anchorOn: string;
  /** How long past its due date an occurrence may still be completed before it is missed; default P0D. */
  grace?: string;
}

/** The most due dates one obligation may list; longer schedules are a cadence. */
export const MAX_LISTED_DATES = 1000;

/** Creates an obligation and records `cadence.obligation.created`. A taken id is a conflict. */
export async function createObligation(ctx: Context, input: CreateObligationInput): Promise<Obligation> {
  const obligation = checkedObligation(input, ctx.now());
  const dueDates = 'dates' in obligation.cadence ? obligation.cadence.dates : [];
  return inTransaction(ctx, async (tx) => {
    const inserted = await tx.db
      .insertInto('obligations')
      .values({
        id: obligation.id,
        title: obligation.title,
        owner: obligation.owner,
        subject_type: obligation.subject?.type ?? null,
        subject_id: obligation.subject?.id ?? null,
        every: 'every' in obligation.cadence ? obligation.cadence.every : null,
        anchor_on: obligation.anchorOn,
        grace: obligation.grace,
        created_at: obligation.createdAt,
        retired_on: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw new AppError('conflict', `an obligation with the id "${obligation.id}" already exists`, 'id');
    if (dueDates.length > 0) {
      await tx.db
        .insertInto('obligation_due_dates')
        .values(dueDates.map((dueOn) => ({ obligation_id: obligation.id, due_on: dueOn })))
        .execute();
    }
    await appendEvent(tx, {
      action: 'cadence.obligation.created',
      subject: { type: 'obligation', id: obligation.id },
      data: {
        title: obligation.title,
        owner: obligation.owner,
        subject: obligation.subject,
        cadence: obligation.cadence,
        anchorOn: obligation.anchorOn,
        grace: obligation.grace,
      },
    });
    return obligation;
  });
}

function checkedObligation(input: CreateObligationInput, now: Date): Obligation {
  const id = input.id === undefined ? randomUUID() : required(input.id, 'id');
  const anchor = parseLocalDate(input.anchorOn, 'anchorOn');
  const grace = formatCalendarDuration(parseGracePeriod(input.grace ?? 'P0D', 'grace'));
  return {
    id,
    title: required(input.title, 'title'),
    owner: required(input.owner, 'owner'),
    subject: input.subject
      ? { type: required(input.subject.type, 'subject.type'), id: required(input.subject.id, 'subject.id') }
      : null,
    cadence: checkedCadence(input.cadence, anchor),
    anchorOn: anchor.toString(),
    grace,
    createdAt: now.toISOString(),
    retiredOn: null,
  };
}

function checkedCadence(cadence: Cadence, anchor: Temporal.PlainDate): Cadence {
  if ('every' in cadence) {
    const every = parseCadenceDuration(cadence.every, 'cadence.every');
    try {
      anchor.add(every);
    } catch {
      throw invalidInput(`${cadence.every} after ${anchor} is past the end of the calendar`, 'cadence.every');
    }
    return { every: formatCalendarDuration(every) };
  }
  const { dates } = cadence;
  if (dates.length === 0) throw invalidInput('cadence.dates must list at least one due date', 'cadence.dates');
  if (dates.length > MAX_LISTED_DATES) {
    throw invalidInput(`cadence.dates lists ${dates.length} dates; at most ${MAX_LISTED_DATES} are allowed, use a cadence instead`, 'cadence.dates');
  }
  let previous = anchor;
  dates.forEach((text, i) => {
    const where = `cadence.dates[${i}]`;
    const date = parseLocalDate(text, where);
    if (Temporal.PlainDate.compare(date, previous) <= 0) {
      const after = i === 0 ? `the anchor date ${anchor}` : `the date before it, ${previous}`;
      throw invalidInput(`${where} (${text}) must be later than ${after}: due dates are strictly increasing`, where);
    }
    previous = date;
  });
  return { dates: [...dates] };
}

function required(text: string, where: string): string {
  const value = text.trim();
  if (value === '') throw invalidInput(`${where} must not be empty`, where);
  return value;
}
