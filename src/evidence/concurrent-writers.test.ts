import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines, type TestSite } from '../../test/engines.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { verifyWorkspaceLog } from './verify-workspace-log.ts';

const renamer = path.resolve(import.meta.dirname, '../../test/fixtures/workspace-renamer.ts');

function startRenamer(site: TestSite, label: string, count: number, pauseMs = 0): ChildProcess & { renamed: number; done: Promise<number | null> } {
  const child = spawn(process.execPath, [renamer, label, String(count), String(pauseMs)], { env: { ...process.env, ...site.env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const state = Object.assign(child, {
    renamed: 0,
    done: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))),
  });
  child.stdout!.on('data', (chunk: Buffer) => {
    state.renamed = Number(chunk.toString().trim().split('\n').at(-1));
  });
  return state;
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

for (const engine of engines) {
  describe(`writing evidence from several processes on ${engine.name}`, { skip: engine.skip }, () => {
    test('two processes appending at once keep one gap-free, unbroken chain', async () => {
      const site = await createTestSite(engine.name);
      const workspace = await site.open();
      // Writers pause a moment between transactions, as people do; without it SQLite's busy
      // handler lets one process take the lock back-to-back and the test would not interleave.
      const writers = [startRenamer(site, 'writer-a', 150, 1), startRenamer(site, 'writer-b', 150, 1)];
      assert.deepEqual(await Promise.all(writers.map((w) => w.done)), [0, 0]);

      assert.deepEqual(await verifyWorkspaceLog(workspace), { ok: true, events: 300, checkpoints: 0, attachments: 0, lastSeq: 300, unsignedTail: 300 });
      const perWriter = await workspace.store.db
        .selectFrom('evidence_events')
        .select(['actor_id', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('actor_id')
        .orderBy('actor_id')
        .execute();
      assert.deepEqual(perWriter.map((r) => [r.actor_id, Number(r.n)]), [['writer-a', 150], ['writer-b', 150]]);
      // The writers really interleaved: neither ran start to finish alone.
      const actors = (await workspace.store.db.selectFrom('evidence_events').select('actor_id').orderBy('seq').execute()).map((r) => r.actor_id);
      const switches = actors.filter((actor, i) => i > 0 && actor !== actors[i - 1]).length;
      assert.ok(switches > 1, `expected interleaved writers, saw ${switches} switch(es)`);
      await workspace.close();
    });

    test('a writer killed with SIGKILL mid-stream leaves a log that verifies and holds only whole transactions', async () => {
      const site = await createTestSite(engine.name, { GROUNDWORK_CHECKPOINT_EVERY: '7' });
      const workspace = await site.open();
      for (const round of [1, 2, 3]) {
        const writer = startRenamer(site, `round-${round}`, 100_000);
        await until(() => writer.renamed >= 40 * round);
        writer.kill('SIGKILL');
        assert.equal(await writer.done, null);

        const result = await verifyWorkspaceLog(workspace);
        assert.equal(result.ok, true, JSON.stringify(result.problem));
        const last = await workspace.store.db.selectFrom('evidence_events').select('data').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
        // The last rename that committed and the last event agree: no half-written transaction.
        const { after } = JSON.parse(last.data) as { after: { name: string } };
        assert.equal((await getWorkspace(workspace.store)).name, after.name);
        assert.ok(Number(after.name.split(' ')[1]) >= writer.renamed, `${after.name} committed; the writer had reported ${writer.renamed}`);
      }
      await workspace.close();
    });
  });
}
