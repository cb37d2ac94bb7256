import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { brightline, publishTemplate, republish } from '../../test/policies.ts';
import { addPerson } from '../people/add-person.ts';
import { startOffboarding } from '../people/start-offboarding.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { acknowledgePolicy } from './acknowledge-policy.ts';
import { acknowledgementMatrix, acknowledgementSummary, owedAcknowledgements } from './acknowledgements.ts';
import { acknowledgementsCsv } from './acknowledgements-csv.ts';
import { adoptPolicy } from './adopt-policy.ts';
import { retirePolicy } from './retire-policy.ts';
import { writeVersion } from './write-version.ts';

const maya = { type: 'user', id: 'maya@brightline.example' } as const;
const leo = { name: 'Leo Park', email: 'leo@brightline.example', kind: 'employee', title: 'Engineer', startOn: '2026-01-05' };
const ana = { name: 'Ana Ruiz', email: 'ana@ruiz.design', kind: 'contractor', title: 'Designer', startOn: '2026-02-02', endOn: '2026-08-31' };
const nina = { name: 'Nina Brooks', email: 'nina@brightline.example', kind: 'employee', title: 'Analyst', startOn: '2026-03-16' };

async function site(engine: 'sqlite' | 'postgres') {
  const clock = manualClock('2026-03-02T15:00:00.000Z');
  const workspace = await (await createTestSite(engine)).open({ now: clock.now });
  const ctx = workspace.context(maya, clock.now);
  await updateWorkspace(ctx, { name: 'Brightline Analytics', timeZone: 'America/New_York' });
  const people = { leo: await addPerson(ctx, leo), ana: await addPerson(ctx, ana), nina: await addPerson(ctx, nina) };
  const as = (email: string) => workspace.context({ type: 'user', id: email }, clock.now);
  const acknowledged = async () => ({
    events: (await workspace.store.db.selectFrom('evidence_events').select('data').where('action', '=', 'policies.policy.acknowledged').orderBy('seq').execute()).map((e) => JSON.parse(e.data)),
    rows: (await workspace.store.db.selectFrom('acknowledgements').select('version').execute()).length,
  });
  return { clock, workspace, ctx, people, as, acknowledged };
}

const outstanding = async (ctx: Parameters<typeof owedAcknowledgements>[0], email: string) => (await owedAcknowledgements(ctx, email)).outstanding.map((row) => `${row.policyId} v${row.inForceVersion}`);

