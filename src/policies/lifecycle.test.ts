import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { listOccurrences } from '../cadence/list-occurrences.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { adoptPolicy } from './adopt-policy.ts';
import { approveVersion, publishVersion, submitVersion } from './approve-and-publish.ts';
import { listPolicies, loadPolicy } from './policy.ts';
import { retirePolicy } from './retire-policy.ts';
import { reviewPolicy } from './review-policy.ts';
import { suggestedValues } from './template-variables.ts';
import { writeVersion } from './write-version.ts';

const values = { ...suggestedValues, companyName: 'Brightline Analytics' };
const maya = { type: 'user', id: 'maya@brightline.example' } as const;
const sam = { type: 'user', id: 'sam@brightline.example' } as const;

async function site(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const as = (actor: typeof maya | typeof sam) => workspace.context(actor, clock.now);
  await updateWorkspace(as(maya), { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  const actions = async () => (await workspace.store.db.selectFrom('evidence_events').select(['action', 'actor_id', 'data']).where('action', 'like', 'policies.%').orderBy('seq').execute()).map((e) => [e.action, e.actor_id, JSON.parse(e.data)]);
  return { clock, workspace, as, actions };
}

for (const engine of engines) {
  describe(`the policy lifecycle on ${engine.name}`, { skip: engine.skip }, () => {
    test('adopt, edit, submit, approve and publish; the first publication schedules the yearly review', async (t) => {
      const { clock, workspace, as, actions } = await site(engine.name);
      t.after(() => workspace.close());
      const adopted = await adoptPolicy(as(sam), { templateId: 'access-control', values });
      assert.equal(adopted.status, 'draft');
      assert.match(adopted.latest.text, /How Brightline Analytics gives, reviews and removes access/);
      await assert.rejects(adoptPolicy(as(sam), { templateId: 'access-control', values }), /Access Control Policy is already adopted/);
      await assert.rejects(adoptPolicy(as(sam), { templateId: 'travel', values }), /there is no template "travel"/);
      await assert.rejects(adoptPolicy(as(sam), { templateId: 'access-control', values: { companyName: 'X' } }), /needs a value for offboardingDeadline/);

      const edited = await writeVersion(as(sam), { policyId: 'access-control', basedOn: 1, text: `${adopted.latest.text}\n\nGuests get no accounts.` });
      assert.equal(edited.latest.version, 2);
      await assert.rejects(writeVersion(as(maya), { policyId: 'access-control', basedOn: 1, text: 'an edit of an old version' }), /changed since you opened version 1: version 2 is newer/);
      await assert.rejects(writeVersion(as(sam), { policyId: 'access-control', basedOn: 2, text: 'x'.repeat(101 * 1024) }), /the policy text is 101 KB; a policy is at most 100 KB/);
      await assert.rejects(writeVersion(as(sam), { policyId: 'access-control', basedOn: 2, text: 'PK\u0003\u0004\u0000binary' }), /binary/);

      assert.equal((await submitVersion(as(sam), { policyId: 'access-control', version: 2 })).status, 'in_review');
      await assert.rejects(approveVersion(as(maya), { policyId: 'access-control', version: 2, sha256: adopted.latest.sha256 }, 'owner'), /is not the one you read/);
      await assert.rejects(approveVersion(as(maya), { policyId: 'access-control', version: 2, sha256: edited.latest.sha256 }, 'member'), /only an owner or an admin approves/);
      const approved = await approveVersion(as(maya), { policyId: 'access-control', version: 2, sha256: edited.latest.sha256 }, 'owner');
      assert.deepEqual([approved.status, approved.latest.approvedBy, approved.latest.selfApproved], ['approved', 'maya@brightline.example', false]);

      clock.set('2026-03-03T04:30:00.000Z'); // 23:30 on 2 March in New York
      const published = await publishVersion(as(maya), { policyId: 'access-control', version: 2 });
      assert.equal(published.status, 'published');
      assert.equal(published.published?.material, true, 'a first publication asks everyone');
      const reviews = await listOccurrences(workspace.context(maya, clock.now), { obligationId: 'policy-review:access-control', from: '2026-01-01', to: '2028-12-31' });
      assert.deepEqual(reviews.map((r) => [r.dueOn, r.status]), [['2027-03-02', 'upcoming'], ['2028-03-02', 'upcoming']], 'due a year after the local publication date');
      const { versions } = await loadPolicy(workspace.context(maya), 'access-control');
      assert.deepEqual(versions.map((v) => v.status), ['superseded', 'published'], 'a draft replaced before publication is superseded');

      // Reviewing early, the week after publication, completes the first yearly review on time.
      clock.set('2026-03-09T15:00:00.000Z');
      await reviewPolicy(as(maya), { policyId: 'access-control', changed: false, note: 'checked against the new SSO setup' });
      const afterReview = await listOccurrences(workspace.context(maya, clock.now), { obligationId: 'policy-review:access-control', from: '2026-01-01', to: '2027-12-31' });
      assert.deepEqual(afterReview.map((r) => [r.dueOn, r.status]), [['2027-03-02', 'on_time']]);

      assert.deepEqual(
        (await actions()).map(([action, actor, data]) => [action, actor, data.version]),
        [
          ['policies.policy.adopted', 'sam@brightline.example', 1],
          ['policies.version.written', 'sam@brightline.example', 2],
          ['policies.version.submitted', 'sam@brightline.example', 2],
          ['policies.version.approved', 'maya@brightline.example', 2],
          ['policies.version.published', 'maya@brightline.example', 2],
          ['policies.policy.reviewed', 'maya@brightline.example', 2],
        ],
      );
      assert.equal((await actions())[3]![2].sha256, edited.latest.sha256, 'the approval records the hash of the approved text');
    });

    test('a self-approved change, a material flag on republication, a yearly review, and retirement', async (t) => {
      const { clock, workspace, as, actions } = await site(engine.name);
      t.after(() => workspace.close());
      const first = await adoptPolicy(as(maya), { templateId: 'information-security', values });
      await submitVersion(as(maya), { policyId: 'information-security', version: 1 });
      await approveVersion(as(maya), { policyId: 'information-security', version: 1, sha256: first.latest.sha256 }, undefined);
      const v1 = await publishVersion(as(maya), { policyId: 'information-security', version: 1 });
      assert.equal(v1.published?.selfApproved, true, 'allowed, and shown');

      const v2 = await writeVersion(as(maya), { policyId: 'information-security', basedOn: 1, text: `${first.latest.text}\n\nTypo fixed.` });
      assert.equal(v2.status, 'published', 'version 1 stays in force while version 2 is a draft');
      assert.equal(v2.latest.status, 'draft');
      await assert.rejects(publishVersion(as(maya), { policyId: 'information-security', version: 2 }), /is draft; only a version approved can be published/);
      await submitVersion(as(maya), { policyId: 'information-security', version: 2 });
      await approveVersion(as(maya), { policyId: 'information-security', version: 2, sha256: v2.latest.sha256 }, 'owner');
      await assert.rejects(publishVersion(as(maya), { policyId: 'information-security', version: 2 }), /say whether version 2 changes Information Security Policy materially/);
      const republished = await publishVersion(as(maya), { policyId: 'information-security', version: 2, material: false });
      const { versions } = await loadPolicy(workspace.context(maya), 'information-security');
      assert.deepEqual(versions.map((v) => [v.version, v.status, v.material]), [[1, 'superseded', true], [2, 'published', false]]);
      assert.equal(republished.published?.version, 2);

      clock.set('2027-02-20T15:00:00.000Z');
      await reviewPolicy(as(maya), { policyId: 'information-security', changed: false, note: 'Still right for 12 people' });
      const reviews = await listOccurrences(workspace.context(maya, clock.now), { obligationId: 'policy-review:information-security', from: '2027-01-01', to: '2027-12-31' });
      assert.equal(reviews[0]?.status, 'on_time');

      const retired = await retirePolicy(as(maya), { policyId: 'information-security', reason: 'merged into the handbook' });
      assert.equal(retired.status, 'retired');
      await assert.rejects(writeVersion(as(maya), { policyId: 'information-security', basedOn: 2, text: 'more' }), /was retired on 2027-02-20/);
      assert.deepEqual((await listPolicies(workspace.context(maya))).map((p) => [p.id, p.status]), [['information-security', 'retired']]);
      const names = (await actions()).map(([action]) => action);
      assert.deepEqual(names.slice(-2), ['policies.policy.reviewed', 'policies.policy.retired']);
    });
  });
}
