import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { runVerifier, unpacked } from '../../test/auditor-package.ts';
import { groundworkAsync, serverForCli, tokenSecret } from '../../test/cli.ts';
import { createTestSite, engines } from '../../test/engines.ts';
import { publishTemplate } from '../../test/policies.ts';
import { localDateOf } from '../time/local-date.ts';

const today = () => localDateOf(new Date(), 'UTC');

for (const engine of engines) {
  describe(`groundwork export on ${engine.name}`, { skip: engine.skip }, () => {
    test('on the server: writes the package of a window, never over a file, and refuses a window that is not over', async (t) => {
      const site = await createTestSite(engine.name);
      const workspace = await site.open();
      await publishTemplate(workspace.context({ type: 'cli', id: 'test@localhost' }), 'information-security');
      await workspace.close();
      const window = { from: today().subtract({ months: 3 }).toString(), to: today().toString() };
      const out = path.join(site.config.dataDir, 'package.zip');
      const folders: string[] = [];
      t.after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

      const written = await groundworkAsync(['export', '--from', window.from, '--to', window.to, '--out', out, '--json'], site.env);
      assert.equal(written.code, 0, written.stderr);
      const summary = JSON.parse(written.stdout);
      assert.deepEqual([summary.file, summary.window.from, summary.window.to], [out, window.from, window.to]);
      const dir = await unpacked(out);
      folders.push(dir);
      const manifest = readFileSync(path.join(dir, 'manifest.json'));
      assert.equal(summary.manifestSha256, createHash('sha256').update(manifest).digest('hex'));
      assert.equal(summary.files, JSON.parse(manifest.toString()).files.length + 1, 'the files it lists, and itself');
      assert.equal((await runVerifier(dir)).code, 0);
      assert.ok(readFileSync(path.join(dir, 'policies', 'information-security-v1.pdf')).subarray(0, 5).equals(Buffer.from('%PDF-')));

      const again = await groundworkAsync(['export', '--from', window.from, '--to', window.to, '--out', out], site.env);
      assert.equal(again.code, 2);
      assert.match(again.stderr, /already exists; choose another name/);
      const future = path.join(site.config.dataDir, 'future.zip');
      const tomorrow = today().add({ days: 1 }).toString();
      const notOver = await groundworkAsync(['export', '--from', window.from, '--to', tomorrow, '--out', future], site.env);
      assert.equal(notOver.code, 2);
      assert.match(notOver.stderr, new RegExp(`to \\(${tomorrow}\\) is after today`));
      assert.equal(existsSync(future), false, 'a refused export leaves no file');
      const half = await groundworkAsync(['export', '--from', window.from, '--out', future], site.env);
      assert.deepEqual([half.code, /give both ends of the window, from and to, or neither/.test(half.stderr)], [2, true]);
      const year = await groundworkAsync(['export', '--out', path.join(site.config.dataDir, 'year.zip'), '--json'], site.env);
      assert.equal(year.code, 0, year.stderr);
      assert.deepEqual(JSON.parse(year.stdout).window, { from: today().subtract({ years: 1 }).add({ days: 1 }).toString(), to: today().toString(), timeZone: 'UTC' }, 'without dates: the twelve months to today');
    });

    test('with GROUNDWORK_URL: downloads the package as the token’s user', async (t) => {
      const server = await serverForCli(t, engine.name);
      await publishTemplate(server.workspace.context({ type: 'cli', id: 'test@localhost' }), 'acceptable-use');
      const env = server.remote(await tokenSecret(server.workspace, 'admin', 'read'));
      const out = path.join(server.dataDir, 'remote-package.zip');
      const window = { from: today().subtract({ days: 7 }).toString(), to: today().toString() };
      const downloaded = await groundworkAsync(['export', '--from', window.from, '--to', window.to, '--out', out], env);
      assert.equal(downloaded.code, 0, downloaded.stderr);
      assert.match(downloaded.stdout, /^wrote .*remote-package\.zip \(\d+\.\d MB\) from http:\/\/127\.0\.0\.1:\d+/);
      const dir = await unpacked(out);
      t.after(() => rmSync(dir, { recursive: true, force: true }));
      assert.equal((await runVerifier(dir)).code, 0);
      assert.match(readFileSync(path.join(dir, 'manifest.json'), 'utf8'), /"createdBy": "user:admin-\w+@brightline\.example"/);

      const refused = path.join(server.dataDir, 'refused.zip');
      const bad = await groundworkAsync(['export', '--from', window.to, '--to', window.from, '--out', refused], env);
      assert.equal(bad.code, 2, bad.stderr);
      assert.match(bad.stderr, /from \(.*\) is after to/);
      assert.equal(existsSync(refused), false, 'a refused download leaves no file');
    });
  });
}
