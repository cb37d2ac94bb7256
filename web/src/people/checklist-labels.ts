import type { ChecklistException, ChecklistItem } from './people-types.ts';

const phases: Record<string, string> = {
  'before-day-one': 'Before day one',
  'day-one': 'Day one',
  'first-weeks': 'First weeks',
  access: 'Access, by the end of the termination day',
  assets: 'Assets, within a week',
  'wrap-up': 'Wrap-up, within a week',
};

export const phasesOf = { onboarding: ['before-day-one', 'day-one', 'first-weeks'], offboarding: ['access', 'assets', 'wrap-up'] } as const;

export function phaseLabel(phase: string): string {
  return phases[phase] ?? phase;
}

/** The short name of a phase, for a select: "Access". */
export function phaseName(phase: string): string {
  return phaseLabel(phase).split(',')[0]!;
}

const outcomes: Record<string, string> = {
  done: 'Done',
  created: 'Created',
  'not-needed': 'Not needed',
  revoked: 'Revoked',
  'no-account': 'No account',
  returned: 'Returned',
  'not-returned': 'Not returned',
  none: 'No forwarding',
  forwarded: 'Forwarded until…',
};

/** "no-account" → "No account"; a recorded "forwarded until 2026-08-01" reads as it is. */
export function outcomeLabel(outcome: string): string {
  return outcomes[outcome] ?? outcome.charAt(0).toUpperCase() + outcome.slice(1);
}

export const proofLabels: Record<ChecklistItem['proof'], string> = { confirmation: 'A confirmation', file: 'A file', link: 'A link' };

export const confirmerLabels: Record<ChecklistItem['confirmedBy'], string> = { admin: 'Owner or admin', manager: 'Their manager', person: 'The person' };

/** Who confirms an item, by name where the page knows it. */
export function confirmerName(item: ChecklistItem, names: { person: string; manager: string | undefined }): string {
  if (item.confirmedBy === 'person') return names.person;
  if (item.confirmedBy === 'manager') return names.manager ? `${names.manager} (manager)` : 'their manager';
  return 'an owner or admin';
}

export const exceptionLabels: Record<ChecklistException['rule'], string> = { late: 'Late', 'after-conversation': 'After the conversation', 'not-returned': 'Not returned' };
