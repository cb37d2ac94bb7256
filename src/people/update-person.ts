import { Temporal } from 'temporal-polyfill';
import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { managerId, recordedFields, requireFreeAddresses } from './add-person.ts';
import { scheduleEngagementEnd, stopEngagementEnd } from './engagement-end.ts';
import { checkedPerson, type PersonInput } from './person-input.ts';
import { loadPerson, type Person, todayIn } from './person.ts';

/**
 * Changes a person's details and their current engagement (title, department, manager, dates),
 * and records what changed, before and after. A new end date moves the offboarding's due date.
 * The kind of engagement never changes: a contractor who becomes an employee is a new engagement.
 */
export async function updatePerson(ctx: Context, idOrEmail: string, changes: Partial<PersonInput>, where = (field: string) => field): Promise<Person> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadPerson(tx, idOrEmail);
    const engagement = before.current;
    if (engagement.status === 'departed') throw new AppError('conflict', `${before.name} left on ${engagement.offboarding!.terminatesAt.slice(0, 10)}: a departed engagement does not change`, where('person'));
    const manager = engagement.managerId ? (await loadPerson(tx, engagement.managerId)).email : null;
    const current = checkedPerson({ name: before.name, email: before.email, aliases: before.aliases, kind: engagement.kind, title: engagement.title, department: engagement.department, manager, startOn: engagement.startOn, endOn: engagement.endOn });
    const next = checkedPerson({ ...current, ...changes }, where);
    if (next.kind !== current.kind) throw new AppError('conflict', `${before.name} is a ${current.kind}; a change to ${next.kind} is a new engagement: offboard, then onboard again`, where('kind'));
    if (next.startOn !== current.startOn && engagement.status !== 'pre-hire') throw new AppError('conflict', `${before.name} started on ${current.startOn}; only a pre-hire's start date moves`, where('startOn'));

    const was = recordedFields(current);
    const now = recordedFields(next);
    const changed = (Object.keys(now) as (keyof typeof now)[]).filter((key) => JSON.stringify(now[key]) !== JSON.stringify(was[key]));
    if (changed.length === 0) return before;
    await requireFreeAddresses(tx, next, before.id, where('email'));

    await tx.db.updateTable('people').set({ name: next.name, email: next.email, aliases: JSON.stringify(next.aliases) }).where('id', '=', before.id).execute();
    let endObligationId = (await tx.db.selectFrom('engagements').select('end_obligation_id').where('id', '=', engagement.id).executeTakeFirstOrThrow()).end_obligation_id;
    if (next.endOn !== current.endOn) {
      if (endObligationId) await stopEngagementEnd(tx, endObligationId, Temporal.PlainDate.from([(await todayIn(tx)).toString(), engagement.startOn].sort().at(-1)!));
      endObligationId = next.endOn === null ? null : await scheduleEngagementEnd(tx, { id: engagement.id, startOn: next.startOn, endOn: next.endOn }, next.name);
    }
    await tx.db
      .updateTable('engagements')
      .set({ title: next.title, department: next.department, manager_id: await managerId(tx, next.manager, where('manager')), start_on: next.startOn, end_on: next.endOn, end_obligation_id: endObligationId })
      .where('id', '=', engagement.id)
      .execute();
    await appendEvent(tx, {
      action: 'people.person.changed',
      subject: { type: 'person', id: before.id },
      data: { engagementId: engagement.id, changes: Object.fromEntries(changed.map((key) => [key, { from: was[key], to: now[key] }])) },
    });
    return loadPerson(tx, before.id);
  });
}
