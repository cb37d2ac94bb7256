import { Temporal } from 'temporal-polyfill';
import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { managerId, recordedFields, requireFreeAddresses } from './add-person.ts';
import { scheduleEngagementEnd, stopEngagementEnd } from './engagement-end.ts';
import { type CheckedPerson, checkedPerson, type PersonInput } from './person-input.ts';
import { withArticle } from './person-kind.ts';
import { loadPerson, type Person, todayIn } from './person.ts';

type Recorded = ReturnType<typeof recordedFields>;
export type FieldChange = { from: Recorded[keyof Recorded]; to: Recorded[keyof Recorded] };

/** Someone's details and current engagement as the input that recreates them: what a change is compared with. */
export function currentPerson(person: Person, managerEmail: string | null): CheckedPerson {
  const { kind, title, department, startOn, endOn } = person.current;
  return checkedPerson({ name: person.name, email: person.email, aliases: person.aliases, kind, title, department, manager: managerEmail, startOn, endOn });
}

/** The recorded fields that differ, before and after. */
export function fieldChanges(current: CheckedPerson, next: CheckedPerson): Record<string, FieldChange> {
  const was = recordedFields(current);
  const now = recordedFields(next);
  const changed = (Object.keys(now) as (keyof typeof now)[]).filter((key) => JSON.stringify(now[key]) !== JSON.stringify(was[key]));
  return Object.fromEntries(changed.map((key) => [key, { from: was[key], to: now[key] }]));
}

/** Why a change to someone's current engagement is refused, if it is; the HR import's preview asks too. */
export function refusedChange(person: Person, current: CheckedPerson, next: CheckedPerson, where = (field: string) => field): AppError | undefined {
  const engagement = person.current;
  if (engagement.status === 'departed') return new AppError('conflict', `${person.name} left on ${engagement.offboarding!.terminatesAt.slice(0, 10)}: a departed engagement does not change`, where('person'));
  if (next.kind !== current.kind) return new AppError('conflict', `${person.name} is ${withArticle(current.kind)}; a change to ${next.kind} is a new engagement: offboard, then onboard again`, where('kind'));
  if (next.startOn !== current.startOn && engagement.status !== 'pre-hire') return new AppError('conflict', `${person.name} started on ${current.startOn}; only a pre-hire's start date moves`, where('startOn'));
  return undefined;
}

/**
 * Changes a person's details and their current engagement (title, department, manager, dates),
 * and records what changed, before and after. A new end date moves the offboarding's due date.
 * The kind of engagement never changes: a contractor who becomes an employee is a new engagement.
 * A field left out, or given as undefined, stays as it is; null clears it.
 */
export async function updatePerson(ctx: Context, idOrEmail: string, changes: Partial<PersonInput>, where = (field: string) => field): Promise<Person> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadPerson(tx, idOrEmail);
    const engagement = before.current;
    const manager = engagement.managerId ? (await loadPerson(tx, engagement.managerId)).email : null;
    const current = currentPerson(before, manager);
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const next = checkedPerson({ ...current, ...given }, where);
    const refused = refusedChange(before, current, next, where);
    if (refused) throw refused;

    const changed = fieldChanges(current, next);
    if (Object.keys(changed).length === 0) return before;
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
    await appendEvent(tx, { action: 'people.person.changed', subject: { type: 'person', id: before.id }, data: { engagementId: engagement.id, changes: changed } });
    return loadPerson(tx, before.id);
  });
}
