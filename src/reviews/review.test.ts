import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { textFile } from '../../test/account-files.ts';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { addUser } from '../../test/identity.ts';
import { importAccounts } from '../accounts/import-accounts.ts';
import { listOccurrences } from '../cadence/list-occurrences.ts';
import { addPerson } from '../people/add-person.ts';
import { addSystem } from '../systems/add-system.ts';
import { closeReview } from './close-review.ts';
import { decideAccounts } from './decide-accounts.ts';
import { commentOnAccount, recordException, signOffSystem } from './finish-system.ts';
import { loadReview } from './review.ts';
import { reviewCsv } from './review-csv.ts';
import { reviewReport } from './review-report.ts';
import { reviewItems } from './review-items.ts';
import { startReview } from './start-review.ts';

const header = 'external_id,email,user_name,display_name,roles,privileged,mfa,last_activity,created,status,kind,credential_rotated';
const before = [
  header,
  'u-1,maya@brightline.example,maya,Maya Chen,Owner,true,true,2026-11-30,2025-01-06,active,human,',
  'u-2,lee@brightline.example,lee,Lee Park,Member,false,true,2026-11-30,2025-01-06,active,human,',
  'u-3,old@contractor.example,old,Old Contractor,Member,false,false,2026-05-01,2025-01-06,active,human,',
  'u-4,dana@brightline.example,dana,Dana Whitfield,Admin,true,true,2026-11-29,2025-01-06,active,human,',
  'u-5,sam@brightline.example,sam,Sam Okafor,Admin,true,true,2026-11-29,2025-01-06,active,human,',
  'u-6,gone@brightline.example,gone,Gone Already,Member,false,true,2026-01-01,2025-01-06,deprovisioned,human,',
].join('\n');
// After remediation: the contractor is gone; Lee's admin change never happened; Dana is read-only.
const after = before.replace(/\nu-3,[^\n]*/, '').replace('u-4,dana@brightline.example,dana,Dana Whitfield,Admin,true', 'u-4,dana@brightline.example,dana,Dana Whitfield,Viewer,false');

