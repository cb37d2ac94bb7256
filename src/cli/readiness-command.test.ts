import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { groundworkAsync, serverForCli, tokenSecret } from '../../test/cli.ts';

const groundwork = (args: string[], env: NodeJS.ProcessEnv) => groundworkAsync(['readiness', ...args], env);

for (const engine of engines) {
  describe(`groundwork readiness on ${engine.name}`, { skip: engine.skip }, () => {
    test('Type 1 as a table and JSON, evidence attached, an exception recorded; mistakes are usage errors', async () => {
      const { env, config } = await createTestSite(engine.name);
      const table = await groundwork([], env);
      assert.equal(table.code, 0, table.stderr);
      assert.match(table.stdout, /^Type 1 as of \d{4}-\d{2}-\d{2} \(UTC\): 0 of 60 controls designed and in place \(0%\)/);
      assert.match(table.stdout, /Gaps, in the order to close them:\n\s+1\. GV-02 Information Security Policy in force \[day-one-policy\]/);

      const report = path.join(config.dataDir, 'restore-test.txt');
      writeFileSync(report, 'Restored the production backup in 38 minutes.\n');
      const attached = await groundwork(['attach', 'BC-02', report, '--json'], env);
      assert.equal(attached.code, 0, attached.stderr);
      assert.equal(JSON.parse(attached.stdout).controlId, 'BC-02');
      const after = JSON.parse((await groundwork(['--json'], env)).stdout);
      assert.match(after.controls.find((c: { control: { id: string } }) => c.control.id === 'BC-02').inPlace.summary, /1 attachment: restore-test\.txt/);

      const excepted = await groundwork(['except', 'BC-02', '--ref', 'period:2026-01-01', '--reason', 'The database moved provider; tested in the next period.'], env);
      assert.match(excepted.stdout, /BC-02: exception recorded for period:2026-01-01/);

      for (const [args, message] of [
        [['--type', '3'], /--type is 1 or 2, not "3"/],
        [['--type', '1', '--from', '2026-01-01'], /--from and --to are for --type 2/],
        [['--type', '2', '--from', '2026-01-01'], /give both ends of the window/],
        [['attach', 'BC-02'], /name the file to attach/],
        [['except', 'BC-02', '--ref', 'x'], /--reason is required/],
      ] as const) {
        const result = await groundwork([...args], env);
        assert.notEqual(result.code, 0, args.join(' '));
        assert.match(result.stderr, message);
      }
    });

    test('remote: the same report through the API as the token’s user', async (t) => {
      const { workspace, remote } = await serverForCli(t, engine.name);
      const token = await tokenSecret(workspace, 'auditor', 'read', { accessFrom: '2020-01-01', accessUntil: '2099-12-31' });
      const result = await groundwork(['--type', '2', '--json'], remote(token));
      assert.equal(result.code, 0, result.stderr);
      const report = JSON.parse(result.stdout);
      assert.equal(report.type, 2);
      assert.equal(report.controls.length, 60);
    });
  });
}
