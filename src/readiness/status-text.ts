import type { Type2Result } from './control-status.ts';

/**
 * A Type 2 result in one line, as the control matrix shows it: "operated consistently: 4 of 4 on
 * time", "operated consistently: 2 of 3 on time, 1 late or missed with a recorded exception", "not
 * consistent: 1 of 3 late or missed without an exception", "nothing fell due in the window".
 */
export function type2StatusText({ consistent, counts }: Type2Result): string {
  const broken = counts.late + counts.failed;
  if (counts.expected === 0) return counts.open ? `nothing fell due in the window; ${counts.open} still open` : 'nothing fell due in the window';
  if (!consistent) return `not consistent: ${broken - counts.excepted} of ${counts.expected} late or missed without an exception`;
  const excepted = counts.excepted ? `, ${counts.excepted} late or missed with a recorded exception` : '';
  return `operated consistently: ${counts.ok} of ${counts.expected} on time${excepted}`;
}
