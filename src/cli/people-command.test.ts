import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { groundworkAsync, serverForCli, tokenSecret } from '../../test/cli.ts';
import { createTestSite, engines } from '../../test/engines.ts';

const groundwork = (args: string[], env: NodeJS.ProcessEnv) => groundworkAsync(['people', ...args], env);
const fixture = path.resolve(import.meta.dirname, '../../test/fixtures/hr-export.csv');

/** Runs the CLI and expects it to succeed. */
async function ok(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const result = await groundwork(args, env);
  assert.equal(result.code, 0, `people ${args.join(' ')}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

// The CLI runs on the real clock: these tests assert nothing that changes with today's date.
for (const engine of engines) {
  describe(`groundwork people on ${engine.name}`, { skip: engine.skip }, () => {
    test('on the server: add, preview an HR export as tables without changing anything, import it, show and update', async () => {
      const site = await createTestSite(engine.name);
      const env = site.env;
      await ok(['add', '--name', 'Maya Chen', '--email', 'maya@brightline.example', '--kind', 'employee', '--start', '2025-01-06', '--title', 'CEO', '--department', 'Leadership'], env);

      const preview = await ok(['import', fixture], env);
      assert.match(preview, /^hr-export\.csv: 8 rows, SHA-256 [0-9a-f]{64}$/m);
      assert.match(preview, /^New \(\d\):\nline\s+name\s+email\s+kind\s+title\s+manager\s+start\s+end\n-+/m);
      assert.match(preview, /^6\s+Tomás Herrera\s+tomas@brightline\.example\s+employee\s+Engineering Manager\s+lee@brightline\.example\s+2026-03-09$/m);
      assert.match(preview, /^2\s+Maya Chen\s+maya@brightline\.example\s+title\s+CEO\s+Chief Executive Officer$/m);
      assert.match(preview, /^9\s+Jordan Blake\s+jordan@brightline\.example\s+2025-11-14$/m);
      assert.match(preview, /\n\nnothing was changed: run again with --apply to import this file\n$/);
      assert.deepEqual(JSON.parse(await ok(['list', '--json'], env)).people.map((p: { email: string }) => p.email), ['maya@brightline.example'], 'the preview changed nothing');

      const applied = JSON.parse(await ok(['import', fixture, '--apply', '--json'], env));
      assert.equal(applied.applied, true);
      const list = await ok(['list'], env);
      assert.match(list, /^name\s+email\s+kind\s+status\s+title\s+department\s+manager\s+start\s+end\s+onboarding\s+offboarding$/m);
      assert.match(list, /^Lee Park\s+lee@brightline\.example\s+employee\s+active\s+Chief Technology Officer\s+Engineering\s+maya@brightline\.example\s+2025-01-06$/m);
      assert.match(await ok(['show', 'priya@brightline.example'], env), /^employee, \S+: Data Engineer, Engineering; manager Tomás Herrera <tomas@brightline\.example>$/m);

      const changed = await ok(['update', 'lee@brightline.example', '--title', 'VP Engineering', '--department', ''], env);
      assert.match(changed, /^changed Lee Park <lee@brightline\.example>\nemployee, active: VP Engineering; manager Maya Chen/);
      const rehire = await groundwork(['rehire', 'maya@brightline.example', '--kind', 'contractor', '--start', '2030-01-01', '--end', '2030-06-30'], env);
      assert.equal(rehire.code, 1);
      assert.match(rehire.stderr, /Maya Chen is active, not departed: only someone who left starts a new engagement/);
    });

    test('on the server: mistakes and bad files are usage errors that name the line and column, and change nothing', async () => {
      const site = await createTestSite(engine.name);
      const env = site.env;
      const noName = await groundwork(['add', '--email', 'sam@brightline.example', '--kind', 'employee', '--start', '2026-01-05'], env);
      assert.deepEqual([noName.code, noName.stderr.split('\n')[0]], [2, 'groundwork: --name is required']);
      const contractor = await groundwork(['add', '--name', 'Diego Alvarez', '--email', 'diego@alvarez.dev', '--kind', 'contractor', '--start', '2026-02-02', '--json'], env);
      assert.equal(contractor.code, 2);
      assert.deepEqual(JSON.parse(contractor.stdout).error, { code: 'invalid_input', message: 'a contractor needs an end date: their access is time-bounded', where: 'endOn' });

      const bad = path.join(site.config.dataDir, 'new-hires.csv');
      writeFileSync(bad, 'Name,Work Email,Worker Type,Start Date,End Date\nZoe Ma,zoe@brightline.example,Contractor,2026-04-01,2026-03-01\nYan Li,yan@brightline.example,Board Member,2026-04-01,\n');
      const refused = await groundwork(['import', bad, '--apply'], env);
      assert.equal(refused.code, 2);
      assert.equal(refused.stderr, 'groundwork: new-hires.csv has 2 problems; nothing was imported:\n  line 2: End Date: the end date 2026-03-01 is before the start date 2026-04-01\n  line 3: Worker Type: "Board Member" is not a kind of worker the import knows; use one of Employee, Full-Time, Part-Time, Permanent, Regular, Salaried, Hourly, W-2, W2, Contractor, Contract, Independent Contractor, 1099, Consultant, Freelancer, Freelance, Intern, Internship, Short-Term, Temporary, Temp, Seasonal\n');
      const latin1 = path.join(site.config.dataDir, 'latin1.csv');
      writeFileSync(latin1, Buffer.concat([Buffer.from('Name,Work Email,Kind,Start Date\nJos'), Buffer.from([0xe9]), Buffer.from(' Silva,jose@brightline.example,Full-Time,2026-04-01\n')]));
      const notUtf8 = await groundwork(['import', latin1], env);
      assert.equal(notUtf8.code, 2);
      assert.match(notUtf8.stderr, /^groundwork: \S+latin1\.csv is not UTF-8 text; export it from the HR system as CSV \(UTF-8\)\n$/);
      const missing = await groundwork(['import', path.join(site.config.dataDir, 'nope.csv')], env);
      assert.match(missing.stderr, /cannot read .*nope\.csv: there is no such file/);
      const status = await groundwork(['list', '--status', 'gone'], env);
      assert.deepEqual([status.code, status.stderr.split('\n')[0]], [2, 'groundwork: --status is one of pre-hire, active, offboarding, departed, not "gone"']);
      assert.deepEqual(JSON.parse(await ok(['list', '--json'], env)), { people: [] });
    });

    test('against a remote server with GROUNDWORK_URL and GROUNDWORK_TOKEN, as the token’s user', async (t) => {
      const server = await serverForCli(t, engine.name);
      const { workspace } = server;
      const admin = server.remote(await tokenSecret(workspace, 'admin'));
      await ok(['add', '--name', 'Maya Chen', '--email', 'maya@brightline.example', '--kind', 'employee', '--start', '2025-01-06'], admin);
      assert.match(await ok(['import', fixture], admin), /^6\s+Tomás Herrera\s+tomas@brightline\.example/m);
      assert.equal(JSON.parse(await ok(['import', fixture, '--apply', '--json'], admin)).applied, true);
      const reviewer = server.remote(await tokenSecret(workspace, 'reviewer', 'read'));
      const people = JSON.parse(await ok(['list', '--json'], reviewer)).people;
      assert.ok(people.some((p: { email: string; current: { manager: { email: string } | null } }) => p.email === 'priya@brightline.example' && p.current.manager?.email === 'tomas@brightline.example'));
      assert.match(await ok(['show', 'tomas@brightline.example'], reviewer), /^Tomás Herrera <tomas@brightline\.example>$/m);

      const member = await groundwork(['list'], server.remote(await tokenSecret(workspace, 'member')));
      assert.equal(member.code, 1);
      assert.match(member.stderr, /the member role may not do this \(people read\)/);
      const events = await workspace.store.db.selectFrom('evidence_events').select(['action', 'actor_id']).where('action', 'like', 'people.%').orderBy('seq').execute();
      assert.equal(events.at(-1)?.action, 'people.import.applied');
      assert.ok(events.every((e) => e.actor_id.startsWith('admin-')), 'the remote changes are recorded as the token’s user');
    });
  });
}
