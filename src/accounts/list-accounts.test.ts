import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { textFile } from '../../test/account-files.ts';
import { type Context, createTestSite, engines, manualClock, testActor } from '../../test/engines.ts';
import { offboardCompletely } from '../../test/people.ts';
import { addPerson } from '../people/add-person.ts';
import { addSystem } from '../systems/add-system.ts';
import { accountFlagIds, type AccountFlagId } from './account-flags.ts';
import { flaggedAccounts } from './flagged-accounts.ts';
import { updateFlagSettings } from './flag-settings.ts';
import { importAccounts } from './import-accounts.ts';
import { type Account, type AccountFilter, accountBatches, listAccounts } from './list-accounts.ts';
import { mapAccount } from './map-account.ts';
import { refreshFlagRows } from './refresh-flag-rows.ts';
import { latestSnapshot } from './snapshot.ts';

const header = 'external_id,email,user_name,display_name,roles,privileged,mfa,last_activity,created,status,kind,credential_rotated';
const crm = [
  header,
  'u-1,maya@brightline.example,maya,Maya Chen,Owner,true,true,2026-07-09,2025-01-06,active,human,',
  'u-2,lee@brightline.example,lee,Lee Park,Member,false,true,2026-07-08,2025-01-06,active,human,',
  'u-3,diego@brightline.example,diego,Diego Alvarez,Member,false,true,2026-07-08,2026-02-02,active,human,',
  'u-4,ghost@brightline.example,ghost,Who Is This,Member,false,true,2026-07-01,2026-01-01,active,human,',
  'u-5,maya.ops@brightline.example,maya-ops,Maya (ops),Member,false,true,2026-05-01,2025-01-06,active,human,',
].join('\n');

const idsOf = (accounts: Account[]) => accounts.map((a) => a.externalId);
const flagsOf = (accounts: Account[], id: string) => accounts.find((a) => a.externalId === id)!.flags.map((f) => f.id);

async function everyBatch(ctx: Context, filter: Parameters<typeof accountBatches>[1]): Promise<Account[]> {
  const accounts: Account[] = [];
  for await (const batch of (await accountBatches(ctx, filter)).batches) accounts.push(...batch);
  return accounts;
}

/**
 * The list as it was answered before account_flags, in memory from flaggedAccounts: the
 * specification the SQL filters, counts, search and pages must agree with.
 */
async function inMemory(ctx: Context, filter: AccountFilter) {
  const snapshot = (await latestSnapshot(ctx, filter.systemId))!;
  const needle = filter.search?.trim().toLowerCase();
  const wanted = (await flaggedAccounts(ctx, snapshot)).filter(
    (account) =>
      (filter.flags ?? []).every((id) => account.flags.some((flag) => flag.id === id)) &&
      (!needle || [account.email, account.userName, account.displayName, account.externalId, account.person?.name].some((field) => field?.toLowerCase().includes(needle))),
  );
  const counts = Object.fromEntries(accountFlagIds.map((id) => [id, 0])) as Record<AccountFlagId, number>;
  for (const account of wanted) for (const flag of account.flags) counts[flag.id]++;
  const offset = filter.offset ?? 0;
  return { snapshot, total: wanted.length, counts, accounts: wanted.slice(offset, offset + (filter.limit ?? wanted.length)) };
}

/** A large system's list: 2,500 accounts of 25 people and of nobody, most flags, names that sort and search awkwardly. */
function largeList(): string {
  const names = ['Élodie Martin', 'ops_team 100%', 'zoë', 'Ana', 'ana', '', 'Bob-the-builder', 'Åsa Berg'];
  const lines = [header];
  for (let i = 0; i < 2500; i++) {
    const email = i % 3 === 0 ? `person${i % 25}@brightline.example` : i % 3 === 1 ? `u${i}@elsewhere.example` : '';
    const kind = i % 13 === 0 ? 'service' : i % 17 === 0 ? 'shared' : i % 19 === 0 ? 'guest' : 'human';
    const status = i % 11 === 0 ? 'suspended' : i % 23 === 0 ? 'invited' : 'active';
    const activity = i % 5 === 0 ? '' : `2026-0${1 + (i % 7)}-0${1 + (i % 9)}`;
    const name = `${names[i % names.length]}${i % 4 === 0 ? ` ${i}` : ''}`;
    lines.push([`acct-${i}`, email, `login${i}`, name, 'Member', i % 7 === 0, i % 4 === 0 ? 'false' : 'true', activity, '2025-01-01', status, kind, kind === 'service' ? '2025-0' + (1 + (i % 9)) + '-01' : ''].join(','));
  }
  return lines.join('\n');
}

