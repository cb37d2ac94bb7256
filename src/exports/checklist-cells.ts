import type { Checklist } from '../people/checklist.ts';
import { list } from './population.ts';

/**
 * Every item of a checklist in one cell, each with its state, when it took effect, who did it,
 * the event that records it, and its due date: "nda-signed: done 2026-03-30T14:00:00.000Z by
 * maya@… (event 57; due 2026-03-31, on time)".
 */
export function itemsCell(checklist: Checklist): string {
  const late = new Map(checklist.exceptions.filter((e) => e.rule === 'late').map((e) => [e.key, e.detail]));
  return list(
    checklist.items.map((item) => {
      const timing = late.get(item.key) ?? (item.done ? 'on time' : 'not yet due');
      const event = item.evidenceSeq ? `event ${item.evidenceSeq}; ` : '';
      return item.done ? `${item.key}: ${item.outcome} ${item.effectiveAt} by ${item.doneBy} (${event}due ${item.dueOn}, ${timing})` : `${item.key}: open (due ${item.dueOn}, ${timing})`;
    }),
  );
}

/** The evidence events a checklist's items rest on. */
export const itemEvents = (checklist: Checklist) => checklist.items.map((item) => item.evidenceSeq);

export const exceptionsCell = (checklist: Pick<Checklist, 'exceptions'>) => list(checklist.exceptions.map((e) => `${e.key}: ${e.detail}`));
