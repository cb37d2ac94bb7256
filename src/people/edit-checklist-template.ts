import { type Context, inTransaction } from '../context.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { type ChecklistKind, checkedTemplate, checklistTemplate, type ItemSpec, templateId } from './checklist-template.ts';
import type { PersonKind } from './person-kind.ts';

/**
 * Replaces the workspace's checklist for one kind of person. Checklists already started keep the
 * items they started with; the change applies to the next one, and the before and after are evidence.
 */
export async function editChecklistTemplate(ctx: Context, input: { kind: ChecklistKind; personKind: PersonKind; items: Parameters<typeof checkedTemplate>[1] }): Promise<ItemSpec[]> {
  const items = checkedTemplate(input.kind, input.items);
  return inTransaction(ctx, async (tx) => {
    const before = await checklistTemplate(tx, input.kind, input.personKind);
    const id = templateId(input.kind, input.personKind);
    const row = { items: JSON.stringify(items), updated_at: tx.now().toISOString(), updated_by: tx.actor.id };
    await tx.db.insertInto('checklist_templates').values({ id, ...row }).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
    await appendEvent(tx, { action: 'people.checklist-template.changed', subject: { type: 'checklist-template', id }, data: { before: before.items, after: items, wasShipped: !before.edited } });
    return items;
  });
}
