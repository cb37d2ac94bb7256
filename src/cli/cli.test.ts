import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { dropAppendOnlyGuard } from '../../test/tamper.ts';

const main = path.resolve(import.meta.dirname, 'main.ts');

function groundwork(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [main, ...args], { env: { ...process.env, DATABASE_URL: '', ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the groundwork command', () => {
  test('help lists the commands; an unknown command or flag is a usage error', () => {
    const help = groundwork(['--help']);
    assert.equal(help.code, 0);
    for (const name of ['serve', 'migrate', 'verify', 'demo', 'backup']) assert.match(help.stdout, new RegExp(`\\b${name}\\b`));
    assert.equal(groundwork(['frobnicate']).code, 2);
    assert.equal(groundwork(['verify', '--colour']).code, 2);
  });

  test('bad settings stop start-up with one line naming the setting', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'groundwork-cli-'));
    const notADirectory = path.join(dataDir, 'notes.txt');
    writeFileSync(notADirectory, 'a file, not a directory');
    const cases: [NodeJS.ProcessEnv, RegExp][] = [
      [{ PORT: 'eighty' }, /^groundwork: PORT must be a whole number from 0 to 65535, not "eighty"\n$/],
      [{ DATABASE_URL: 'mysql://db/groundwork' }, /^groundwork: DATABASE_URL must start with postgres:\/\/, not mysql:\/\/;.*\n$/],
      [{ DATABASE_URL: 'postgres://groundwork:s3cret@127.0.0.1:1/groundwork' }, /^groundwork: cannot reach the database at postgres:\/\/groundwork:\*\*\*@127\.0\.0\.1:1\/groundwork: .*\n$/],
      [{ GROUNDWORK_DATA_DIR: path.join(notADirectory, 'data') }, /^groundwork: GROUNDWORK_DATA_DIR .*notes\.txt\/data is not a writable directory \(ENOTDIR\)\n$/],
    ];
    for (const [env, message] of cases) {
      const run = groundwork(['serve'], { GROUNDWORK_DATA_DIR: dataDir, ...env });
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, message);
    }
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const run = groundwork(['serve'], { GROUNDWORK_DATA_DIR: dataDir, PORT: String(port) });
    taken.close();
    assert.equal(run.code, 1);
    assert.match(run.stderr, new RegExp(`^groundwork: port ${port} on 127.0.0.1 is already in use; set PORT to another port\\n$`));
  });
});

for (const engine of engines) {
  describe(`the groundwork command on ${engine.name}`, { skip: engine.skip }, () => {
    test('demo fills an empty workspace once; verify passes, then names the first tampered event', async () => {
      const site = await createTestSite(engine.name);
      const demo = groundwork(['demo', '--json'], site.env);
      assert.equal(demo.code, 0, demo.stderr);
      const summary = JSON.parse(demo.stdout);
      assert.equal(summary.company, 'Brightline Analytics');
      assert.equal(groundwork(['demo'], site.env).code, 1, 'a second demo into a non-empty workspace is refused');

      // The contractor whose access went a day late broke two controls, and the demo excepts it under both.
      const type2 = JSON.parse(groundwork(['readiness', '--type', '2', '--json'], site.env).stdout);
      const late = ['AC-04', 'AC-05'].map((id) => type2.controls.find((c: { control: { id: string } }) => c.control.id === id));
      for (const control of late) {
        const [item, ...more] = control.items.filter((i: { result: string }) => i.result !== 'ok');
        assert.deepEqual([item.result, more.length, control.consistent], ['late', 0, true], control.control.id);
        assert.match(item.exception.reason, /contract end was moved by the client/);
      }

      const verified = groundwork(['verify', '--json'], site.env);
      assert.equal(verified.code, 0, verified.stdout);
      assert.equal(JSON.parse(verified.stdout).events, summary.events);

      const workspace = await site.open();
      await dropAppendOnlyGuard(workspace);
      await workspace.store.db.updateTable('evidence_events').set({ actor_id: 'someone-else@brightline.example' }).where('seq', '=', 5).execute();
      await workspace.close();
      const tampered = groundwork(['verify'], site.env);
      assert.equal(tampered.code, 1);
      assert.match(tampered.stdout, /^FAILED at event 5 \(edited\)/);
    });

    test('migrate reports, and a database written by a newer Groundwork is refused', async () => {
      const site = await createTestSite(engine.name);
      const migrated = JSON.parse(groundwork(['migrate', '--json'], site.env).stdout);
      assert.equal(migrated.engine, engine.name);
      assert.ok(migrated.applied.includes('0001-kernel'));
      assert.deepEqual(JSON.parse(groundwork(['migrate', '--json'], site.env).stdout).applied, []);

      const workspace = await site.open();
      await workspace.store.db.insertInto('kysely_migration' as never).values({ name: '9999-from-the-future', timestamp: new Date().toISOString() } as never).execute();
      await workspace.close();
      const refused = groundwork(['verify'], site.env);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /schema is newer than this Groundwork \(it has migration 9999-from-the-future\)/);
    });

    test('backup writes a consistent copy on SQLite and points to pg_dump on PostgreSQL', async () => {
      const site = await createTestSite(engine.name);
      groundwork(['demo'], site.env);
      const file = path.join(site.config.dataDir, 'backup.sqlite');
      const backup = groundwork(['backup', file, '--json'], site.env);
      if (engine.name === 'sqlite') {
        assert.equal(backup.code, 0, backup.stderr);
        assert.ok(existsSync(file));
        const again = groundwork(['backup', file], site.env);
        assert.equal(again.code, 2);
        assert.match(again.stderr, /already exists/);
      } else {
        assert.equal(backup.code, 1);
        assert.match(groundwork(['backup', file], site.env).stdout, /pg_dump/);
      }
    });
  });
}
