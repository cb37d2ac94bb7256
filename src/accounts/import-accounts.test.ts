import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { fixtureFile, textFile } from '../../test/account-files.ts';
import { createTestSite, engines, manualClock, testActor } from '../../test/engines.ts';
import { inTransaction } from '../context.ts';
import { offboardCompletely } from '../../test/people.ts';
import { addPerson } from '../people/add-person.ts';
import { addSystem } from '../systems/add-system.ts';
import { importAccounts } from './import-accounts.ts';
import { listAccounts } from './list-accounts.ts';
import { mapAccount } from './map-account.ts';
import { latestSnapshot } from './snapshot.ts';

const header = 'external_id,email,user_name,display_name,roles,privileged,mfa,last_activity,created,status,kind,credential_rotated';
const crm = [
  header,
  'u-1,maya@brightline.example,maya,Maya Chen,Owner,true,true,2026-07-09,2025-01-06,active,human,',
  'u-2,lee@brightline.example,lee,Lee Park,Member,false,false,2026-03-01,2025-01-06,active,human,',
  'u-3,sam@brightline.example,sam,Sam Okafor,Member,false,true,2026-07-01,2025-02-01,active,human,',
  'u-4,diego@alvarez.dev,diego,Diego Alvarez,Member,false,true,2026-07-08,2026-02-02,active,human,',
  'u-5,ops@brightline.example,ops,Ops shared login,Admin,true,true,2026-07-08,2024-01-01,active,shared,',
  'u-6,ghost@brightline.example,ghost,Who Is This,Member,false,true,,2026-01-01,active,human,',
  'svc-1,,deploy-bot,Deploy bot,CI,false,,2026-07-09,2024-11-01,active,service,2025-11-01',
  'u-7,nina@brightline.example,nina,Nina Brooks,Admin,true,true,2026-07-09,2025-05-01,active,human,',
  'u-8,nina.brooks@brightline.example,nina2,Nina Brooks,Member,false,true,2026-07-09,2025-05-01,active,human,',
].join('\n');
const flagsById = (accounts: { externalId: string; flags: { id: string }[] }[]) => Object.fromEntries(accounts.map((a) => [a.externalId, a.flags.map((f) => f.id)]));

