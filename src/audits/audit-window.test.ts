import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines, manualClock } from '../../test/engines.ts';
import { loadAuditWindow } from './audit-window.ts';
import { setAuditWindow } from './set-audit-window.ts';

const maya = { type: 'user', id: 'maya@brightline.example' } as const;

for (const engine of engines) {
  describe(`the audit window on ${engine.name}`, { skip: engine.skip }, () => {
    test('it is unset until an owner sets it; each change is recorded before and after; the same window again records nothing', async (t) => {
      const clock = manualClock('2026-01-05T15:00:00.000Z');
      const workspace = await (await createTestSite(engine.name)).open({ now: clock.now });
      t.after(() => workspace.close());
      const ctx = workspace.context(maya, clock.now);
      const events = async () => (await workspace.store.db.selectFrom('evidence_events').selectAll().where('action', '=', 'audits.window.set').orderBy('seq').execute()).map((e) => JSON.parse(e.data));
      assert.equal(await loadAuditWindow(ctx), null);

      const set = await setAuditWindow(ctx, { from: '2026-01-01', to: '2026-06-30', firm: ' Harbor CPA ' });
      assert.deepEqual(set, { from: '2026-01-01', to: '2026-06-30', firm: 'Harbor CPA', setAt: '2026-01-05T15:00:00.000Z', setBy: 'user:maya@brightline.example' });
      assert.deepEqual(await loadAuditWindow(ctx), set);

      clock.set('2026-02-10T15:00:00.000Z');
      const extended = await setAuditWindow(ctx, { from: '2026-01-01', to: '2026-09-30' });
      assert.deepEqual([extended.to, extended.firm, extended.setAt], ['2026-09-30', 'Harbor CPA', '2026-02-10T15:00:00.000Z'], 'the firm is kept when not given');
      assert.deepEqual(await setAuditWindow(ctx, { from: '2026-01-01', to: '2026-09-30', firm: 'Harbor CPA' }), extended);
      await setAuditWindow(ctx, { from: '2026-01-01', to: '2026-09-30', firm: '' });
      assert.deepEqual(await events(), [
        { before: null, after: { from: '2026-01-01', to: '2026-06-30', firm: 'Harbor CPA' } },
        { before: { from: '2026-01-01', to: '2026-06-30', firm: 'Harbor CPA' }, after: { from: '2026-01-01', to: '2026-09-30', firm: 'Harbor CPA' } },
        { before: { from: '2026-01-01', to: '2026-09-30', firm: 'Harbor CPA' }, after: { from: '2026-01-01', to: '2026-09-30', firm: null } },
      ]);
    });

    test('a window that ends before it starts, a date that is not one, or one of several years is refused and changes nothing', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      t.after(() => workspace.close());
      const ctx = workspace.context(maya);
      await setAuditWindow(ctx, { from: '2026-01-01', to: '2026-06-30' });
      await assert.rejects(setAuditWindow(ctx, { from: '2026-07-01', to: '2026-06-30' }), { code: 'invalid_input', where: 'to', message: 'the window ends (2026-06-30) before it starts (2026-07-01)' });
      await assert.rejects(setAuditWindow(ctx, { from: '2026-02-30', to: '2026-06-30' }), { code: 'invalid_input', where: 'from', message: '2026-02-30 is not a calendar date' });
      await assert.rejects(setAuditWindow(ctx, { from: '2026-01-01', to: '2062-06-30' }), { code: 'invalid_input', where: 'to', message: /^the window is 13330 days long; an audit observes at most two years/ });
      assert.deepEqual([(await loadAuditWindow(ctx))?.to, (await workspace.store.db.selectFrom('evidence_events').select('seq').where('action', '=', 'audits.window.set').execute()).length], ['2026-06-30', 1]);
    });
  });
}
