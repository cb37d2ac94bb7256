import type { Context } from '../context.ts';
import { type ChecklistItem, loadChecklists } from './checklist.ts';
import { isAcknowledgementItem } from './checklist-template.ts';
import { findPerson } from './person.ts';

export interface WaitingItem {
  checklistId: string;
  kind: 'onboarding' | 'offboarding';
  person: { name: string; email: string };
  as: 'person' | 'manager';
  item: ChecklistItem;
}

/** The open items a user confirms: their own onboarding's, and those of the people they manage. */
export async function itemsWaitingFor(ctx: Context, email: string): Promise<WaitingItem[]> {
  const me = await findPerson(ctx, email);
  if (!me) return [];
  const engagements = await ctx.db.selectFrom('engagements').select('id').where((eb) => eb.or([eb('person_id', '=', me.id), eb('manager_id', '=', me.id)])).execute();
  const checklists = await loadChecklists(ctx, { engagementIds: engagements.map((e) => e.id) });
  return checklists.flatMap((checklist) => {
    const as = checklist.person.id === me.id ? 'person' : 'manager';
    return checklist.items
      // Acknowledgement items complete themselves; the policies to acknowledge are listed on their own.
      .filter((item) => !item.done && item.confirmedBy === as && !isAcknowledgementItem(item.key))
      .map((item) => ({ checklistId: checklist.id, kind: checklist.kind, person: { name: checklist.person.name, email: checklist.person.email }, as, item }));
  });
}
