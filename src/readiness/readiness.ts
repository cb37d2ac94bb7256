import { Temporal } from 'temporal-polyfill';
import { loadAuditWindow } from '../audits/audit-window.ts';
import type { Context } from '../context.ts';
import { controls as catalog } from '../controls/catalog.ts';
import { invalidInput } from '../errors.ts';
import { localDateOf, parseLocalDate } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import type { Type1Result, Type2Result } from './control-status.ts';
import { evaluateType1 } from './evaluate-type1.ts';
import { evaluateType2 } from './evaluate-type2.ts';
import { type Gap, orderedGaps } from './gap-list.ts';
import { momentOf } from './moment.ts';
import { loadReadinessData, type ReadinessData } from './readiness-data.ts';

export interface Score {
  met: number;
  total: number;
  /** met / total, rounded down: 100 only when every control is met. */
  percent: number;
}

export interface Type1Report {
  type: 1;
  asOf: string;
  timeZone: string;
  score: Score;
  controls: Type1Result[];
  gaps: Gap[];
}

export interface Type2Report {
  type: 2;
  from: string;
  to: string;
  timeZone: string;
  score: Score;
  controls: Type2Result[];
  gaps: Gap[];
}

/** The longest Type 2 window: an audit period is six to twelve months. */
export const MAX_WINDOW_MONTHS = 24;

/** Refuses a window longer than MAX_WINDOW_MONTHS, naming `to`: readiness's and the auditor package's one rule. */
export function refuseLongWindow(from: Temporal.PlainDate, to: Temporal.PlainDate): void {
  if (Temporal.PlainDate.compare(from.add({ months: MAX_WINDOW_MONTHS }), to) <= 0) {
    throw invalidInput(`the window from ${from} to ${to} is longer than ${MAX_WINDOW_MONTHS} months; an audit period is six to twelve`, 'to');
  }
}

const scoreOf = (met: number, total: number): Score => ({ met, total, percent: total ? Math.floor((met * 100) / total) : 0 });

/** Today in the workspace's zone, read before the data so that bad input is refused without loading it. */
async function todayOf(ctx: Context): Promise<Temporal.PlainDate> {
  return localDateOf(ctx.now(), (await getWorkspace(ctx)).timeZone);
}

function type1At(data: ReadinessData, date: Temporal.PlainDate): { controls: Type1Result[]; score: Score } {
  const at = momentOf(date, data.timeZone);
  const controls = catalog.map((control) => evaluateType1(data, control, at));
  return { controls, score: scoreOf(controls.filter((c) => c.ready).length, controls.length) };
}

/** Type 1 as of a date (today when left out): each control designed and in place, and the gaps in the guide's order. */
export async function readinessType1(ctx: Context, input: { asOf?: string } = {}): Promise<Type1Report> {
  const today = await todayOf(ctx);
  const asOf = input.asOf ? parseLocalDate(input.asOf, 'asOf') : today;
  if (Temporal.PlainDate.compare(asOf, today) > 0) throw invalidInput(`asOf (${asOf}) is after today (${today}); readiness is computed from what has happened`, 'asOf');
  const data = await loadReadinessData(ctx);
  const { controls, score } = type1At(data, asOf);
  const gaps = controls
    .filter((c) => !c.ready)
    .map((c) => {
      const check = c.designed.ok ? c.inPlace : c.designed;
      return { control: c.control, controlId: c.control.id, title: c.control.title, core: c.control.core ?? null, problem: check.summary, next: check.next ?? '' };
    });
  return { type: 1, asOf: asOf.toString(), timeZone: data.timeZone, score, controls, gaps: orderedGaps(gaps) };
}

/**
 * Type 2 over a window (the audit window when left out, else the twelve months to today): every
 * occurrence and population member, and whether each control operated consistently.
 */
export async function readinessType2(ctx: Context, input: { from?: string; to?: string } = {}): Promise<Type2Report> {
  const today = await todayOf(ctx);
  if ((input.from === undefined) !== (input.to === undefined)) throw invalidInput('give both ends of the window, from and to, or neither', input.from ? 'to' : 'from');
  const auditWindow = input.from ? null : await loadAuditWindow(ctx);
  const from = input.from ? parseLocalDate(input.from, 'from') : auditWindow ? Temporal.PlainDate.from(auditWindow.from) : today.subtract({ years: 1 }).add({ days: 1 });
  const to = input.to ? parseLocalDate(input.to, 'to') : auditWindow ? Temporal.PlainDate.from(auditWindow.to) : today;
  if (Temporal.PlainDate.compare(from, to) > 0) throw invalidInput(`to (${to}) is before from (${from})`, 'to');
  if (Temporal.PlainDate.compare(from, today) > 0) throw invalidInput(`from (${from}) is after today (${today}); a window must have begun`, 'from');
  refuseLongWindow(from, to);
  const data = await loadReadinessData(ctx);
  const window = { from: from.toString(), to: to.toString(), today: today.toString(), now: ctx.now() };
  const controls: Type2Result[] = [];
  for (const control of catalog) controls.push(await evaluateType2(ctx, data, control, window));
  const gaps = controls
    .filter((c) => !c.consistent)
    .map((c) => {
      const broken = c.items.filter((i) => (i.result === 'late' || i.result === 'failed') && !i.exception);
      const problem = broken
        .slice(0, 3)
        .map((i) => `${i.label}: ${i.detail}`)
        .join('; ');
      return { control: c.control, controlId: c.control.id, title: c.control.title, core: c.control.core ?? null, problem: broken.length > 3 ? `${problem}; and ${broken.length - 3} more` : problem, next: c.next ?? '' };
    });
  return { type: 2, from: window.from, to: window.to, timeZone: data.timeZone, score: scoreOf(controls.filter((c) => c.consistent).length, controls.length), controls, gaps: orderedGaps(gaps) };
}

export interface ScorePoint extends Score {
  date: string;
}

/** The Type 1 score at the end of each of the last months since the workspace began, and today: the chart on the readiness page. */
export async function readinessHistory(ctx: Context, input: { months?: number } = {}): Promise<ScorePoint[]> {
  const today = await todayOf(ctx);
  const data = await loadReadinessData(ctx);
  const began = localDateOf(new Date(data.beganAt), data.timeZone);
  const months = input.months ?? 12;
  const dates: Temporal.PlainDate[] = [];
  for (let month = today.toPlainYearMonth().subtract({ months }); ; month = month.add({ months: 1 })) {
    const end = month.toPlainDate({ day: month.daysInMonth });
    if (Temporal.PlainDate.compare(end, today) >= 0) break;
    if (Temporal.PlainDate.compare(end, began) >= 0) dates.push(end);
  }
  dates.push(today);
  return dates.map((date) => ({ date: date.toString(), ...type1At(data, date).score }));
}
