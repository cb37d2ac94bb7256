import { Temporal } from 'temporal-polyfill';
import type { Context } from '../context.ts';
import type { Control } from '../controls/control.ts';
import type { Check, OperationBasis, OperationItem, Type2Result } from './control-status.ts';
import { inPlace } from './evaluate-type1.ts';
import { obligationItems } from './inventory-checks.ts';
import { manualItems } from './manual-checks.ts';
import { type Moment, momentOf } from './moment.ts';
import { checklistItemPopulation, checklistPopulation } from './people-checks.ts';
import { acknowledgementItems, policyReviewItems } from './policy-checks.ts';
import type { ReadinessData } from './readiness-data.ts';
import { accessReviewItems, flagReviewItems, remediationItems } from './review-checks.ts';

export interface Window {
  from: string;
  to: string;
  /** The workspace's today: nothing after it has fallen due. */
  today: string;
  now: Date;
}

/** A standing control holds at the end of every month of the window and at its end. */
function checkpointsOf(window: Window, timeZone: string): Moment[] {
  const last = window.to < window.today ? window.to : window.today;
  const dates: string[] = [];
  for (let month = Temporal.PlainDate.from(window.from).toPlainYearMonth(); ; month = month.add({ months: 1 })) {
    const end = month.toPlainDate({ day: month.daysInMonth }).toString();
    if (end >= last) break;
    if (end >= window.from) dates.push(end);
  }
  dates.push(last);
  return dates.map((d) => momentOf(Temporal.PlainDate.from(d), timeZone));
}

function standingItems(data: ReadinessData, control: Control, window: Window): OperationItem[] {
  return checkpointsOf(window, data.timeZone).map((at) => {
    const check: Check = inPlace(data, control, at);
    return { ref: `check:${at.date}`, date: at.date, label: `held on ${at.date}`, result: check.ok ? 'ok' : 'failed', detail: check.summary, exception: null };
  });
}

async function itemsOf(ctx: Context, data: ReadinessData, control: Control, window: Window): Promise<{ basis: OperationBasis; selection: string; items: OperationItem[] }> {
  const { from, to, today, now } = window;
  const evidence = control.evidence;
  switch (evidence.kind) {
    case 'policy-set':
      return { basis: 'occurrences', selection: 'every yearly policy review due in the window', items: policyReviewItems(data, 'all', from, to, now) };
    case 'policy-approved':
      return { basis: 'occurrences', selection: `the yearly reviews of ${evidence.policyId} due in the window`, items: policyReviewItems(data, [evidence.policyId], from, to, now) };
    case 'acknowledgements':
      return { basis: 'population', selection: 'everyone engaged at the window’s end, and each policy that applies to them', items: acknowledgementItems(data, momentOf(Temporal.PlainDate.from(to < today ? to : today), data.timeZone)) };
    case 'onboardings':
      return { basis: 'population', selection: 'every person whose first day falls in the window', items: checklistPopulation(data, 'onboarding', from, to, today) };
    case 'offboardings':
      return { basis: 'population', selection: 'every person whose last day falls in the window', items: checklistPopulation(data, 'offboarding', from, to, today) };
    case 'checklist-item':
      return { basis: 'population', selection: `the "${evidence.key}" item of every ${evidence.checklist} checklist due in the window`, items: checklistItemPopulation(data, evidence.checklist, evidence.key, from, to, today) };
    case 'access-reviews':
      return { basis: 'occurrences', selection: 'every quarterly review of every system due in the window', items: accessReviewItems(data, from, to, now) };
    case 'review-flag':
      return { basis: 'population', selection: `each system signed off in the window with accounts flagged ${evidence.flag}`, items: flagReviewItems(data, evidence.flag, from, to) };
    case 'review-remediation':
      return { basis: 'population', selection: 'each system signed off in the window with revocations or changes', items: await remediationItems(ctx, data, from, to) };
    case 'obligation':
      return { basis: 'occurrences', selection: `every obligation "${evidence.idPrefix}…" due in the window`, items: obligationItems(data, evidence.idPrefix, from, to, now) };
    case 'mfa-enforced':
    case 'systems-inventory':
    case 'people-directory':
    case 'assets':
    case 'evidence-log':
      return { basis: 'standing', selection: 'checked at the end of each month of the window and at its end', items: standingItems(data, control, window) };
    case 'manual':
      return {
        basis: 'attachments',
        selection: control.frequency.kind === 'periodic' ? `evidence attached for each ${control.frequency.every} period of the window` : 'evidence attached for the window',
        items: manualItems(data, control, from, to, today),
      };
  }
}

/** Every item with its recorded exception, if any, and whether the control operated consistently. */
export async function evaluateType2(ctx: Context, data: ReadinessData, control: Control, window: Window): Promise<Type2Result> {
  const { basis, selection, items: raw } = await itemsOf(ctx, data, control, window);
  const exceptions = new Map(
    data.controlRecords
      .filter((r) => r.controlId === control.id && r.action === 'controls.exception.recorded' && r.data.ref)
      .map((r) => [r.data.ref!, { reason: r.data.reason ?? '', by: r.actor, at: r.effectiveAt }]),
  );
  const items = raw.map((item) => ({ ...item, exception: item.result === 'late' || item.result === 'failed' ? (exceptions.get(item.ref) ?? null) : null }));
  const count = (result: OperationItem['result']) => items.filter((i) => i.result === result).length;
  const counts = {
    expected: items.filter((i) => i.result !== 'open').length,
    ok: count('ok'),
    late: count('late'),
    failed: count('failed'),
    open: count('open'),
    excepted: items.filter((i) => i.exception).length,
  };
  const unexplained = items.filter((i) => (i.result === 'late' || i.result === 'failed') && !i.exception);
  const consistent = unexplained.length === 0;
  const next = consistent
    ? undefined
    : `${unexplained.length} ${unexplained.length === 1 ? 'item was' : 'items were'} late or missed: record what happened as an exception with its reason (groundwork readiness except ${control.id} --ref REF --reason TEXT), and fix the cause.`;
  return { control, basis, selection, items, counts, consistent, next };
}
