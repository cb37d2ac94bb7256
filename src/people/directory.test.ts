import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { offboardCompletely } from '../../test/people.ts';
import { dueNow } from '../cadence/due-now.ts';
import { listOccurrences } from '../cadence/list-occurrences.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { addPerson, rehirePerson } from './add-person.ts';
import { findPerson, listPeople } from './person.ts';
import { updatePerson } from './update-person.ts';

const maya = { type: 'user', id: 'maya@brightline.example' } as const;

async function site(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const ctx = workspace.context(maya, clock.now);
  await updateWorkspace(ctx, { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  const events = async () => (await workspace.store.db.selectFrom('evidence_events').select(['action', 'data']).where('action', 'like', 'people.%').orderBy('seq').execute()).map((e) => ({ action: e.action, data: JSON.parse(e.data) }));
  const counts = async () => ({
    people: (await workspace.store.db.selectFrom('people').select('id').execute()).length,
    engagements: (await workspace.store.db.selectFrom('engagements').select('id').execute()).length,
  });
  return { clock, workspace, ctx, events, counts };
}

const ceo = { name: 'Maya Chen', email: 'maya@brightline.example', kind: 'employee', title: 'CEO', startOn: '2025-01-06' };
const priya = { name: 'Priya Raman', email: 'Priya@Brightline.example', aliases: ['priya.raman@brightline.example'], kind: 'employee', title: 'Data Engineer', department: 'Engineering', manager: 'maya@brightline.example', startOn: '2026-03-16' };
const diego = { name: 'Diego Alvarez', email: 'diego@alvarez.dev', kind: 'contractor', title: 'Frontend contractor', manager: 'maya@brightline.example', startOn: '2026-02-02', endOn: '2026-06-30' };

for (const engine of engines) {
  describe(`the people directory on ${engine.name}`, { skip: engine.skip }, () => {
    test('a new hire is pre-hire until their start date, active from it, found by email or alias, with evidence of what was recorded', async (t) => {
      const { clock, workspace, ctx, events } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx, ceo);
      const added = await addPerson(ctx, priya);
      assert.equal(added.email, 'priya@brightline.example', 'emails are kept in lower case');
      assert.deepEqual(added.aliases, ['priya.raman@brightline.example']);
      assert.deepEqual([added.current.status, added.current.kind, added.current.department, added.current.pastEndDate], ['pre-hire', 'employee', 'Engineering', false]);
      assert.equal(added.current.managerId, (await findPerson(ctx, 'maya@brightline.example'))!.id);
      assert.equal((await findPerson(ctx, 'PRIYA.RAMAN@brightline.example'))?.id, added.id, 'found by an alias, whatever the case');
      assert.equal(await findPerson(ctx, 'nobody@brightline.example'), undefined);

      clock.set('2026-03-16T03:59:00.000Z'); // 23:59 on 15 March in New York
      assert.equal((await findPerson(ctx, added.id))!.current.status, 'pre-hire');
      clock.set('2026-03-16T04:00:00.000Z');
      assert.equal((await findPerson(ctx, added.id))!.current.status, 'active', 'active from the start of the local start date');
      assert.deepEqual((await listPeople(ctx)).map((p) => [p.name, p.current.status]), [['Maya Chen', 'active'], ['Priya Raman', 'active']]);

      const [, priyaAdded] = await events();
      assert.deepEqual(priyaAdded, {
        action: 'people.person.added',
        data: {
          name: 'Priya Raman',
          email: 'priya@brightline.example',
          aliases: ['priya.raman@brightline.example'],
          kind: 'employee',
          title: 'Data Engineer',
          department: 'Engineering',
          manager: 'maya@brightline.example',
          startOn: '2026-03-16',
          endOn: null,
          engagementId: added.current.id,
        },
      });
    });

    test('one address is one person: a taken email or alias is refused and nothing is written', async (t) => {
      const { workspace, ctx, counts } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx, ceo);
      await addPerson(ctx, priya);
      const before = await counts();
      await assert.rejects(addPerson(ctx, { ...priya, name: 'Priya R.', aliases: [] }), { code: 'conflict', where: 'email', message: 'priya@brightline.example is already Priya Raman (priya@brightline.example) in the directory' });
      await assert.rejects(addPerson(ctx, { ...priya, name: 'Someone', email: 'PRIYA.RAMAN@brightline.example', aliases: [] }), { code: 'conflict', message: /priya\.raman@brightline\.example is already Priya Raman/ });
      await assert.rejects(addPerson(ctx, { ...ceo, name: 'Sam Ortiz', email: 'sam@brightline.example', aliases: ['maya@brightline.example'] }), { code: 'conflict', message: /maya@brightline\.example is already Maya Chen/ });
      await assert.rejects(addPerson(ctx, { ...ceo, name: 'Sam Ortiz', email: 'sam@brightline.example', manager: 'lee@brightline.example' }), { code: 'invalid_input', where: 'manager', message: 'the manager lee@brightline.example is not in the directory; add them first' });
      await assert.rejects(addPerson(ctx, { ...ceo, name: 'Sam Ortiz', email: 'sam@brightline.example', manager: 'Sam@brightline.example' }), { where: 'manager', message: 'a person cannot be their own manager' });
      await assert.rejects(addPerson(ctx, { ...ceo, name: 'Sam Ortiz', email: 'sam@brightline', kind: 'employee' }), { where: 'email', message: '"sam@brightline" is not an email address' });
      assert.deepEqual(await counts(), before);
    });

    test('contractors and short-term help need an end date, never before their start', async (t) => {
      const { workspace, ctx, counts } = await site(engine.name);
      t.after(() => workspace.close());
      await assert.rejects(addPerson(ctx, { ...diego, endOn: null }), { code: 'invalid_input', where: 'endOn', message: 'a contractor needs an end date: their access is time-bounded' });
      await assert.rejects(addPerson(ctx, { ...diego, kind: 'short-term', endOn: ' ' }), { where: 'endOn', message: 'short-term help needs an end date: their access is time-bounded' });
      await assert.rejects(addPerson(ctx, { ...diego, endOn: '2026-01-31' }), { where: 'endOn', message: 'the end date 2026-01-31 is before the start date 2026-02-02' });
      await assert.rejects(addPerson(ctx, { ...diego, endOn: '30/06/2026' }), { where: 'endOn', message: '"30/06/2026" is not a date in the form YYYY-MM-DD' });
      await assert.rejects(addPerson(ctx, { ...diego, kind: 'consultant' }), { where: 'kind', message: '"consultant" is not a kind of person (employee, contractor, freelancer, intern, short-term)' });
      assert.deepEqual(await counts(), { people: 0, engagements: 0 });
      const intern = await addPerson(ctx, { ...diego, kind: 'intern', endOn: null, manager: null });
      assert.equal(intern.current.endOn, null, 'an intern may have no end date');
    });

    test('someone still here cannot start a second engagement', async (t) => {
      const { workspace, ctx, counts } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx, ceo);
      const before = await counts();
      await assert.rejects(rehirePerson(ctx, 'maya@brightline.example', { kind: 'contractor', startOn: '2026-04-01', endOn: '2026-12-31' }), {
        code: 'conflict',
        where: 'person',
        message: 'Maya Chen is active, not departed: only someone who left starts a new engagement',
      });
      await assert.rejects(rehirePerson(ctx, 'lee@brightline.example', { kind: 'employee', startOn: '2026-04-01' }), { code: 'not_found', message: 'nobody in the directory is lee@brightline.example' });
      assert.deepEqual(await counts(), before);
    });

    test('someone who left returns with a new engagement; the departed one never changes again', async (t) => {
      const { clock, workspace, ctx, events } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx, ceo);
      const sam = await addPerson(ctx, { ...ceo, name: 'Sam Ortiz', email: 'sam@brightline.example', title: 'Account Executive', manager: 'maya@brightline.example', startOn: '2025-05-01' });
      await offboardCompletely(ctx, 'sam@brightline.example', '2026-03-02T22:00:00.000Z');
      await assert.rejects(updatePerson(ctx, 'sam@brightline.example', { title: 'Senior Account Executive' }), { code: 'conflict', where: 'person', message: 'Sam Ortiz left on 2026-03-02: a departed engagement does not change' });

      clock.set('2026-04-01T15:00:00.000Z');
      const back = await rehirePerson(ctx, 'sam@brightline.example', { kind: 'contractor', title: 'Sales consultant', startOn: '2026-04-06', endOn: '2026-07-31' });
      assert.deepEqual(back.engagements.map((e) => [e.kind, e.status, e.title, e.startOn]), [['employee', 'departed', 'Account Executive', '2025-05-01'], ['contractor', 'pre-hire', 'Sales consultant', '2026-04-06']]);
      assert.equal(back.current.onboarding, null, 'the new engagement onboards from zero');
      assert.deepEqual((await events()).at(-1), {
        action: 'people.engagement.started',
        data: { name: 'Sam Ortiz', email: 'sam@brightline.example', aliases: [], kind: 'contractor', title: 'Sales consultant', department: null, manager: null, startOn: '2026-04-06', endOn: '2026-07-31', engagementId: back.current.id, previousEngagementId: sam.current.id },
      });
      await assert.rejects(rehirePerson(ctx, 'sam@brightline.example', { kind: 'employee', startOn: '2026-08-01' }), { message: 'Sam Ortiz is pre-hire, not departed: only someone who left starts a new engagement' });
    });

    test('a change records each field before and after; the kind never changes and only a pre-hire’s start date moves', async (t) => {
      const { workspace, ctx, events } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx, ceo);
      const added = await addPerson(ctx, priya);
      await addPerson(ctx, { ...ceo, name: 'Lee Park', email: 'lee@brightline.example', title: 'CTO' });

      const changed = await updatePerson(ctx, 'priya.raman@brightline.example', { title: 'Senior Data Engineer', manager: 'LEE@brightline.example', startOn: '2026-03-23', department: undefined });
      assert.deepEqual([changed.current.title, changed.current.department, changed.current.startOn], ['Senior Data Engineer', 'Engineering', '2026-03-23'], 'a field given as undefined stays as it was');
      const last = (await events()).at(-1)!;
      assert.deepEqual(last, {
        action: 'people.person.changed',
        data: {
          engagementId: added.current.id,
          changes: {
            title: { from: 'Data Engineer', to: 'Senior Data Engineer' },
            manager: { from: 'maya@brightline.example', to: 'lee@brightline.example' },
            startOn: { from: '2026-03-16', to: '2026-03-23' },
          },
        },
      });
      const count = (await events()).length;
      await updatePerson(ctx, added.id, { title: 'Senior Data Engineer' });
      assert.equal((await events()).length, count, 'no change, no event');

      await assert.rejects(updatePerson(ctx, added.id, { kind: 'contractor', endOn: '2026-12-31' }), { code: 'conflict', where: 'kind', message: 'Priya Raman is an employee; a change to contractor is a new engagement: offboard, then onboard again' });
      await assert.rejects(updatePerson(ctx, 'maya@brightline.example', { startOn: '2025-02-01' }), { code: 'conflict', where: 'startOn', message: "Maya Chen started on 2025-01-06; only a pre-hire's start date moves" });
      await assert.rejects(updatePerson(ctx, added.id, { endOn: '2026-03-01' }), { where: 'endOn', message: 'the end date 2026-03-01 is before the start date 2026-03-23' });
      await assert.rejects(updatePerson(ctx, added.id, { aliases: ['maya@brightline.example'] }), { code: 'conflict', message: /maya@brightline\.example is already Maya Chen/ });
      await assert.rejects(updatePerson(ctx, added.id, { manager: 'priya.raman@brightline.example' }), { where: 'manager', message: 'a person cannot be their own manager' });
      assert.equal((await events()).length, count, 'refused changes leave no trace');
    });

    test("moving a contractor's end date moves their offboarding in the cadence engine", async (t) => {
      const { clock, workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx, ceo);
      const added = await addPerson(ctx, diego);
      const engagementId = added.current.id;
      const occurrences = (date: string) => listOccurrences(ctx, { obligationId: `engagement-end:${engagementId}:${date}`, from: '2026-01-01', to: '2026-12-31' });
      assert.deepEqual((await occurrences('2026-06-30')).map((o) => [o.dueOn, o.status, o.opensAt]), [['2026-06-30', 'upcoming', '2026-06-17T04:00:00.000Z']], 'open for the last 14 days');

      await updatePerson(ctx, diego.email, { endOn: '2026-09-30' });
      assert.deepEqual(await occurrences('2026-06-30'), [], 'the old end date is retired before it falls due');
      assert.deepEqual((await occurrences('2026-09-30')).map((o) => [o.dueOn, o.status]), [['2026-09-30', 'upcoming']]);

      clock.set('2026-07-01T15:00:00.000Z');
      assert.deepEqual(await dueNow(ctx), [], 'nothing due on the old end date');
      clock.set('2026-09-20T15:00:00.000Z');
      const due = await dueNow(ctx);
      assert.deepEqual(due.map((d) => [d.obligation.title, d.obligation.subject, d.occurrence.dueOn, d.occurrence.status]), [['Offboard Diego Alvarez: the engagement ends on 2026-09-30', { type: 'engagement', id: engagementId }, '2026-09-30', 'open']]);
      clock.set('2026-10-02T15:00:00.000Z');
      const past = (await findPerson(ctx, diego.email))!;
      assert.deepEqual([past.current.status, past.current.pastEndDate], ['active', true], 'still active after the end date: the offboarding is overdue');
    });

    test('an end date moved and moved back schedules the offboarding again on the first date', async (t) => {
      const { workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx, ceo);
      const added = await addPerson(ctx, diego);
      await updatePerson(ctx, diego.email, { endOn: '2026-09-30' });
      await updatePerson(ctx, diego.email, { endOn: '2026-06-30' });
      const due = (await dueNow(workspace.context(maya, () => new Date('2026-06-20T15:00:00.000Z')))).filter((d) => d.obligation.subject?.id === added.current.id);
      assert.deepEqual(due.map((d) => [d.occurrence.dueOn, d.occurrence.status]), [['2026-06-30', 'open']]);
    });
  });
}
