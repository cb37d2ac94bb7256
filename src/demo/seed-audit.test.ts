import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { openDemoClock } from '../../test/demo-clock.ts';
import { engines } from '../../test/engines.ts';
import { listAuditRequests, loadAuditRequest } from '../audits/audit-request.ts';
import { loadAuditWindow } from '../audits/audit-window.ts';
import { type Actor, inTransaction } from '../context.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { storeAttachment } from '../evidence/store-attachment.ts';
import { updateWorkspace } from '../workspace/update-workspace.ts';
import { seedAudit } from './seed-audit.ts';

const timeZone = 'America/New_York';
const cto: Actor = { type: 'user', id: 'maya.chen@brightline.example' };
const engineer: Actor = { type: 'user', id: 'sam.okafor@brightline.example' };

for (const engine of engines) {
  describe(`the demo's audit on ${engine.name}`, { skip: engine.skip }, () => {
    test("Harbor CPA's window is the one given; its request list is half answered, two requests overdue", async (t) => {
      const realNow = new Date('2026-06-15T20:00:00.000Z');
      const { workspace, at, current, backToNow } = await openDemoClock(t, engine.name, realNow, timeZone);
      await updateWorkspace(at(cto, Temporal.PlainDate.from('2026-01-05'), 9)!, { name: 'Brightline Analytics', timeZone });
      // The monthly restore test the demo records with its log attached.
      const restoreLog = await inTransaction(at(engineer, Temporal.PlainDate.from('2026-02-27'), 16)!, async (tx) => {
        const file = await storeAttachment(tx, Buffer.from('pg_restore --dbname=restore_test brightline-prod-latest.dump\n'), 'restore-log.txt');
        await appendEvent(tx, { action: 'evidence.file.attached', subject: { type: 'obligation', id: 'restore' }, data: { name: 'restore-log.txt' }, attachments: [file.sha256] });
        return file.sha256;
      });

      assert.equal(await seedAudit(at, { cto, engineer }, Temporal.PlainDate.from('2026-06-15'), { from: Temporal.PlainDate.from('2026-01-01'), to: Temporal.PlainDate.from('2026-03-31') }), 12);
      backToNow();
      const ctx = current(cto);
      assert.deepEqual(await loadAuditWindow(ctx).then((w) => w && [w.from, w.to, w.firm, w.setAt]), ['2026-01-01', '2026-03-31', 'Harbor CPA', '2026-06-01T14:00:00.000Z']);
      const list = await listAuditRequests(ctx);
      assert.deepEqual([list.today, list.counts], ['2026-06-15', { open: 3, overdue: 2, answered: 7, total: 12 }]);
      assert.deepEqual(list.requests.filter((r) => r.status === 'overdue').map((r) => [r.id, r.dueOn]), [['PBC-07', '2026-06-12'], ['PBC-11', '2026-06-14']]);
      const hires = await loadAuditRequest(ctx, 'PBC-03');
      assert.deepEqual(hires.links.map((l) => [l.kind, l.href, l.linkedBy, l.linkedAt]), [['population', '/api/exports/populations/hires.csv?from=2026-01-01&to=2026-03-31', 'user:maya.chen@brightline.example', '2026-06-06T19:00:00.000Z']]);
      const restore = await loadAuditRequest(ctx, 'PBC-10');
      assert.deepEqual([restore.links[0]!.attachment?.sha256, restore.links[0]!.linkedBy, restore.control?.criteria.map((c) => c.id)], [restoreLog, 'user:sam.okafor@brightline.example', ['CC9.1', 'A1.3']]);
      const imported = await workspace.store.db.selectFrom('evidence_events').selectAll().where('action', '=', 'audits.requests.imported').executeTakeFirstOrThrow();
      assert.deepEqual([JSON.parse(imported.data).fileName, JSON.parse(imported.data).columns.map((c: { header: string }) => c.header), imported.recorded_at], ['Brightline_SOC2_Type2_PBC_List.csv', ['PBC No.', 'Criteria', 'Information Requested', 'Due Date'], '2026-06-05T13:00:00.000Z']);
    });
  });
}
