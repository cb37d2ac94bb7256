import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { ChecklistItemTable, ChecklistTable, EngagementTable, ObligationCompletionTable, ObligationDueDateTable, ObligationTable, PersonTable } from '../src/db/schema.ts';
import { inTransaction } from '../src/context.ts';
import { appendEvent } from '../src/evidence/append-event.ts';
import type { Workspace } from '../src/open-workspace.ts';
import { checkedScope, peopleReport } from '../src/people/people-report.ts';

const FROM = Temporal.PlainDate.from('2025-01-01');
const ONBOARDING_ITEMS = 15;
const OFFBOARDING_ITEMS = 20;

/**
 * n people hired and offboarded over two years, each with a complete onboarding and offboarding
 * (15 and 20 items) and its same-day deadline, written straight into the tables in batches: the
 * setup is not what is measured, and through the domain it would take longer than the benchmark.
 */
export async function seedLeavers(workspace: Workspace, n: number): Promise<void> {
  const db = workspace.store.db;
  await db.updateTable('workspace').set({ time_zone: 'America/New_York' }).where('id', '=', 1).execute();
  // Every completion links the evidence event that proves it; one stands in for them all.
  const proof = await inTransaction(workspace.context({ type: 'cli', id: 'bench' }), (tx) => appendEvent(tx, { action: 'bench.people.seeded', subject: { type: 'workspace', id: '1' }, data: { n } }));
  const now = new Date().toISOString();
  const batch = 500;
  for (let start = 0; start < n; start += batch) {
    const people: Insertable<PersonTable>[] = [];
    const engagements: Insertable<EngagementTable>[] = [];
    const obligations: Insertable<ObligationTable>[] = [];
    const dueDates: Insertable<ObligationDueDateTable>[] = [];
    const completions: Insertable<ObligationCompletionTable>[] = [];
    const checklists: Insertable<ChecklistTable>[] = [];
    const items: Insertable<ChecklistItemTable>[] = [];
    for (let i = start; i < Math.min(n, start + batch); i++) {
      const person = randomUUID();
      const engagement = randomUUID();
      const startOn = FROM.add({ days: i % 365 });
      const leftOn = startOn.add({ days: 180 + (i % 200) });
      const terminatesAt = `${leftOn}T21:00:00.000Z`;
      people.push({ id: person, name: `Person ${i}`, email: `person${i}@brightline.example`, aliases: '[]', created_at: now });
      engagements.push({ id: engagement, person_id: person, kind: i % 5 === 0 ? 'contractor' : 'employee', title: 'Engineer', department: 'Engineering', manager_id: null, start_on: startOn.toString(), end_on: null, end_obligation_id: null, created_at: now });
      const onboarding = randomUUID();
      const offboarding = randomUUID();
      const obligation = `offboarding:${offboarding}`;
      obligations.push({ id: obligation, title: `Revoke all of Person ${i}'s access`, owner: 'admin', subject_type: 'person', subject_id: person, every: null, anchor_on: leftOn.subtract({ days: 1 }).toString(), grace: 'P30D', created_at: now, retired_on: null });
      dueDates.push({ obligation_id: obligation, due_on: leftOn.toString() });
      completions.push({ obligation_id: obligation, due_on: leftOn.toString(), effective_at: `${leftOn}T21:30:00.000Z`, recorded_at: `${leftOn}T21:30:00.000Z`, evidence_seq: proof.seq, note: null });
      checklists.push(
        { id: onboarding, engagement_id: engagement, kind: 'onboarding', started_at: `${startOn.subtract({ days: 7 })}T15:00:00.000Z`, started_by: 'admin@brightline.example', terminates_at: null, reason: null, conversation_at: null, batch_id: null, obligation_id: null },
        { id: offboarding, engagement_id: engagement, kind: 'offboarding', started_at: `${leftOn}T20:00:00.000Z`, started_by: 'admin@brightline.example', terminates_at: terminatesAt, reason: i % 7 === 0 ? 'involuntary' : 'voluntary', conversation_at: null, batch_id: null, obligation_id: obligation },
      );
      const done = (at: string) => ({ done_at: at, effective_at: at, done_by: 'admin@brightline.example', outcome: 'done', link: null, attachment_sha256: null, note: null, evidence_seq: 0, system_id: null, access_role: null, asset_id: null, proof: 'confirmation', confirmed_by: 'admin' });
      for (let k = 0; k < ONBOARDING_ITEMS; k++) items.push({ checklist_id: onboarding, position: k, key: `item-${k}`, phase: ['before-day-one', 'day-one', 'first-weeks'][k % 3]!, title: `Onboarding item ${k}`, ...done(`${startOn.subtract({ days: 2 })}T15:00:00.000Z`) });
      for (let k = 0; k < OFFBOARDING_ITEMS; k++) items.push({ checklist_id: offboarding, position: k, key: `item-${k}`, phase: k < 16 ? 'access' : 'wrap-up', title: `Offboarding item ${k}`, ...done(`${leftOn}T21:${String(10 + (k % 20)).padStart(2, '0')}:00.000Z`) });
    }
    await db.transaction().execute(async (tx) => {
      await tx.insertInto('people').values(people).execute();
      await tx.insertInto('engagements').values(engagements).execute();
      await tx.insertInto('obligations').values(obligations).execute();
      await tx.insertInto('obligation_due_dates').values(dueDates).execute();
      await tx.insertInto('obligation_completions').values(completions).execute();
      await tx.insertInto('checklists').values(checklists).execute();
      for (let i = 0; i < items.length; i += 1000) await tx.insertInto('checklist_items').values(items.slice(i, i + 1000)).execute();
    });
  }
}

/** The timed part: every hire and leaver of the two years, with timing and exceptions. */
export async function reportLeavers(workspace: Workspace, n: number): Promise<() => Promise<void>> {
  await seedLeavers(workspace, n);
  const ctx = workspace.context({ type: 'cli', id: 'bench' });
  return async () => {
    const report = await peopleReport(ctx, checkedScope({ from: FROM.toString(), to: FROM.add({ years: 3 }).toString() }));
    assert.equal(report.leavers.length, n);
  };
}

/** The baseline: the same checklists and items read from the database, with nothing computed. */
export async function readChecklistRows(workspace: Workspace, n: number): Promise<() => Promise<void>> {
  await seedLeavers(workspace, n);
  const db = workspace.store.db;
  return async () => {
    const checklists = await db.selectFrom('checklists as c').innerJoin('engagements as e', 'e.id', 'c.engagement_id').innerJoin('people as p', 'p.id', 'e.person_id').selectAll('c').select(['p.name', 'p.email', 'e.start_on']).execute();
    const items = await db.selectFrom('checklist_items').selectAll().execute();
    assert.equal(checklists.length, 2 * n);
    assert.equal(items.length, n * (ONBOARDING_ITEMS + OFFBOARDING_ITEMS));
  };
}
