import { controls as catalog } from '../controls/catalog.ts';
import { type Control, type CoreMark, coreMarks } from '../controls/control.ts';

/** A control that is not there yet, with what is wrong and what to do next. */
export interface Gap {
  controlId: string;
  title: string;
  core: CoreMark | null;
  problem: string;
  next: string;
}

const rank = (control: Control) => (control.core ? coreMarks.indexOf(control.core) : coreMarks.length);
const position = new Map(catalog.map((c, i) => [c.id, i]));

/**
 * In the order the guide advises: the day-one policies, then documented policies, one checklist
 * for joiners and leavers, quarterly access reviews; then the rest in catalog order.
 */
export function orderedGaps(gaps: (Gap & { control: Control })[]): Gap[] {
  return gaps
    .sort((a, b) => rank(a.control) - rank(b.control) || (position.get(a.controlId) ?? 0) - (position.get(b.controlId) ?? 0))
    .map(({ control: _, ...gap }) => gap);
}
