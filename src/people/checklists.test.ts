import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { addUser } from '../../test/identity.ts';
import { publishTemplate } from '../../test/policies.ts';
import { addAsset } from '../assets/add-asset.ts';
import { assignAsset } from '../assets/assign-asset.ts';
import { listOccurrences } from '../cadence/list-occurrences.ts';
import { acknowledgePolicy } from '../policies/acknowledge-policy.ts';
import { addSystem } from '../systems/add-system.ts';
import { ensureGroundworkSystem } from '../systems/groundwork-system.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { addPerson } from './add-person.ts';
import { loadChecklist } from './checklist.ts';
import { checklistTemplate } from './checklist-template.ts';
import { completeItem } from './complete-item.ts';
import { checkedScope, peopleReport } from './people-report.ts';
import { editChecklistTemplate } from './edit-checklist-template.ts';
import { loadPerson } from './person.ts';
import { startOffboarding, offboardMany } from './start-offboarding.ts';
import { startOnboarding } from './start-onboarding.ts';

const maya = { type: 'user', id: 'maya@brightline.example' } as const;
const admin = { role: 'admin', email: 'maya@brightline.example' } as const;
const pdf = { name: 'nda.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n% signed NDA\n%%EOF\n') };

async function site(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const ctx = () => workspace.context(maya, clock.now);
  await updateWorkspace(ctx(), { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  const system = (name: string, defaultRole: string | undefined, inScope = true) =>
    addSystem(ctx(), { name, category: 'other', owner: 'admin', classification: 'confidential', inScope, ssoEnforced: true, mfaEnforced: true, defaultRole });
  await system('GitHub', 'member');
  await system('Google Workspace', 'user');
  await system('AWS', undefined);
  await system('Figma', 'viewer', false);
  await addPerson(ctx(), { name: 'Maya Chen', email: 'maya@brightline.example', kind: 'employee', title: 'CEO', startOn: '2025-01-06' });
  return { clock, workspace, ctx };
}

for (const engine of engines) {
  describe(`onboarding and offboarding on ${engine.name}`, { skip: engine.skip }, () => {
    test('an employee is onboarded from the checklist: three phases, one account per default system, proof and confirmer enforced', async (t) => {
      const { clock, workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx(), { name: 'Priya Raman', email: 'priya@brightline.example', kind: 'employee', title: 'Engineer', manager: 'maya@brightline.example', startOn: '2026-03-09' });
      const onboarding = await startOnboarding(ctx(), { person: 'priya@brightline.example' });
      assert.deepEqual([...new Set(onboarding.items.map((i) => i.phase))], ['before-day-one', 'day-one', 'first-weeks']);
      assert.deepEqual(
        onboarding.items.filter((i) => i.system).map((i) => [i.key, i.accessRole]),
        [['account:github', 'member'], ['account:google-workspace', 'user']],
        'in-scope systems with a default role; AWS has none and Figma is out of scope',
      );
      await assert.rejects(startOnboarding(ctx(), { person: 'priya@brightline.example' }), /onboarding already started on 2026-03-02/);

      const done = (key: string, extra: Partial<Parameters<typeof completeItem>[1]> = {}, by: Parameters<typeof completeItem>[2] = admin) => completeItem(ctx(), { checklistId: onboarding.id, key, ...extra }, by);
      await assert.rejects(done('nda-signed'), /needs a file: the signed document/);
      await assert.rejects(done('background-check'), /needs a link/);
      await assert.rejects(done('background-check', { link: 'javascript:alert(1)' }), /not an http or https link/);
      await done('nda-signed', { file: pdf });
      await assert.rejects(done('nda-signed', { file: pdf }), /already done on 2026-03-02 by maya@brightline.example/);
      await assert.rejects(done('account:github', { outcome: 'deleted' }), /"deleted" is not an answer .* \(created, not-needed\)/);
      await assert.rejects(done('manager-confirms-access', {}, { role: 'member', email: 'sam@brightline.example' }), /confirmed by Maya Chen, the manager,/);
      await assert.rejects(done('has-what-they-need', {}, { role: 'admin', email: 'ops@brightline.example' }), /say in a note how they confirmed it/);
      await done('has-what-they-need', {}, { role: 'member', email: 'priya@brightline.example' });

      // The offer letter signed on day one is late for "before day one", and says by how much.
      clock.set('2026-03-09T18:00:00.000Z');
      const after = await done('offer-signed', { file: { name: 'offer.pdf', bytes: pdf.bytes } });
      assert.deepEqual(after.exceptions.find((e) => e.key === 'offer-signed'), { key: 'offer-signed', rule: 'late', detail: 'done 1 day after 2026-03-08' });
      assert.equal((await loadPerson(ctx(), 'priya@brightline.example')).current.onboarding?.done, 3);
      const events = await workspace.store.db.selectFrom('evidence_events').select(['action', 'attachments']).where('action', '=', 'people.checklist.item-done').execute();
      assert.equal(events.length, 3);
      assert.equal(JSON.parse(events[0]!.attachments).length, 1, 'the signed NDA is in the evidence log');
    });

    test('a contractor gets the scoped checklist: only the systems listed, each expiring on the end date', async (t) => {
      const { workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx(), { name: 'Leo Park', email: 'leo@studio.example', kind: 'contractor', startOn: '2026-03-03', endOn: '2026-06-30' });
      await assert.rejects(startOnboarding(ctx(), { person: 'leo@studio.example', systems: [{ system: 'Jira' }] }), /there is no system "Jira"/);
      await assert.rejects(startOnboarding(ctx(), { person: 'leo@studio.example', systems: [{ system: 'aws' }] }), /say which role AWS gives/);
      assert.equal(await workspace.store.db.selectFrom('checklists').select('id').executeTakeFirst(), undefined, 'nothing was written');
      const onboarding = await startOnboarding(ctx(), { person: 'leo@studio.example', systems: [{ system: 'figma', role: 'editor' }] });
      assert.ok(onboarding.items.some((i) => i.key === 'agreement-signed'));
      assert.ok(onboarding.items.some((i) => i.key === 'access-expires'));
      assert.deepEqual(onboarding.items.filter((i) => i.system).map((i) => i.title), ['Create the Figma account with the editor role, expiring 2026-06-30']);
    });

    test('acknowledging every policy that applies, and the orientation, completes those onboarding items in the same step', async (t) => {
      const { workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      const policy = await publishTemplate(ctx(), 'acceptable-use');
      const orientation = await publishTemplate(ctx(), 'security-orientation');
      await addPerson(ctx(), { name: 'Priya Raman', email: 'priya@brightline.example', kind: 'employee', startOn: '2026-03-09' });
      await acknowledgePolicy(ctx(), { personId: 'priya@brightline.example', policyId: orientation.id, version: 1, sha256: orientation.published!.sha256, via: 'link' });
      const onboarding = await startOnboarding(ctx(), { person: 'priya@brightline.example' });
      const state = async () => Object.fromEntries((await loadChecklist(ctx(), onboarding.id)).items.filter((i) => i.confirmedBy === 'person' && i.key !== 'has-what-they-need').map((i) => [i.key, i.done]));
      assert.deepEqual(await state(), { 'policies-acknowledged': false, 'security-orientation': true }, 'the orientation read before onboarding started counts');
      await acknowledgePolicy(ctx(), { personId: 'priya@brightline.example', policyId: policy.id, version: 1, sha256: policy.published!.sha256, via: 'session' });
      assert.deepEqual(await state(), { 'policies-acknowledged': true, 'security-orientation': true });
      const note = (await loadChecklist(ctx(), onboarding.id)).items.find((i) => i.key === 'policies-acknowledged')?.note;
      assert.equal(note, 'acknowledged in Groundwork: acceptable-use v1, security-orientation v1');
    });

    test('the evidence view: hires who have started, leavers, and anyone in the window with no checklist', async (t) => {
      const { workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx(), { name: 'Priya Raman', email: 'priya@brightline.example', kind: 'employee', startOn: '2026-02-16' });
      await addPerson(ctx(), { name: 'Nina Brooks', email: 'nina@brightline.example', kind: 'employee', startOn: '2026-03-16' });
      await addPerson(ctx(), { name: 'Omar Haddad', email: 'omar@brightline.example', kind: 'employee', startOn: '2026-02-02' });
      await addPerson(ctx(), { name: 'Leo Park', email: 'leo@studio.example', kind: 'contractor', startOn: '2026-01-05', endOn: '2026-02-27' });
      await startOnboarding(ctx(), { person: 'priya@brightline.example' });
      await startOnboarding(ctx(), { person: 'nina@brightline.example' });
      const last = await peopleReport(ctx(), { last: 3 });
      assert.deepEqual(last.hires.map((h) => h.email), ['priya@brightline.example'], 'Nina starts in two weeks: not a hire yet');
      const window = await peopleReport(ctx(), checkedScope({ from: '2026-01-01', to: '2026-03-31' }));
      assert.deepEqual(window.missing.map((m) => [m.email, m.problem]), [
        ['leo@studio.example', 'started with no onboarding checklist'],
        ['omar@brightline.example', 'started with no onboarding checklist'],
        ['leo@studio.example', 'the engagement ended with no offboarding'],
      ]);
      assert.throws(() => checkedScope({ last: 3, from: '2026-01-01' }), /not both/);
      assert.throws(() => checkedScope({ from: '2026-03-31', to: '2026-01-01' }), /is before from/);
    });

    test('a workspace edits its checklist for a kind of person; checklists already started keep theirs', async (t) => {
      const { workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx(), { name: 'Priya Raman', email: 'priya@brightline.example', kind: 'intern', startOn: '2026-03-09' });
      await addPerson(ctx(), { name: 'Omar Haddad', email: 'omar@brightline.example', kind: 'intern', startOn: '2026-03-16' });
      const first = await startOnboarding(ctx(), { person: 'priya@brightline.example' });
      const { items: shipped } = await checklistTemplate(ctx(), 'onboarding', 'intern');
      const edited = [...shipped.filter((i) => i.key !== 'background-check'), { key: 'disk-encrypted', phase: 'day-one', title: 'Laptop disk encryption on', proof: 'confirmation', confirmedBy: 'admin' } as const];
      await assert.rejects(editChecklistTemplate(ctx(), { kind: 'onboarding', personKind: 'intern', items: [{ ...edited[0]!, phase: 'access' }] }), /"access" is not a phase of onboarding/);
      await assert.rejects(editChecklistTemplate(ctx(), { kind: 'onboarding', personKind: 'intern', items: [edited[0]!, edited[0]!] }), /is used twice/);
      await editChecklistTemplate(ctx(), { kind: 'onboarding', personKind: 'intern', items: edited });
      const second = await startOnboarding(ctx(), { person: 'omar@brightline.example' });
      assert.ok(second.items.some((i) => i.key === 'disk-encrypted') && !second.items.some((i) => i.key === 'background-check'));
      assert.ok((await checklistTemplate(ctx(), 'onboarding', 'employee')).items.some((i) => i.key === 'background-check'), 'other kinds keep theirs');
      assert.ok((await loadChecklist(ctx(), first.id)).items.some((i) => i.key === 'background-check'), 'a started checklist keeps its items');
    });

    test('an involuntary offboarding: one revocation per system, asset returns, flags for anything cut after the conversation or after the day', async (t) => {
      const { clock, workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx(), { name: 'Sam Ortiz', email: 'sam@brightline.example', kind: 'employee', startOn: '2025-05-01' });
      await addAsset(ctx(), { kind: 'laptop', tag: 'BL-LAP-007', description: 'MacBook Pro 14' });
      await assignAsset(ctx(), { tag: 'BL-LAP-007', person: 'sam@brightline.example' });
      await assert.rejects(startOffboarding(ctx(), { person: 'sam@brightline.example', terminatesAt: new Date('2026-03-02T20:00:00Z'), reason: 'involuntary' }), /records when the person is told/);

      const offboarding = await startOffboarding(ctx(), { person: 'sam@brightline.example', terminatesAt: new Date('2026-03-02T20:00:00Z'), reason: 'involuntary', conversationAt: new Date('2026-03-02T21:00:00Z') });
      assert.deepEqual(
        offboarding.items.map((i) => i.key),
        ['revoke:aws', 'revoke:figma', 'revoke:github', 'revoke:google-workspace', 'sso-disabled', 'oauth-grants-revoked', 'mfa-backup-removed', 'shared-credentials-rotated', 'return:BL-LAP-007', 'email-forwarding'],
      );
      assert.equal((await loadPerson(ctx(), 'sam@brightline.example')).current.status, 'offboarding');
      await assert.rejects(startOffboarding(ctx(), { person: 'sam@brightline.example', terminatesAt: new Date(), reason: 'voluntary' }), /is offboarding, not active/);

      const done = (key: string, extra: Partial<Parameters<typeof completeItem>[1]> = {}) => completeItem(ctx(), { checklistId: offboarding.id, key, ...extra }, admin);
      clock.set('2026-03-02T20:30:00.000Z');
      for (const key of ['revoke:aws', 'revoke:github', 'revoke:google-workspace', 'sso-disabled', 'oauth-grants-revoked', 'mfa-backup-removed']) await done(key);
      await done('revoke:figma', { outcome: 'no-account' });
      clock.set('2026-03-04T14:00:00.000Z'); // two days later, and after the conversation
      const revoked = await done('shared-credentials-rotated');
      assert.deepEqual(revoked.deadline && [revoked.deadline.status, revoked.deadline.lateDays], ['late', 2]);
      assert.deepEqual(revoked.exceptions.map((e) => [e.key, e.rule]), [['shared-credentials-rotated', 'late'], ['shared-credentials-rotated', 'after-conversation']]);

      await assert.rejects(done('email-forwarding', { outcome: 'forwarded' }), /only with an end date/);
      await done('return:BL-LAP-007');
      const last = await done('email-forwarding', { outcome: 'forwarded', forwardUntil: '2026-04-02' });
      assert.ok(last.completedAt);
      assert.equal(last.items.find((i) => i.key === 'email-forwarding')?.outcome, 'forwarded until 2026-04-02');
      assert.equal((await loadPerson(ctx(), 'sam@brightline.example')).current.status, 'departed');
      const held = await workspace.store.db.selectFrom('asset_assignments').select('returned_at').execute();
      assert.deepEqual(held.map((h) => h.returned_at), ['2026-03-04T14:00:00.000Z'], 'the laptop is back in the asset register');
    });

    test('revoking Groundwork in an offboarding deactivates the person’s Groundwork user, and “no account” is refused while one is active', async (t) => {
      const { workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await ensureGroundworkSystem(ctx());
      await addPerson(ctx(), { name: 'Sam Ortiz', email: 'sam@brightline.example', kind: 'employee', startOn: '2025-05-01' });
      const sam = await addUser(workspace, 'member', { email: 'sam@brightline.example' });
      const offboarding = await startOffboarding(ctx(), { person: 'sam@brightline.example', terminatesAt: new Date('2026-03-02T20:00:00Z'), reason: 'voluntary' });
      const revoke = (outcome: string) => completeItem(ctx(), { checklistId: offboarding.id, key: 'revoke:groundwork', outcome }, admin);
      await assert.rejects(revoke('no-account'), /has an active Groundwork user \(sam@brightline.example\): answer "revoked"/);
      await revoke('revoked');
      const user = await workspace.store.db.selectFrom('users').select('deactivated_at').where('id', '=', sam.user.id).executeTakeFirstOrThrow();
      assert.ok(user.deactivated_at, 'the user is deactivated in the same step');
    });

    test('a reduction in force offboards many people at one cut-off, and one unknown name changes nothing', async (t) => {
      const { workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      for (const [name, email] of [['Ana Silva', 'ana@brightline.example'], ['Ben Okafor', 'ben@brightline.example']]) await addPerson(ctx(), { name: name!, email: email!, kind: 'employee', startOn: '2025-02-01' });
      const cutoff = new Date('2026-03-02T22:00:00Z');
      await assert.rejects(offboardMany(ctx(), { people: ['ana@brightline.example', 'zoe@brightline.example'], terminatesAt: cutoff }), (error: Error & { where?: string }) => /nobody in the directory is zoe@brightline.example/.test(error.message) && error.where === 'people[1]');
      assert.equal((await loadPerson(ctx(), 'ana@brightline.example')).current.status, 'active', 'the first person was not offboarded alone');
      const { batchId, checklists } = await offboardMany(ctx(), { people: ['ana@brightline.example', 'ben@brightline.example'], terminatesAt: cutoff, conversationAt: new Date('2026-03-02T23:00:00Z') });
      assert.deepEqual(checklists.map((c) => [c.person.email, c.batchId, c.terminatesAt, c.reason]), [
        ['ana@brightline.example', batchId, cutoff.toISOString(), 'reduction-in-force'],
        ['ben@brightline.example', batchId, cutoff.toISOString(), 'reduction-in-force'],
      ]);
    });

    test("a contractor's offboarding falls due on the engagement's end date, with notice before, and is completed by the offboarding", async (t) => {
      const { clock, workspace, ctx } = await site(engine.name);
      t.after(() => workspace.close());
      await addPerson(ctx(), { name: 'Leo Park', email: 'leo@studio.example', kind: 'contractor', startOn: '2026-01-05', endOn: '2026-03-20' });
      const obligationId = (await workspace.store.db.selectFrom('engagements').select('end_obligation_id').where('kind', '=', 'contractor').executeTakeFirstOrThrow()).end_obligation_id!;
      const occurrences = () => listOccurrences(ctx(), { obligationId, from: '2026-01-01', to: '2026-12-31' });
      assert.deepEqual((await occurrences()).map((o) => [o.dueOn, o.status, o.opensAt.slice(0, 10)]), [['2026-03-20', 'upcoming', '2026-03-07']], 'opens two weeks before the end date');
      clock.set('2026-03-21T15:00:00.000Z');
      assert.deepEqual((await occurrences()).map((o) => [o.status, o.overdueDays]), [['open', 1]], 'the calendar of anything else does not move it');

      const offboarding = await startOffboarding(ctx(), { person: 'leo@studio.example', terminatesAt: new Date('2026-03-21T15:00:00Z'), reason: 'contract-end' });
      for (const item of offboarding.items.filter((i) => i.phase === 'access')) await completeItem(ctx(), { checklistId: offboarding.id, key: item.key, outcome: item.system ? 'no-account' : undefined });
      assert.deepEqual((await occurrences()).map((o) => [o.status, o.lateDays]), [['late', 1]]);
    });
  });
}
