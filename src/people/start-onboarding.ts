import { randomUUID } from 'node:crypto';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { completeAcknowledgementItems } from './acknowledgement-items.ts';
import { loadChecklist, type Checklist } from './checklist.ts';
import { checklistTemplate, type ItemSpec } from './checklist-template.ts';
import { insertItems, type NewItem } from './checklist-items.ts';
import { timeBoundKinds } from './person-kind.ts';
import { loadPerson } from './person.ts';

export interface OnboardingInput {
  person: string;
  /**
   * The accounts to create, each with its least-privilege role. Without it, employees and interns
   * get every in-scope system that names a default role; time-bounded people get only what is
   * listed, because their access is scoped to the engagement.
   */
  systems?: { system: string; role?: string }[];
}

/** Starts a person's onboarding: the workspace's checklist for their kind, with one account item per system. */
export async function startOnboarding(ctx: Context, input: OnboardingInput): Promise<Checklist> {
  return inTransaction(ctx, async (tx) => {
    const person = await loadPerson(tx, input.person);
    const engagement = person.current;
    if (engagement.status !== 'pre-hire' && engagement.status !== 'active') throw new AppError('conflict', `${person.name} is ${engagement.status}: only a pre-hire or active person is onboarded`, 'person');
    if (engagement.onboarding) throw new AppError('conflict', `${person.name}'s onboarding already started on ${engagement.onboarding.startedAt.slice(0, 10)}`, 'person');

    const accounts = await accountsFor(tx, input.systems, timeBoundKinds.includes(engagement.kind) || engagement.kind === 'freelancer');
    const { items: template } = await checklistTemplate(tx, 'onboarding', engagement.kind);
    const accountItems: NewItem[] = accounts.map((account) => ({
      key: `account:${account.id}`,
      phase: 'day-one',
      title: `Create the ${account.name} account with the ${account.role} role${engagement.endOn ? `, expiring ${engagement.endOn}` : ''}`,
      proof: 'confirmation',
      confirmedBy: 'admin',
      systemId: account.id,
      accessRole: account.role,
    }));
    // Accounts come first on day one: MFA and the orientation follow them.
    const firstDayOne = template.findIndex((spec: ItemSpec) => spec.phase === 'day-one');
    const at = firstDayOne === -1 ? template.length : firstDayOne;
    const items: NewItem[] = [...template.slice(0, at), ...accountItems, ...template.slice(at)];

    const id = randomUUID();
    await tx.db.insertInto('checklists').values({ id, engagement_id: engagement.id, kind: 'onboarding', started_at: tx.now().toISOString(), started_by: tx.actor.id, terminates_at: null, reason: null, conversation_at: null, batch_id: null, obligation_id: null }).execute();
    await insertItems(tx, id, items);
    await appendEvent(tx, {
      action: 'people.onboarding.started',
      subject: { type: 'person', id: person.id },
      data: { checklistId: id, engagementId: engagement.id, email: person.email, kind: engagement.kind, startOn: engagement.startOn, endOn: engagement.endOn, items: items.map((i) => i.key), accounts: accounts.map((a) => ({ system: a.id, role: a.role })) },
    });
    // Someone who acknowledged everything before their onboarding started (a rehire, an early reader) has those items done.
    await completeAcknowledgementItems(tx, person.id);
    return loadChecklist(tx, id);
  });
}

async function accountsFor(tx: Context, requested: OnboardingInput['systems'], scoped: boolean): Promise<{ id: string; name: string; role: string }[]> {
  const systems = await tx.db.selectFrom('systems').select(['id', 'name', 'in_scope', 'default_role']).where('retired_at', 'is', null).orderBy('name').execute();
  if (!requested) return scoped ? [] : systems.filter((s) => s.in_scope === 1 && s.default_role).map((s) => ({ id: s.id, name: s.name, role: s.default_role! }));
  const seen = new Set<string>();
  return requested.map(({ system, role }, index) => {
    const found = systems.find((s) => s.id === system || s.name.toLowerCase() === system.toLowerCase());
    if (!found) throw invalidInput(`there is no system "${system}" in the inventory`, `systems[${index}].system`);
    if (seen.has(found.id)) throw invalidInput(`${found.name} is listed twice`, `systems[${index}].system`);
    seen.add(found.id);
    const chosen = role?.trim() || found.default_role;
    if (!chosen) throw invalidInput(`say which role ${found.name} gives (it has no default role)`, `systems[${index}].role`);
    return { id: found.id, name: found.name, role: chosen };
  });
}
