import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { groundworkAsync, serverForCli, tokenSecret } from '../../test/cli.ts';
import { createTestSite, engines } from '../../test/engines.ts';

const groundwork = (args: string[], env: NodeJS.ProcessEnv) => groundworkAsync(['audit', ...args], env);
const today = Temporal.Now.plainDateISO('UTC');
const LIST = `PBC#,TSC,Request,Due By
HC-1,CC6.2,All new hires in the period,${today.add({ days: 7 }).toString()}
HC-2,CC6.2,All leavers in the period,${today.subtract({ days: 7 }).toString()}
`;

async function ok(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await groundwork(args, env);
  assert.equal(result.code, 0, `audit ${args.join(' ')}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

for (const engine of engines) {
  describe(`groundwork audit on ${engine.name}`, { skip: engine.skip }, () => {
    test('on the server: the window, importing with a mapped column, listing by status, answering and unlinking; mistakes are usage errors', async () => {
      const site = await createTestSite(engine.name);
      const env = site.env;
      const file = path.join(site.config.dataDir, 'harbor-pbc.csv');
      writeFileSync(file, LIST);

      assert.match(await ok(['window'], env), /^no audit window yet/);
      const half = await groundwork(['window', '--from', '2026-01-01', '--json'], env);
      assert.deepEqual([half.code, JSON.parse(half.stdout).error.where], [2, '--to']);
      assert.match(await ok(['window', '--from', '2026-01-01', '--to', '2026-06-30', '--firm', 'Harbor CPA'], env), /^audit window 2026-01-01 to 2026-06-30, Harbor CPA \(set \d{4}-\d{2}-\d{2} by cli:/);

      const unmapped = await groundwork(['requests', 'import', file, '--json'], env);
      assert.deepEqual([unmapped.code, JSON.parse(unmapped.stdout).error.message], [2, 'harbor-pbc.csv: no column gives the request id. Its columns: "PBC#", "TSC", "Request", "Due By".']);
      const badColumn = await groundwork(['requests', 'import', file, '--column', 'ref=PBC#'], env);
      assert.deepEqual([badColumn.code, /--column is FIELD=HEADER with FIELD one of id, control, description, dueOn, as in id=PBC#; not "ref=PBC#"/.test(badColumn.stderr)], [2, true]);
      assert.match(await ok(['requests', 'import', file, '--column', 'id=PBC#', '--preview'], env), /columns: PBC# → id, TSC → control, Request → description, Due By → dueOn\n2 new, 0 changed, 0 unchanged, 0 not in the file \(kept\)[\s\S]*nothing was changed: run again without --preview/);
      assert.equal(JSON.parse(await ok(['requests', '--json'], env)).counts.total, 0);
      const imported = JSON.parse(await ok(['requests', 'import', file, '--column', 'id=PBC#', '--json'], env));
      assert.deepEqual([imported.applied, imported.new.map((r: { id: string }) => r.id)], [true, ['HC-1', 'HC-2']]);

      assert.match(await ok(['requests'], env), /^2 requests: 1 open, 1 overdue, 0 answered \(today is \d{4}-\d{2}-\d{2}\)\n\nrequest\s+control\s+due\s+status\s+answers\s+description\n-+.*\nHC-1\s+CC6.2\s+\S+\s+open\s+0\s+All new hires in the period\nHC-2\s+CC6.2\s+\S+\s+overdue\s+0\s+All leavers/);
      const twoAnswers = await groundwork(['answer', 'HC-2', '--population', 'leavers', '--note', 'x'], env);
      assert.deepEqual([twoAnswers.code, /one answer at a time, not --population and --note/.test(twoAnswers.stderr)], [2, true]);
      const noAnswer = await groundwork(['answer', 'HC-2', '--json'], env);
      assert.deepEqual([noAnswer.code, JSON.parse(noAnswer.stdout).error.where], [2, '--population']);
      const noRequest = await groundwork(['answer', 'HC-9', '--note', 'x'], env);
      assert.deepEqual([noRequest.code, noRequest.stderr], [1, 'groundwork: no audit request has the id "HC-9"\n']);
      assert.match(await ok(['answer', 'HC-2', '--population', 'leavers'], env), /^HC-2: linked as link 1; the request is answered\n\nHC-2: answered, due \S+; control CC6.2\n {2}names CC6.2 [^\n]+\nAll leavers in the period\n\nlink\s+answer\s+by\s+at\s+removed\s+download\n-+.*\n1\s+leavers population 2026-01-01 to 2026-06-30\s+cli:\S+\s+\S+\s+\/api\/exports\/populations\/leavers\.csv\?from=2026-01-01&to=2026-06-30\n$/);
      assert.deepEqual(JSON.parse(await ok(['requests', '--status', 'overdue', '--json'], env)).requests, []);
      const unlinked = JSON.parse(await ok(['unlink', 'HC-2', '1', '--json'], env));
      assert.deepEqual([unlinked.status, unlinked.links[0].removedAt === null], ['overdue', false]);
      const badStatus = await groundwork(['requests', '--status', 'late'], env);
      assert.deepEqual([badStatus.code, /--status is one of open, overdue, answered, not "late"/.test(badStatus.stderr)], [2, true]);
    });

    test('against a remote server: the owner answers with a file, the auditor reads (each view recorded) and is refused a change', async (t) => {
      const { workspace, dataDir, remote } = await serverForCli(t, engine.name);
      const maya = remote(await tokenSecret(workspace, 'owner', 'read-write', { email: 'maya@brightline.example' }));
      const jo = remote(await tokenSecret(workspace, 'auditor', 'read', { email: 'jo@harborcpa.example', accessFrom: today.toString(), accessUntil: today.add({ days: 30 }).toString() }));
      const list = path.join(dataDir, 'harbor-pbc.csv');
      writeFileSync(list, LIST);
      const proof = path.join(dataDir, 'branch-protection.txt');
      writeFileSync(proof, 'main: 2 approvals required, admins included\n');

      await ok(['window', '--from', '2026-01-01', '--to', '2026-06-30'], maya);
      await ok(['requests', 'import', list, '--column', 'id=PBC#'], maya);
      const answered = JSON.parse(await ok(['answer', 'HC-1', '--file', proof, '--json'], maya));
      assert.deepEqual([answered.links[0].attachment.fileName, answered.links[0].linkedBy, answered.status], ['branch-protection.txt', 'user:maya@brightline.example', 'answered']);

      assert.match(await ok(['window'], jo), /^audit window 2026-01-01 to 2026-06-30 \(set \S+ by user:maya@brightline\.example\)/);
      assert.match(await ok(['requests', 'show', 'HC-1'], jo), /\n1\s+file branch-protection\.txt [0-9a-f]{64}\s+user:maya@brightline\.example/);
      const refused = await groundwork(['answer', 'HC-2', '--note', 'accepted'], jo);
      assert.deepEqual([refused.code, /this API token is read-only|the auditor role may not do this/.test(refused.stderr)], [1, true]);
      const viewed = await workspace.store.db.selectFrom('evidence_events').select(['actor_id', 'subject_type', 'subject_id']).where('action', '=', 'audits.viewed').orderBy('seq').execute();
      assert.deepEqual(
        viewed.map((v) => [v.actor_id, v.subject_type, v.subject_id]),
        [
          ['jo@harborcpa.example', 'audit_window', '1'],
          ['jo@harborcpa.example', 'audit_request', 'HC-1'],
        ],
      );
    });
  });
}