for (const engine of engines) {
  describe(`importing a system's accounts on ${engine.name}`, { skip: engine.skip }, () => {
    test('a snapshot keeps its files’ SHA-256; accounts are matched to people and flagged with their reasons', async () => {
      const clock = manualClock('2026-01-05T15:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const ctx = workspace.context(testActor);
      try {
        await addPerson(ctx, { name: 'Maya Chen', email: 'maya@brightline.example', kind: 'employee', startOn: '2025-01-06' });
        await addPerson(ctx, { name: 'Lee Park', email: 'lee@brightline.example', kind: 'employee', startOn: '2025-01-06' });
        await addPerson(ctx, { name: 'Sam Okafor', email: 'sam@brightline.example', kind: 'employee', startOn: '2025-02-01' });
        await addPerson(ctx, { name: 'Diego Alvarez', email: 'diego@brightline.example', aliases: ['diego@alvarez.dev'], kind: 'contractor', startOn: '2026-01-05', endOn: '2026-06-30' });
        await addPerson(ctx, { name: 'Nina Brooks', email: 'nina@brightline.example', aliases: ['nina.brooks@brightline.example'], kind: 'employee', startOn: '2025-05-01' });
        clock.set('2026-07-02T15:00:00Z');
        await offboardCompletely(ctx, 'sam@brightline.example', '2026-07-02T14:00:00Z');
        await addSystem(ctx, { name: 'Acme CRM', category: 'customer-facing-admin', owner: 'maya@brightline.example', classification: 'confidential' });
        clock.set('2026-07-10T12:00:00Z');

        const file = textFile('crm-users.csv', crm);
        const snapshot = await importAccounts(ctx, { systemId: 'acme-crm', files: [file] });
        assert.deepEqual([snapshot.number, snapshot.format, snapshot.accounts, snapshot.asOf], [1, 'plain-csv', 9, '2026-07-10T12:00:00.000Z']);
        assert.deepEqual(snapshot.sources, [{ name: 'crm-users.csv', bytes: Buffer.byteLength(crm), sha256: createHash('sha256').update(crm).digest('hex') }]);

        const list = await listAccounts(ctx, { systemId: 'acme-crm' });
        assert.deepEqual(flagsById(list.accounts), {
          'u-1': ['privileged', 'privileged_daily_use'],
          'u-2': ['no_mfa', 'dormant'],
          'u-3': ['leaver_active'],
          'u-4': ['contractor_expired'],
          'u-5': ['shared', 'privileged'],
          'u-6': ['never_used', 'orphan'],
          'svc-1': ['stale_credential'],
          'u-7': ['privileged'],
          'u-8': [],
        });
        const byId = new Map(list.accounts.map((a) => [a.externalId, a]));
        assert.deepEqual([byId.get('u-4')!.person?.name, byId.get('u-4')!.matchedBy], ['Diego Alvarez', 'alias']);
        assert.equal(byId.get('u-2')!.flags[1]!.reason, 'last active 2026-03-01, 131 days before the list of 2026-07-10 (dormant after 90)');
        assert.deepEqual(byId.get('svc-1')!.flags[0]!.inputs, { credentialRotatedAt: '2025-11-01T00:00:00.000Z', asOf: '2026-07-10T12:00:00.000Z', credentialMaxAgeDays: 90 });
        assert.equal(list.counts.privileged, 3);

        const events = await workspace.store.db.selectFrom('evidence_events').select(['action', 'data']).where('action', '=', 'accounts.snapshot.imported').execute();
        const data = JSON.parse(events[0]!.data);
        assert.deepEqual([data.accounts, data.flags.privileged_daily_use, data.flags.leaver_active, data.flags.orphan, data.sources[0].sha256], [9, 1, 1, 1, snapshot.sources[0]!.sha256]);

        const privileged = await listAccounts(ctx, { systemId: 'acme-crm', flags: ['privileged'], search: 'nina', limit: 10 });
        assert.deepEqual(privileged.accounts.map((a) => a.externalId), ['u-7']);

        // A mapping says whose the unknown login is; the next import remembers it.
        await mapAccount(ctx, { systemId: 'acme-crm', externalId: 'u-6', person: 'lee@brightline.example' });
        clock.set('2026-07-11T12:00:00Z');
        await importAccounts(ctx, { systemId: 'acme-crm', files: [textFile('crm-users.csv', crm.replace('u-2,lee', 'u-2,lee'))] });
        const again = await listAccounts(ctx, { systemId: 'acme-crm', search: 'ghost' });
        assert.deepEqual([again.snapshot.number, again.accounts[0]!.person?.email, again.accounts[0]!.matchedBy, again.accounts[0]!.flags.map((f) => f.id)], [2, 'lee@brightline.example', 'mapping', ['never_used']]);
      } finally {
        await workspace.close();
      }
    });

    test('each import matches against the directory as it is then, and never against a change rolled back', async () => {
      const clock = manualClock('2026-07-10T12:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const ctx = workspace.context(testActor);
      const list = [header, 'u-1,maya@brightline.example,maya,Maya Chen,Member,false,true,2026-07-09,2025-01-06,active,human,', 'u-2,lee@brightline.example,lee,Lee Park,Member,false,true,2026-07-09,2025-01-06,active,human,'].join('\n');
      const ownersOf = async (systemId: string) => Object.fromEntries((await listAccounts(ctx, { systemId })).accounts.map((a) => [a.externalId, a.person?.email ?? null]));
      try {
        await addPerson(ctx, { name: 'Maya Chen', email: 'maya@brightline.example', kind: 'employee', startOn: '2025-01-06' });
        for (const name of ['Acme CRM', 'Wiki', 'Billing']) await addSystem(ctx, { name, category: 'other', owner: 'maya@brightline.example', classification: 'internal' });
        await importAccounts(ctx, { systemId: 'acme-crm', files: [textFile('crm.csv', list)] });
        assert.deepEqual(await ownersOf('acme-crm'), { 'u-1': 'maya@brightline.example', 'u-2': null });

        // Lee joins in a transaction that imports the wiki's list and then fails: neither happened.
        await assert.rejects(
          inTransaction(ctx, async (tx) => {
            await addPerson(tx, { name: 'Lee Park', email: 'lee@brightline.example', kind: 'employee', startOn: '2025-01-06' });
            await importAccounts(tx, { systemId: 'wiki', files: [textFile('wiki.csv', list)] });
            throw new Error('the wiki import was cancelled');
          }),
          /cancelled/,
        );
        // Someone else joins instead, their event numbered as Lee's was.
        await addPerson(ctx, { name: 'Sam Okafor', email: 'sam@brightline.example', kind: 'employee', startOn: '2025-02-01' });
        await importAccounts(ctx, { systemId: 'wiki', files: [textFile('wiki.csv', list.replace('u-1,maya', 'u-1,sam'))] });
        assert.deepEqual(await ownersOf('wiki'), { 'u-1': 'sam@brightline.example', 'u-2': null });

        await addPerson(ctx, { name: 'Lee Park', email: 'lee@brightline.example', kind: 'employee', startOn: '2025-01-06' });
        await importAccounts(ctx, { systemId: 'billing', files: [textFile('billing.csv', list)] });
        const imported = await workspace.store.db.selectFrom('evidence_events').select('data').where('action', '=', 'accounts.snapshot.imported').orderBy('seq').execute();
        assert.deepEqual(imported.map((event) => JSON.parse(event.data).flags.orphan), [1, 1, 0], 'the billing list finds Lee, who joined since the wiki’s');
      } finally {
        await workspace.close();
      }
    });

    test('bad files, another system’s file and an older list change nothing', async () => {
      const clock = manualClock('2026-07-10T12:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const ctx = workspace.context(testActor);
      try {
        await addSystem(ctx, { name: 'Acme CRM', category: 'customer-facing-admin', owner: 'CTO', classification: 'confidential' });
        await addSystem(ctx, { name: 'Legacy', category: 'other', owner: 'CTO', classification: 'internal' });
        await workspace.store.db.updateTable('systems').set({ retired_at: '2026-07-01T00:00:00Z' }).where('id', '=', 'legacy').execute();
        const first = await importAccounts(ctx, { systemId: 'acme-crm', files: [textFile('crm.csv', crm)] });
        const refused = async (files: Parameters<typeof importAccounts>[1]['files'], error: object, extra: object = {}) => {
          await assert.rejects(importAccounts(ctx, { systemId: 'acme-crm', files, ...extra }), error);
          assert.equal((await latestSnapshot(ctx, 'acme-crm'))!.id, first.id);
        };
        await refused([textFile('crm.csv', `${crm}\nu-9,x@y.example,x,X,,maybe,,,,,,`)], { code: 'invalid_input', where: 'crm.csv line 11: privileged' });
        await refused([textFile('crm.csv', `${crm}\nu-1,dup@y.example,,,,,,,,,,`)], { code: 'invalid_input', message: /u-1 is also on line 2 of crm\.csv/ });
        await refused([textFile('junk.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]))], { code: 'invalid_input', where: 'junk.bin', message: /junk\.bin is not a text file/ });
        await refused([fixtureFile('aws-credential-report.sample.csv')], { code: 'invalid_input', message: /came as the plain CSV|is AWS IAM credential report.*another system/i });
        const other = [header, 'x-1,a@other.example,a,A,,,,,,,,', 'x-2,b@other.example,b,B,,,,,,,,', 'x-3,c@other.example,c,C,,,,,,,,'].join('\n');
        await refused([textFile('other.csv', other)], { code: 'invalid_input', message: /none of the 3 accounts is among the 9 of Acme CRM's list in force/ });
        await refused([textFile('crm.csv', crm)], { code: 'conflict', where: 'asOf' }, { asOf: new Date('2026-07-01T00:00:00Z') });
        await refused([textFile('empty.csv', `${header}\n`)], { code: 'invalid_input', message: /no accounts/ });
        await assert.rejects(importAccounts(ctx, { systemId: 'legacy', files: [textFile('crm.csv', crm)] }), { code: 'conflict', message: /retired on 2026-07-01/ });
        const rows = await workspace.store.db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        assert.equal(Number(rows.n), 9);
      } finally {
        await workspace.close();
      }
    });
  });
}
