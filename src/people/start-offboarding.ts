import { randomUUID } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import { assetsHeldBy } from '../assets/asset.ts';
import { createObligation } from '../cadence/create-obligation.ts';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { localDateOf } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { type Checklist, loadChecklist, loadChecklists, type OffboardingReason, offboardingReasons } from './checklist.ts';
import { checklistTemplate } from './checklist-template.ts';
import { insertItems, type NewItem } from './checklist-items.ts';
import { stopEngagementEnd } from './engagement-end.ts';
import type { PersonKind } from './person-kind.ts';
import { loadPerson } from './person.ts';

export interface OffboardingInput {
  person: string;
  /** When access ends. Every revocation is due by the end of that day in the workspace's time zone. */
  terminatesAt: Date;
  reason: OffboardingReason;
  /** Involuntary: when the person is told. Access must be cut before it; anything revoked later is flagged. */
  conversationAt?: Date;
}

/** How long after the termination day a revocation can still be recorded before its deadline counts as missed. */
const LATE_RECORDING_GRACE = 'P30D';

/**
 * Starts an offboarding: one revocation per system in the inventory (the auditor asks about the
 * forgotten SaaS seat too; "no account" is an answer), one return per asset the person holds, and
 * the shipped or workspace checklist. The same-day deadline goes into the cadence engine.
 */
export async function startOffboarding(ctx: Context, input: OffboardingInput): Promise<Checklist> {
  return inTransaction(ctx, async (tx) => (await offboard(tx, input, null)).checklist);
}

/**
 * A reduction in force: many people, one coordinated cut-off time, in one transaction. Each gets
 * their own checklist and evidence, tied together by one batch id; one bad name changes nothing.
 */
export async function offboardMany(ctx: Context, input: { people: string[]; terminatesAt: Date; conversationAt?: Date }): Promise<{ batchId: string; checklists: Checklist[] }> {
  if (input.people.length === 0) throw invalidInput('name at least one person', 'people');
  const batchId = randomUUID();
  return inTransaction(ctx, async (tx) => {
    const checklists: Checklist[] = [];
    for (const [index, person] of input.people.entries()) {
      const { checklist } = await offboard(tx, { person, terminatesAt: input.terminatesAt, conversationAt: input.conversationAt, reason: 'reduction-in-force' }, batchId, `people[${index}]`);
      checklists.push(checklist);
    }
    await appendEvent(tx, {
      action: 'people.reduction-in-force.started',
      subject: { type: 'batch', id: batchId },
      data: { terminatesAt: input.terminatesAt.toISOString(), conversationAt: input.conversationAt?.toISOString() ?? null, people: checklists.map((c) => c.person.email) },
    });
    return { batchId, checklists };
  });
}

async function offboard(tx: Context, input: OffboardingInput, batchId: string | null, where = 'person'): Promise<{ checklist: Checklist }> {
  if (!offboardingReasons.includes(input.reason)) throw invalidInput(`"${input.reason}" is not a reason (${offboardingReasons.join(', ')})`, 'reason');
  if (Number.isNaN(input.terminatesAt.getTime())) throw invalidInput('the termination time is not a valid time', 'terminatesAt');
  const person = await loadPerson(tx, input.person).catch((error: unknown) => {
    throw error instanceof AppError ? new AppError(error.code, error.message, where) : error;
  });
  const engagement = person.current;
  if (engagement.status !== 'active') throw new AppError('conflict', `${person.name} is ${engagement.status}, not active: only an active person is offboarded`, where);
  if (input.reason === 'involuntary' && !input.conversationAt) throw invalidInput('an involuntary termination records when the person is told: access is cut before that conversation', 'conversationAt');
  if (input.reason !== 'involuntary' && input.reason !== 'reduction-in-force' && input.conversationAt) throw invalidInput(`a conversation time is recorded for involuntary terminations and reductions in force, not ${input.reason}`, 'conversationAt');
  if (input.reason === 'contract-end' && !engagement.endOn) throw invalidInput(`${person.name}'s engagement has no end date: choose another reason`, 'reason');

  const { timeZone } = await getWorkspace(tx);
  const terminationDay = localDateOf(input.terminatesAt, timeZone);
  const id = randomUUID();
  const obligation = await createObligation(tx, {
    id: `offboarding:${id}`,
    title: `Revoke all of ${person.name}'s access by the end of ${terminationDay}`,
    owner: 'admin',
    subject: { type: 'person', id: person.id },
    cadence: { dates: [terminationDay.toString()] },
    anchorOn: terminationDay.subtract({ days: 1 }).toString(),
    grace: LATE_RECORDING_GRACE,
  });
  const endObligation = (await tx.db.selectFrom('engagements').select('end_obligation_id').where('id', '=', engagement.id).executeTakeFirstOrThrow()).end_obligation_id;
  // Leaving before the contract's end: the end-date obligation stops; otherwise this offboarding completes it.
  if (endObligation && engagement.endOn && Temporal.PlainDate.compare(terminationDay, Temporal.PlainDate.from(engagement.endOn)) < 0) await stopEngagementEnd(tx, endObligation, terminationDay);

  const items = await offboardingItems(tx, engagement);
  await tx.db
    .insertInto('checklists')
    .values({
      id,
      engagement_id: engagement.id,
      kind: 'offboarding',
      started_at: tx.now().toISOString(),
      started_by: tx.actor.id,
      terminates_at: input.terminatesAt.toISOString(),
      reason: input.reason,
      conversation_at: input.conversationAt?.toISOString() ?? null,
      batch_id: batchId,
      obligation_id: obligation.id,
    })
    .execute();
  await insertItems(tx, id, items);
  await appendEvent(tx, {
    action: 'people.offboarding.started',
    subject: { type: 'person', id: person.id },
    data: {
      checklistId: id,
      engagementId: engagement.id,
      email: person.email,
      reason: input.reason,
      terminatesAt: input.terminatesAt.toISOString(),
      conversationAt: input.conversationAt?.toISOString() ?? null,
      batchId,
      items: items.map((i) => i.key),
    },
  });
  return { checklist: await loadChecklist(tx, id) };
}

async function offboardingItems(tx: Context, { id: engagementId, kind }: { id: string; kind: PersonKind }): Promise<NewItem[]> {
  const systems = await tx.db.selectFrom('systems').select(['id', 'name']).where('retired_at', 'is', null).orderBy('name').execute();
  const [onboarding] = await loadChecklists(tx, { engagementIds: [engagementId] });
  const granted = new Map((onboarding?.items ?? []).filter((i) => i.system && i.done && i.outcome !== 'not-needed').map((i) => [i.system!.id, i.accessRole]));
  const held = await assetsHeldBy(tx, engagementId);
  const { items: template } = await checklistTemplate(tx, 'offboarding', kind);
  const revocations: NewItem[] = systems.map((s) => ({
    key: `revoke:${s.id}`,
    phase: 'access',
    title: granted.has(s.id) ? `Revoke ${s.name} access (granted at onboarding: ${granted.get(s.id)})` : `Revoke ${s.name} access, or confirm there is no account`,
    proof: 'confirmation',
    confirmedBy: 'admin',
    systemId: s.id,
  }));
  const returns: NewItem[] = held.map((a) => ({ key: `return:${a.tag}`, phase: 'assets', title: `Return the ${a.kind} ${a.tag}${a.description ? ` (${a.description})` : ''}`, proof: 'confirmation', confirmedBy: 'admin', assetId: a.id }));
  return [...revocations, ...template.filter((t) => t.phase === 'access'), ...returns, ...template.filter((t) => t.phase !== 'access')];
}
