import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError, invalidInput } from '../../errors.ts';
import type { Checklist } from '../../people/checklist.ts';
import { formatTable } from '../output.ts';
import { type ChecklistTarget, localChecklistTarget, remoteChecklistTarget } from './checklist-target.ts';
import { targetFor } from '../remote.ts';

export function checklistTarget(): Promise<ChecklistTarget> {
  return targetFor(remoteChecklistTarget, localChecklistTarget);
}

export async function fileProof(file: string): Promise<{ name: string; bytes: Uint8Array }> {
  try {
    return { name: path.basename(file), bytes: await readFile(file) };
  } catch (error) {
    throw invalidInput(`cannot read ${file} (${(error as NodeJS.ErrnoException).code})`, '--file');
  }
}

/** The person's checklist to work on: the one named by --kind, else the open one of their current engagement. */
export function pickChecklist(checklists: Checklist[], person: string, kind: string | undefined): Checklist {
  if (kind !== undefined && kind !== 'onboarding' && kind !== 'offboarding') throw invalidInput(`--kind must be onboarding or offboarding, not "${kind}"`, '--kind');
  const current = checklists.filter((c) => c.engagement.id === checklists.at(-1)?.engagement.id);
  const found = kind ? current.find((c) => c.kind === kind) : (current.find((c) => c.kind === 'offboarding') ?? current.find((c) => c.kind === 'onboarding'));
  if (!found) throw new AppError('not_found', `${person} has no ${kind ?? 'onboarding or offboarding'} checklist; start one with groundwork ${kind === 'offboarding' ? 'offboard' : 'onboard'}`, 'person');
  return found;
}

export function checklistText(c: Checklist): string {
  const head = c.kind === 'onboarding'
    ? `Onboarding of ${c.person.name} <${c.person.email}>, ${c.engagement.kind}, starting ${c.engagement.startOn}${c.engagement.endOn ? `, ending ${c.engagement.endOn}` : ''}`
    : `Offboarding of ${c.person.name} <${c.person.email}>, ${c.reason}, access ends ${c.terminatesAt}${c.conversationAt ? `, told at ${c.conversationAt}` : ''}`;
  const deadline = c.deadline ? `\nSame-day deadline ${c.deadline.dueOn}: ${c.deadline.status.replace('_', ' ')}${c.deadline.lateDays ? `, ${c.deadline.lateDays} day(s) late` : ''}${c.deadline.overdueDays ? `, ${c.deadline.overdueDays} day(s) overdue` : ''}` : '';
  const rows = c.items.map((i) => ({
    key: i.key,
    phase: i.phase,
    item: i.title,
    by: i.confirmedBy,
    due: i.dueOn,
    done: i.done ? `${i.outcome} ${i.effectiveAt!.slice(0, 16).replace('T', ' ')} UTC by ${i.doneBy}` : 'open',
  }));
  const exceptions = c.exceptions.length ? `\nExceptions:\n${c.exceptions.map((e) => `  ${e.key}: ${e.detail}`).join('\n')}` : '';
  return `${head}${deadline}\n${c.done} of ${c.total} done${c.completedAt ? `, complete ${c.completedAt.slice(0, 10)}` : ''}\n\n${formatTable(rows, ['key', 'phase', 'item', 'by', 'due', 'done'])}${exceptions}`;
}
