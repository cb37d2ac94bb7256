import { Temporal } from 'temporal-polyfill';
import { parseCadenceDuration } from '../cadence/calendar-duration.ts';
import type { Control } from '../controls/control.ts';
import type { Check, OperationItem } from './control-status.ts';
import { type Moment, localDay, plural } from './moment.ts';
import type { ControlRecord, ReadinessData } from './readiness-data.ts';

function attachmentsOf(data: ReadinessData, control: Control): ControlRecord[] {
  return data.controlRecords.filter((r) => r.controlId === control.id && r.action === 'controls.evidence.attached');
}

const fileNames = (records: ControlRecord[]) => records.map((r) => r.data.fileName ?? r.attachments[0]?.slice(0, 12)).join(', ');

/**
 * Evidence Groundwork does not keep itself, attached to the control. A periodic control needs an
 * attachment from within its last period (a yearly review from the last twelve months).
 */
export function manualInPlace(data: ReadinessData, control: Control, attach: string, at: Moment): Check {
  const attached = attachmentsOf(data, control).filter((r) => r.recordedAt < at.iso);
  const since =
    control.frequency.kind === 'periodic' ? Temporal.PlainDate.from(at.date).subtract(parseCadenceDuration(control.frequency.every, 'every')).toString() : null;
  const current = since ? attached.filter((r) => localDay(r.effectiveAt, data.timeZone) > since) : attached;
  const next = `Attach: ${attach} (Readiness → ${control.id} → Attach, or groundwork readiness attach ${control.id} FILE).`;
  if (current.length === 0) {
    return attached.length
      ? { ok: false, summary: `the last evidence attached is from ${localDay(attached.at(-1)!.effectiveAt, data.timeZone)}, older than its period`, next }
      : { ok: false, summary: 'manual: no evidence attached yet', next };
  }
  return { ok: true, summary: `${plural(current.length, 'attachment')}: ${fileNames(current)}` };
}

/** Periodic: each period of the window needs its attachment. Per event or standing: the window needs some. */
export function manualItems(data: ReadinessData, control: Control, from: string, to: string, today: string): OperationItem[] {
  const attached = attachmentsOf(data, control).map((r) => ({ record: r, day: localDay(r.effectiveAt, data.timeZone) }));
  const within = (start: string, end: string) => attached.filter((a) => a.day >= start && a.day <= end).map((a) => a.record);
  if (control.frequency.kind !== 'periodic') {
    const found = within(from, to);
    const base = { ref: `window:${from}`, date: to, label: `${from} to ${to}`, exception: null };
    if (found.length) return [{ ...base, result: 'ok', detail: `${plural(found.length, 'attachment')}: ${fileNames(found)}` }];
    return [{ ...base, result: to < today ? 'failed' : 'open', detail: 'no evidence attached for the window (attach the records, or a note that there were none)' }];
  }
  const every = parseCadenceDuration(control.frequency.every, 'every');
  const items: OperationItem[] = [];
  for (let start = Temporal.PlainDate.from(from); start.toString() <= to; start = start.add(every)) {
    const end = start.add(every).subtract({ days: 1 });
    const last = end.toString() < to ? end.toString() : to;
    const found = within(start.toString(), last);
    const base = { ref: `period:${start}`, date: last, label: `${start} to ${last}`, exception: null };
    if (found.length) items.push({ ...base, result: 'ok', detail: `${plural(found.length, 'attachment')}: ${fileNames(found)}` });
    else items.push({ ...base, result: last < today ? 'failed' : 'open', detail: 'no evidence attached for this period' });
  }
  return items;
}