for (const engine of engines) {
  describe(`a system's account list on ${engine.name}`, { skip: engine.skip }, () => {
    test('the list follows the directory after the import: a person who leaves makes their account a leaver’s, an end date passing an expired contractor’s', async () => {
      const clock = manualClock('2026-07-10T12:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const ctx = workspace.context(testActor);
      try {
        await addPerson(ctx, { name: 'Maya Chen', email: 'maya@brightline.example', kind: 'employee', startOn: '2025-01-06' });
        await addPerson(ctx, { name: 'Lee Park', email: 'lee@brightline.example', kind: 'employee', startOn: '2025-01-06' });
        await addPerson(ctx, { name: 'Diego Alvarez', email: 'diego@brightline.example', kind: 'contractor', startOn: '2026-02-02', endOn: '2026-07-10' });
        await addSystem(ctx, { name: 'Acme CRM', category: 'customer-facing-admin', owner: 'maya@brightline.example', classification: 'confidential' });
        const snapshot = await importAccounts(ctx, { systemId: 'acme-crm', files: [textFile('crm.csv', crm)] });

        const before = await listAccounts(ctx, { systemId: 'acme-crm' });
        assert.deepEqual(idsOf(before.accounts), ['u-3', 'u-2', 'u-5', 'u-1', 'u-4']);
        assert.deepEqual([flagsOf(before.accounts, 'u-2'), before.counts.leaver_active, before.counts.orphan], [[], 0, 2]);
        // Nothing the flags read has changed: a system added, a page read again, the rows stand.
        await addSystem(ctx, { name: 'GitHub', category: 'code-repository', owner: 'maya@brightline.example', classification: 'confidential' });
        assert.equal((await refreshFlagRows(ctx, snapshot)).written, false);

        // Lee leaves after the import: the same snapshot's list says so at once, in its filters, counts, search and export.
        await offboardCompletely(ctx, 'lee@brightline.example', '2026-07-10T17:00:00Z');
        const after = await listAccounts(ctx, { systemId: 'acme-crm' });
        assert.deepEqual([after.snapshot.id, flagsOf(after.accounts, 'u-2'), after.counts.leaver_active], [snapshot.id, ['leaver_active'], 1]);
        assert.deepEqual(after.accounts.find((a) => a.externalId === 'u-2')!.person, { id: before.accounts[1]!.person!.id, name: 'Lee Park', email: 'lee@brightline.example', status: 'departed' });
        const leavers = await listAccounts(ctx, { systemId: 'acme-crm', flags: ['leaver_active'], search: 'LEE PARK', limit: 10 });
        assert.deepEqual([idsOf(leavers.accounts), leavers.total, leavers.counts.leaver_active], [['u-2'], 1, 1]);
        assert.deepEqual(idsOf(await everyBatch(ctx, { systemId: 'acme-crm', flags: ['leaver_active'] })), ['u-2']);

        // Diego's contract ends today; tomorrow his account is an expired contractor's, with no change recorded in between.
        assert.deepEqual(flagsOf(after.accounts, 'u-3'), []);
        clock.set('2026-07-11T09:00:00Z');
        assert.deepEqual(flagsOf((await listAccounts(ctx, { systemId: 'acme-crm' })).accounts, 'u-3'), ['contractor_expired']);

        // A mapping and the settings are read too.
        await mapAccount(ctx, { systemId: 'acme-crm', externalId: 'u-4', person: 'maya@brightline.example' });
        await updateFlagSettings(ctx, { dormantAfterDays: 30 });
        const mapped = await listAccounts(ctx, { systemId: 'acme-crm' });
        assert.deepEqual([flagsOf(mapped.accounts, 'u-4'), mapped.counts.orphan, idsOf((await listAccounts(ctx, { systemId: 'acme-crm', flags: ['dormant'] })).accounts)], [[], 1, ['u-5']]);
        assert.deepEqual(mapped, await inMemory(ctx, { systemId: 'acme-crm' }));
      } finally {
        await workspace.close();
      }
    });

    test('filters, counts, search and pages of a 2,500-account list agree with the list computed in memory, and an export reads every account', async () => {
      const clock = manualClock('2026-07-10T12:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const ctx = workspace.context(testActor);
      try {
        for (let p = 0; p < 25; p++) {
          await addPerson(ctx, { name: `Person ${p}`, email: `person${p}@brightline.example`, kind: p % 5 === 1 ? 'contractor' : 'employee', startOn: '2025-01-06', endOn: p % 5 === 1 ? '2026-06-30' : null });
        }
        await offboardCompletely(ctx, 'person3@brightline.example', '2026-07-01T17:00:00Z');
        await addSystem(ctx, { name: 'Acme CRM', category: 'customer-facing-admin', owner: 'person0@brightline.example', classification: 'confidential' });
        await importAccounts(ctx, { systemId: 'acme-crm', files: [textFile('crm.csv', largeList())] });

        const system = { systemId: 'acme-crm' };
        const filters: Omit<AccountFilter, 'systemId'>[] = [
          {},
          { limit: 50 },
          { offset: 1234, limit: 50 },
          { offset: 2480, limit: 50 },
          { offset: 5000, limit: 50 },
          { limit: 0 },
          ...accountFlagIds.map((id) => ({ flags: [id], limit: 100 })),
          { flags: ['no_mfa', 'dormant'], offset: 20, limit: 40 },
          { flags: ['orphan', 'privileged'] },
          { search: 'ANA', limit: 1000 },
          { search: ' élodie ', limit: 30 },
          { search: '%', limit: 100 },
          { search: '_', limit: 100 },
          { search: 'ops_t', offset: 10, limit: 100 },
          { search: 'person 3', flags: ['leaver_active'], limit: 100 },
          { search: 'acct-12', limit: 0 },
          { search: 'nobody at all' },
        ];
        for (const filter of filters) assert.deepEqual(await listAccounts(ctx, { ...system, ...filter }), await inMemory(ctx, { ...system, ...filter }), JSON.stringify(filter));
        const all = await listAccounts(ctx, system);
        const present = ['no_mfa', 'dormant', 'never_used', 'leaver_active', 'contractor_expired', 'orphan', 'shared', 'privileged', 'stale_credential'] as const;
        assert.ok(present.every((id) => all.counts[id] > 0), JSON.stringify(all.counts));

        assert.deepEqual(await everyBatch(ctx, system), all.accounts);
        assert.deepEqual(await everyBatch(ctx, { ...system, flags: ['no_mfa'], search: 'a' }), (await inMemory(ctx, { ...system, flags: ['no_mfa'], search: 'a' })).accounts);

        // Someone leaving and a setting changed: the rows that differ are written again, and the list agrees again.
        await offboardCompletely(ctx, 'person7@brightline.example', '2026-07-10T17:00:00Z');
        await updateFlagSettings(ctx, { dormantAfterDays: 150 });
        const changed: Omit<AccountFilter, 'systemId'>[] = [{}, { flags: ['leaver_active'] }, { flags: ['dormant'], offset: 100, limit: 50 }, { search: 'person 7' }];
        for (const filter of changed) assert.deepEqual(await listAccounts(ctx, { ...system, ...filter }), await inMemory(ctx, { ...system, ...filter }), JSON.stringify(filter));
      } finally {
        await workspace.close();
      }
    });

    test('requests racing to compute the same rows write them once; an export reads on when a newer snapshot drops its rows; old snapshots’ rows go', async () => {
      const clock = manualClock('2026-07-10T12:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const ctx = workspace.context(testActor);
      const db = workspace.store.db;
      const rowsOf = async (snapshotId: string) => Number((await db.selectFrom('account_flags').select((eb) => eb.fn.countAll<number>().as('n')).where('snapshot_id', '=', snapshotId).executeTakeFirstOrThrow()).n);
      try {
        await addSystem(ctx, { name: 'Acme CRM', category: 'customer-facing-admin', owner: 'CTO', classification: 'confidential' });
        const first = await importAccounts(ctx, { systemId: 'acme-crm', files: [textFile('crm.csv', largeList())] });
        const racing = await Promise.all([refreshFlagRows(ctx, first), refreshFlagRows(ctx, first), refreshFlagRows(ctx, first)]);
        assert.deepEqual(racing.map((r) => r.written).sort(), [false, false, true]);
        assert.deepEqual(racing[1]!.masks, racing[0]!.masks);
        assert.deepEqual(racing[2]!.masks, racing[0]!.masks);
        assert.equal(await rowsOf(first.id), 2500);

        // An export of the first list has read a batch when a second list arrives and is read: the first's rows are dropped, and computed again.
        const { batches } = await accountBatches(ctx, { systemId: 'acme-crm' });
        const reading = batches[Symbol.asyncIterator]();
        const exported = [...((await reading.next()).value as Account[])];
        clock.set('2026-07-11T12:00:00Z');
        const second = await importAccounts(ctx, { systemId: 'acme-crm', files: [textFile('crm.csv', largeList().replace('acct-1,', 'acct-x,'))] });
        await listAccounts(ctx, { systemId: 'acme-crm', limit: 0 });
        assert.deepEqual([await rowsOf(first.id), await rowsOf(second.id)], [0, 2500]);
        for (let next = await reading.next(); !next.done; next = await reading.next()) exported.push(...next.value);
        assert.deepEqual(idsOf(exported), idsOf(await flaggedAccounts(ctx, first)));

        // After a change, the first list read again by its id, then the second: computed from the same inputs, both stay until they change.
        await updateFlagSettings(ctx, { credentialMaxAgeDays: 30 });
        assert.equal((await listAccounts(ctx, { systemId: 'acme-crm', snapshotId: first.id, limit: 0 })).total, 2500);
        await listAccounts(ctx, { systemId: 'acme-crm', limit: 0 });
        assert.deepEqual([await rowsOf(first.id), await rowsOf(second.id)], [2500, 2500]);
        await updateFlagSettings(ctx, { credentialMaxAgeDays: 60 });
        await listAccounts(ctx, { systemId: 'acme-crm', limit: 0 });
        assert.deepEqual([await rowsOf(first.id), await rowsOf(second.id)], [0, 2500]);
      } finally {
        await workspace.close();
      }
    });
  });
}
