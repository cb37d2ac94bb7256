import { randomUUID } from 'node:crypto';
import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { scheduleEngagementEnd } from './engagement-end.ts';
import { type CheckedPerson, checkedPerson, type PersonInput } from './person-input.ts';
import { findPerson, loadPerson, type Person } from './person.ts';

/** The directory id of a manager, by work email or alias; they must be in the directory. */
export async function managerId(tx: Context, email: string | null, where = 'manager'): Promise<string | null> {
  if (email === null) return null;
  const manager = await findPerson(tx, email);
  if (!manager) throw new AppError('invalid_input', `the manager ${email} is not in the directory; add them first`, where);
  return manager.id;
}

/** The work emails and aliases already taken by someone else: one address is one person. */
export async function requireFreeAddresses(tx: Context, person: Pick<CheckedPerson, 'email' | 'aliases'>, exceptPersonId?: string, where = 'email'): Promise<void> {
  for (const address of [person.email, ...person.aliases]) {
    const holder = await findPerson(tx, address);
    if (holder && holder.id !== exceptPersonId) {
      const leftHint = holder.current.status === 'departed' ? `; they left, so bring them back with a new engagement (people rehire ${holder.email})` : '';
      throw new AppError('conflict', `${address} is already ${holder.name} (${holder.email}) in the directory${leftHint}`, where);
    }
  }
}

export async function insertEngagement(tx: Context, personId: string, person: CheckedPerson): Promise<string> {
  const id = randomUUID();
  await tx.db
    .insertInto('engagements')
    .values({
      id,
      person_id: personId,
      kind: person.kind,
      title: person.title,
      department: person.department,
      manager_id: await managerId(tx, person.manager),
      start_on: person.startOn,
      end_on: person.endOn,
      end_obligation_id: null,
      created_at: tx.now().toISOString(),
    })
    .execute();
  if (person.endOn !== null) {
    const obligationId = await scheduleEngagementEnd(tx, { id, startOn: person.startOn, endOn: person.endOn }, person.name);
    await tx.db.updateTable('engagements').set({ end_obligation_id: obligationId }).where('id', '=', id).execute();
  }
  return id;
}

export const recordedFields = (person: CheckedPerson) => ({
  name: person.name,
  email: person.email,
  aliases: person.aliases,
  kind: person.kind,
  title: person.title,
  department: person.department,
  manager: person.manager,
  startOn: person.startOn,
  endOn: person.endOn,
});

/** Adds someone new to the directory with their first engagement. */
export async function addPerson(ctx: Context, input: PersonInput): Promise<Person> {
  const person = checkedPerson(input);
  return inTransaction(ctx, async (tx) => {
    await requireFreeAddresses(tx, person);
    const id = randomUUID();
    await tx.db.insertInto('people').values({ id, name: person.name, email: person.email, aliases: JSON.stringify(person.aliases), created_at: tx.now().toISOString() }).execute();
    const engagementId = await insertEngagement(tx, id, person);
    await appendEvent(tx, { action: 'people.person.added', subject: { type: 'person', id }, data: { ...recordedFields(person), engagementId } });
    return loadPerson(tx, id);
  });
}

/**
 * Brings back someone who left: a new engagement that onboards from zero. A departed engagement
 * is never reactivated, and someone still here cannot start a second one.
 */
export async function rehirePerson(ctx: Context, idOrEmail: string, input: Omit<PersonInput, 'name' | 'email'> & { name?: string }): Promise<Person> {
  return inTransaction(ctx, async (tx) => {
    const existing = await loadPerson(tx, idOrEmail);
    if (existing.current.status !== 'departed') {
      throw new AppError('conflict', `${existing.name} is ${existing.current.status}, not departed: only someone who left starts a new engagement`, 'person');
    }
    const person = checkedPerson({ ...input, name: input.name ?? existing.name, email: existing.email, aliases: input.aliases ?? existing.aliases });
    await requireFreeAddresses(tx, person, existing.id);
    await tx.db.updateTable('people').set({ name: person.name, aliases: JSON.stringify(person.aliases) }).where('id', '=', existing.id).execute();
    const engagementId = await insertEngagement(tx, existing.id, person);
    await appendEvent(tx, {
      action: 'people.engagement.started',
      subject: { type: 'person', id: existing.id },
      data: { ...recordedFields(person), engagementId, previousEngagementId: existing.current.id },
    });
    return loadPerson(tx, existing.id);
  });
}
