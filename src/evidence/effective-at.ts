import { invalidInput } from '../errors.ts';

/**
 * When a recorded change took effect: `effectiveAt` when given (a review done on 30 June and
 * entered on 8 July), else now. It may be earlier than now, never later.
 */
export function effectiveAtOrNow(effectiveAt: Date | undefined, now: Date): Date {
  const effective = effectiveAt ?? now;
  if (Number.isNaN(effective.getTime())) throw invalidInput('the effective date is not a valid date', 'effectiveAt');
  if (effective.getTime() > now.getTime()) {
    throw invalidInput(`the effective date ${effective.toISOString()} is later than now (${now.toISOString()})`, 'effectiveAt');
  }
  return effective;
}