for (const engine of engines) {
  describe(`a quarterly access review on ${engine.name}`, { skip: engine.skip }, () => {
    test('runs from the before list through decisions, remediation, the after list and sign-off to the completed obligation', async () => {
      const clock = manualClock('2026-10-01T14:00:00Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      const setup = workspace.context({ type: 'cli', id: 'test@localhost' });
      try {
        const maya = await addUser(workspace, 'owner', { email: 'maya@brightline.example' });
        const sam = await addUser(workspace, 'admin', { email: 'sam@brightline.example' });
        const dana = await addUser(workspace, 'reviewer', { email: 'dana@brightline.example' });
        await addUser(workspace, 'member', { email: 'leo@brightline.example' });
        for (const [name, email] of [['Maya Chen', 'maya@brightline.example'], ['Lee Park', 'lee@brightline.example'], ['Dana Whitfield', 'dana@brightline.example'], ['Sam Okafor', 'sam@brightline.example']]) {
          await addPerson(setup, { name: name!, email: email!, kind: 'employee', startOn: '2025-01-06' });
        }
        await addSystem(setup, { name: 'Acme CRM', category: 'customer-facing-admin', owner: 'dana@brightline.example', classification: 'confidential' });
        await addSystem(setup, { name: 'Billing', category: 'finance', owner: 'CFO', classification: 'confidential' });
        clock.set('2026-12-01T14:00:00Z');
        await importAccounts(setup, { systemId: 'acme-crm', files: [textFile('crm.csv', before)] });
        const as = (who: { email: string }) => workspace.context({ type: 'user', id: who.email }, clock.now);

        await assert.rejects(startReview(as(maya), { systems: ['acme-crm'], reviewers: { 'acme-crm': 'leo@brightline.example' } }), { message: /is a member, who cannot decide/ });
        await assert.rejects(startReview(as(maya), { systems: ['billing'], reviewers: { billing: 'maya@brightline.example' } }), { code: 'conflict', message: /Billing has no account list yet/ });
        await importAccounts(setup, { systemId: 'billing', files: [textFile('billing.csv', `${header}\nb-1,maya@brightline.example,maya,Maya Chen,Owner,true,true,2026-11-30,2025-01-06,active,human,`)] });
        await assert.rejects(startReview(as(maya), { systems: ['acme-crm', 'billing'] }), { code: 'invalid_input', where: 'reviewers.billing', message: /owner is "CFO"/ });
        const started = await startReview(as(maya), { systems: ['acme-crm'] });
        const crm = started.systems[0]!;
        assert.deepEqual([started.quarter, crm.reviewer, crm.items, crm.flagged, crm.ownAccounts, crm.dueOn, crm.stage], ['2026-Q4', 'dana@brightline.example', 5, 4, 1, '2026-12-31', 'deciding']);
        await assert.rejects(startReview(as(maya), { systems: ['acme-crm'] }), { code: 'conflict', message: /already in the open 2026-Q4 review/ });

        const page = await reviewItems(workspace.store, { reviewId: started.id, systemId: 'acme-crm', flag: 'no_mfa' });
        assert.deepEqual([page.total, page.items[0]!.externalId, page.items[0]!.flags.map((f) => f.id)], [1, 'u-3', ['no_mfa', 'dormant', 'orphan']]);

        const decide = (who: { email: string }, ids: string[], decision: 'keep' | 'revoke' | 'change', reason?: string) =>
          decideAccounts(as(who), { reviewId: started.id, systemId: 'acme-crm', decision, reason, accounts: { ids } });
        await assert.rejects(decide(dana, ['u-4'], 'keep', 'I need it'), { code: 'forbidden', message: /your own account: another admin decides it/ });
        await assert.rejects(decide(dana, ['u-1'], 'keep'), { code: 'invalid_input', message: /u-1 is flagged \(privileged, privileged_daily_use\): say why it stays/ });
        await assert.rejects(decide(dana, ['u-2'], 'change'), { where: 'reason' });
        await assert.rejects(decide(dana, ['u-9'], 'keep'), { code: 'not_found' });
        await decide(dana, ['u-1'], 'keep', 'founder; admin by role');
        await decide(dana, ['u-3'], 'revoke', 'contract ended');
        await decide(dana, ['u-2'], 'change', 'remove the Member role');
        await commentOnAccount(as(dana), { reviewId: started.id, systemId: 'acme-crm', externalId: 'u-2', text: 'ticket IT-31' });
        // Bulk: Sam's admin account carries flags, so keeping the unflagged ones keeps none; then every undecided account not Dana's own.
        assert.deepEqual(await decideAccounts(as(dana), { reviewId: started.id, systemId: 'acme-crm', decision: 'keep', accounts: { undecided: true, unflagged: true } }), { decided: 0 });
        assert.deepEqual(await decideAccounts(as(dana), { reviewId: started.id, systemId: 'acme-crm', decision: 'keep', reason: 'admins', accounts: { undecided: true } }), { decided: 1 });
        await decide(sam, ['u-4'], 'change', 'make read-only');
        let review = await loadReview(workspace.store, started.id);
        assert.deepEqual([review.systems[0]!.stage, review.systems[0]!.decided, review.systems[0]!.remediation, review.systems[0]!.after], ['remediating', { keep: 2, revoke: 1, change: 2 }, { confirmed: 0, excepted: 0, open: 3 }, null]);
        await assert.rejects(signOffSystem(as(dana), { reviewId: started.id, systemId: 'acme-crm' }), { code: 'conflict', message: /import the list again after remediation/ });

        clock.set('2026-12-03T14:00:00Z');
        await importAccounts(setup, { systemId: 'acme-crm', files: [textFile('crm-after.csv', after)] });
        review = await loadReview(workspace.store, started.id);
        assert.deepEqual([review.systems[0]!.after?.number, review.systems[0]!.remediation], [2, { confirmed: 2, excepted: 0, open: 1 }]);
        await assert.rejects(recordException(as(dana), { reviewId: started.id, systemId: 'acme-crm', externalId: 'u-3', reason: 'x' }), { code: 'conflict', message: /already shows u-3 revoked/ });
        await recordException(as(dana), { reviewId: started.id, systemId: 'acme-crm', externalId: 'u-2', reason: 'the CRM cannot remove the last role; vendor ticket 4411' });
        await assert.rejects(signOffSystem(as(sam), { reviewId: started.id, systemId: 'acme-crm' }), { code: 'forbidden' });
        await assert.rejects(closeReview(as(maya), { reviewId: started.id }), { code: 'conflict', message: /Acme CRM \(signing-off\)/ });
        await signOffSystem(as(dana), { reviewId: started.id, systemId: 'acme-crm' });
        await assert.rejects(decide(dana, ['u-1'], 'keep', 'again'), { code: 'conflict', message: /signed off by dana/ });

        review = await closeReview(as(maya), { reviewId: started.id });
        assert.equal(review.status, 'closed');
        const [occurrence] = await listOccurrences(setup, { obligationId: 'access-review:acme-crm', from: '2026-12-31', to: '2026-12-31' });
        assert.deepEqual([occurrence!.status, occurrence!.completion?.note], ['on_time', '2026-Q4 access review: 5 accounts, 1 revoked, 2 changed']);
        const report = await reviewReport(setup, started.id);
        const [crmReport] = report.systems;
        assert.deepEqual([crmReport!.occurrence?.status, crmReport!.before.number, crmReport!.after?.number, crmReport!.decisions.length, crmReport!.comments.map((c) => c.text)], ['on_time', 1, 2, 5, ['ticket IT-31']]);
        assert.deepEqual(crmReport!.remediation.map((r) => [r.externalId, r.state]), [['u-2', 'excepted'], ['u-3', 'confirmed'], ['u-4', 'confirmed']]);
        assert.match(reviewCsv(report), /\nacme-crm,u-3,old@contractor\.example,Old Contractor,,no_mfa;dormant;orphan,revoke,contract ended,dana@brightline\.example,2026-12-01T14:00:00\.000Z,confirmed,not on the after list,\n/);
        const actions = (await workspace.store.db.selectFrom('evidence_events').select('action').where('subject_id', '=', started.id).orderBy('seq').execute()).map((e) => e.action);
        assert.deepEqual(actions, ['reviews.review.started', ...Array(3).fill('reviews.accounts.decided'), 'reviews.account.commented', 'reviews.accounts.decided', 'reviews.accounts.decided', 'reviews.exception.recorded', 'reviews.system.signed_off', 'reviews.review.closed']);
      } finally {
        await workspace.close();
      }
    });
  });
}
