import { Temporal } from 'temporal-polyfill';
import { loadAuditWindow } from '../audits/audit-window.ts';
import type { Context } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { refuseLongWindow } from '../readiness/readiness.ts';
import { localDateOf, parseLocalDate, startOfLocalDay } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';

/** An audit window: two local dates, both included, in the workspace's time zone, and the instants they span. */
export interface ExportWindow {
  from: string;
  to: string;
  timeZone: string;
  /** When `from` starts. */
  start: Date;
  /** When the day after `to` starts: the window is [start, end). */
  end: Date;
  /** The local date the package is made on. */
  today: string;
}

/**
 * The window a package covers: the dates given, or, given neither, the audit window (up to today
 * while it runs), else the twelve months to today. Both real dates, `from` not after `to`, and
 * `to` not after today, since a package holds what happened, and no longer than readiness
 * computes a Type 2 window over. Each error names the field.
 */
export async function checkedWindow(ctx: Pick<Context, 'db' | 'now'>, input: { from?: string; to?: string }): Promise<ExportWindow> {
  const given = { from: input.from?.trim() || undefined, to: input.to?.trim() || undefined };
  if ((given.from === undefined) !== (given.to === undefined)) throw invalidInput('give both ends of the window, from and to, or neither', given.from ? 'to' : 'from');
  const { timeZone } = await getWorkspace(ctx);
  const today = localDateOf(ctx.now(), timeZone);
  let from: Temporal.PlainDate;
  let to: Temporal.PlainDate;
  if (given.from !== undefined && given.to !== undefined) {
    from = parseLocalDate(given.from, 'from');
    to = parseLocalDate(given.to, 'to');
  } else {
    const audit = await loadAuditWindow(ctx);
    from = audit ? Temporal.PlainDate.from(audit.from) : today.subtract({ years: 1 }).add({ days: 1 });
    to = audit && Temporal.PlainDate.compare(Temporal.PlainDate.from(audit.to), today) < 0 ? Temporal.PlainDate.from(audit.to) : today;
    if (Temporal.PlainDate.compare(from, today) > 0) throw invalidInput(`the audit window starts on ${from}, after today (${today}): give the window's dates`, 'from');
  }
  if (Temporal.PlainDate.compare(from, to) > 0) throw invalidInput(`from (${from}) is after to (${to})`, 'from');
  if (Temporal.PlainDate.compare(to, today) > 0) {
    throw invalidInput(`to (${to}) is after today (${today} in ${timeZone}): a package holds what has happened, so the window ends today at the latest`, 'to');
  }
  refuseLongWindow(from, to);
  return {
    from: from.toString(),
    to: to.toString(),
    timeZone,
    start: startOfLocalDay(from, timeZone),
    end: startOfLocalDay(to.add({ days: 1 }), timeZone),
    today: today.toString(),
  };
}