for (const engine of engines) {
  describe(`policy acknowledgements on ${engine.name}`, { skip: engine.skip }, () => {
    test('each kind owes its own policies; a material change asks everyone again, a wording change does not', async (t) => {
      const { clock, workspace, ctx, people, as, acknowledged } = await site(engine.name);
      t.after(() => workspace.close());
      const security = await publishTemplate(ctx, 'information-security');
      await publishTemplate(ctx, 'business-continuity');
      const orientation = await publishTemplate(ctx, 'security-orientation');
      await adoptPolicy(ctx, { templateId: 'access-control', values: brightline });

      assert.deepEqual(await outstanding(ctx, leo.email), ['business-continuity v1', 'information-security v1', 'security-orientation v1'], 'a draft is not owed');
      assert.deepEqual(await outstanding(ctx, ana.email), ['information-security v1', 'security-orientation v1'], 'Business Continuity is for employees');
      assert.deepEqual(await outstanding(ctx, nina.email), ['business-continuity v1', 'information-security v1', 'security-orientation v1'], 'a new hire owes them before day one');
      await assert.rejects(
        acknowledgePolicy(as(ana.email), { personId: ana.email, policyId: 'business-continuity', version: 1, sha256: security.latest.sha256, via: 'session' }),
        /Business Continuity and Disaster Recovery Policy does not apply to Ana Ruiz, who is a contractor: it applies to employee/,
      );

      const first = await acknowledgePolicy(as(leo.email), { personId: people.leo.id, policyId: 'information-security', version: 1, sha256: security.latest.sha256, via: 'session' });
      assert.deepEqual(first, { personId: people.leo.id, policyId: 'information-security', version: 1, sha256: security.latest.sha256, acknowledgedAt: '2026-03-02T15:00:00.000Z', via: 'session' });
      assert.equal((await owedAcknowledgements(ctx, leo.email)).securityOrientation, false);
      await acknowledgePolicy(as(leo.email), { personId: people.leo.id, policyId: 'security-orientation', version: 1, sha256: orientation.latest.sha256, via: 'session' });
      const leoNow = await owedAcknowledgements(ctx, leo.email);
      assert.deepEqual([leoNow.securityOrientation, leoNow.complete, leoNow.outstanding.map((r) => r.policyId)], [true, false, ['business-continuity']]);

      clock.set('2026-03-10T15:00:00.000Z');
      const wording = await republish(ctx, security, 'Typos fixed.', false);
      assert.deepEqual(await outstanding(ctx, leo.email), ['business-continuity v1'], 'version 1 still counts after a change that is not material');
      assert.deepEqual(await outstanding(ctx, nina.email), ['business-continuity v1', 'information-security v2', 'security-orientation v1'], 'a newcomer reads the version in force');
      await acknowledgePolicy(as(nina.email), { personId: nina.email, policyId: 'information-security', version: 2, sha256: wording.latest.sha256, via: 'session' });

      clock.set('2026-04-01T15:00:00.000Z');
      const material = await republish(ctx, wording, 'Laptops are encrypted before first use.', true);
      assert.deepEqual(await outstanding(ctx, leo.email), ['business-continuity v1', 'information-security v3']);
      const row = (await owedAcknowledgements(ctx, nina.email)).policies.find((r) => r.policyId === 'information-security')!;
      assert.deepEqual([row.status, row.requiredVersion, row.acknowledgedVersion], ['outstanding', 3, 2], 'a material change asks again, showing what was acknowledged before');
      await acknowledgePolicy(as(leo.email), { personId: leo.email, policyId: 'information-security', version: 3, sha256: material.latest.sha256, via: 'session' });

      assert.deepEqual((await acknowledged()).events, [
        { personId: people.leo.id, email: leo.email, policyId: 'information-security', version: 1, sha256: security.latest.sha256, via: 'session' },
        { personId: people.leo.id, email: leo.email, policyId: 'security-orientation', version: 1, sha256: orientation.latest.sha256, via: 'session' },
        { personId: people.nina.id, email: nina.email, policyId: 'information-security', version: 2, sha256: wording.latest.sha256, via: 'session' },
        { personId: people.leo.id, email: leo.email, policyId: 'information-security', version: 3, sha256: material.latest.sha256, via: 'session' },
      ]);
      const stored = await workspace.store.db.selectFrom('acknowledgements as a').innerJoin('evidence_events as e', 'e.seq', 'a.evidence_seq').select(['a.version', 'e.action']).where('a.person_id', '=', people.leo.id).orderBy('a.acknowledged_at').execute();
      assert.deepEqual(stored.map((s) => [s.version, s.action]), [[1, 'policies.policy.acknowledged'], [1, 'policies.policy.acknowledged'], [3, 'policies.policy.acknowledged']], 'each row points at its evidence');
    });

    test('a stale text, a superseded, unpublished or unknown version, a retired policy, a second acknowledgement and a leaver are refused, changing nothing', async (t) => {
      const { clock, workspace, ctx, people, as, acknowledged } = await site(engine.name);
      t.after(() => workspace.close());
      const security = await publishTemplate(ctx, 'information-security');
      const use = await publishTemplate(ctx, 'acceptable-use');
      await acknowledgePolicy(as(leo.email), { personId: leo.email, policyId: 'acceptable-use', version: 1, sha256: use.latest.sha256, via: 'session' });
      clock.set('2026-03-03T02:00:00.000Z'); // 21:00 on 2 March in New York
      const v2 = await republish(ctx, security, 'Contractors follow this policy too.', true);
      await adoptPolicy(ctx, { templateId: 'access-control', values: brightline });
      const before = await acknowledged();

      const attempt = (input: Partial<Parameters<typeof acknowledgePolicy>[1]>) =>
        acknowledgePolicy(as(leo.email), { personId: people.leo.id, policyId: 'information-security', version: 2, sha256: v2.latest.sha256, via: 'session', ...input });
      const refusals: [Partial<Parameters<typeof acknowledgePolicy>[1]>, string, RegExp][] = [
        [{ sha256: security.latest.sha256 }, 'sha256', /the text of version 2 of Information Security Policy changed since you opened it/],
        [{ version: 1, sha256: security.latest.sha256 }, 'version', /version 1 of Information Security Policy was superseded by version 2 on 2026-03-02: read version 2, the one in force/],
        [{ version: 9 }, 'version', /Information Security Policy has no version 9; version 2 is in force/],
        [{ policyId: 'access-control' }, 'policyId', /Access Control Policy is not published yet/],
        [{ policyId: 'acceptable-use', version: 1, sha256: use.latest.sha256 }, 'policyId', /Leo Park already acknowledged version 1 of Acceptable Use Policy on 2026-03-02/],
        [{ policyId: 'travel' }, 'policyId', /there is no policy "travel"/],
        [{ personId: 'nobody@brightline.example' }, 'person', /nobody in the directory is nobody@brightline\.example/],
      ];
      for (const [input, where, message] of refusals) {
        await assert.rejects(attempt(input), (error: Error & { where?: string }) => (assert.match(error.message, message), assert.equal(error.where, where), true));
      }
      await writeVersion(ctx, { policyId: 'information-security', basedOn: 2, text: `${v2.latest.text}\n\nA draft nobody approved.` });
      await assert.rejects(attempt({ version: 3 }), /version 3 of Information Security Policy is not published: read version 2, the one in force/);

      await retirePolicy(ctx, { policyId: 'acceptable-use', reason: 'merged into the handbook' });
      await assert.rejects(attempt({ policyId: 'acceptable-use', version: 1, sha256: use.latest.sha256 }), /Acceptable Use Policy was retired on 2026-03-02: there is nothing to acknowledge/);
      assert.deepEqual(await outstanding(ctx, leo.email), ['information-security v2'], 'a retired policy is owed by no one');

      await startOffboarding(ctx, { person: ana.email, terminatesAt: new Date('2026-03-06T22:00:00.000Z'), reason: 'voluntary' });
      await assert.rejects(
        acknowledgePolicy(as(ana.email), { personId: ana.email, policyId: 'information-security', version: 2, sha256: v2.latest.sha256, via: 'session' }),
        /Ana Ruiz is offboarding: only people joining or working here acknowledge policies/,
      );
      assert.deepEqual((await owedAcknowledgements(ctx, ana.email)).policies, [], 'a leaver owes nothing');
      assert.deepEqual(await acknowledged(), before, 'no refusal recorded anything');
    });

    test('who has not acknowledged what: the matrix, its summary and its CSV', async (t) => {
      const { clock, workspace, ctx, as } = await site(engine.name);
      t.after(() => workspace.close());
      const security = await publishTemplate(ctx, 'information-security');
      const continuity = await publishTemplate(ctx, 'business-continuity');
      clock.set('2026-03-04T14:30:00.000Z');
      await acknowledgePolicy(as(leo.email), { personId: leo.email, policyId: 'information-security', version: 1, sha256: security.latest.sha256, via: 'session' });
      await acknowledgePolicy(as(leo.email), { personId: leo.email, policyId: 'business-continuity', version: 1, sha256: continuity.latest.sha256, via: 'session' });
      await acknowledgePolicy(ctx, { personId: ana.email, policyId: 'information-security', version: 1, sha256: security.latest.sha256, via: 'link' });

      const rows = await acknowledgementMatrix(ctx);
      assert.deepEqual(
        rows.map((r) => [r.name, r.engagement, r.policyId, r.status, r.acknowledgedAt]),
        [
          ['Ana Ruiz', 'active', 'information-security', 'acknowledged', '2026-03-04T14:30:00.000Z'],
          ['Leo Park', 'active', 'business-continuity', 'acknowledged', '2026-03-04T14:30:00.000Z'],
          ['Leo Park', 'active', 'information-security', 'acknowledged', '2026-03-04T14:30:00.000Z'],
          ['Nina Brooks', 'pre-hire', 'business-continuity', 'outstanding', null],
          ['Nina Brooks', 'pre-hire', 'information-security', 'outstanding', null],
        ],
      );
      assert.deepEqual(acknowledgementSummary(rows), {
        people: 3,
        complete: 2,
        percent: 66,
        policies: [
          { policyId: 'information-security', owed: 3, acknowledged: 2 },
          { policyId: 'business-continuity', owed: 2, acknowledged: 1 },
        ],
      });
      assert.deepEqual((await acknowledgementMatrix(ctx, { outstanding: true })).map((r) => `${r.name}: ${r.policyId}`), ['Nina Brooks: business-continuity', 'Nina Brooks: information-security']);
      assert.deepEqual((await acknowledgementMatrix(ctx, { policyId: 'business-continuity' })).map((r) => r.name), ['Leo Park', 'Nina Brooks']);
      assert.equal(
        acknowledgementsCsv(await acknowledgementMatrix(ctx, { policyId: 'information-security' })),
        [
          'name,email,kind,engagement,policy,title,status,required_version,acknowledged_version,acknowledged_at,via',
          'Ana Ruiz,ana@ruiz.design,contractor,active,information-security,Information Security Policy,acknowledged,1,1,2026-03-04T14:30:00.000Z,link',
          'Leo Park,leo@brightline.example,employee,active,information-security,Information Security Policy,acknowledged,1,1,2026-03-04T14:30:00.000Z,session',
          'Nina Brooks,nina@brightline.example,employee,pre-hire,information-security,Information Security Policy,outstanding,1,,,',
          '',
        ].join('\n'),
      );
      assert.equal(acknowledgementsCsv([{ ...rows[0]!, name: '=HYPERLINK("http://evil.example")' }]).split('\n')[1]!.slice(0, 22), `"'=HYPERLINK(""http://`, 'a formula is kept as text');
    });
  });
}
