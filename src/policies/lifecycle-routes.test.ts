import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestSite, engines } from '../../test/engines.ts';
import { tokenHeaders } from '../../test/identity.ts';
import { buildApp } from '../http/app.ts';
import { suggestedValues } from './template-variables.ts';

/** The file names in a ZIP, read from its central directory (PKWARE APPNOTE 4.3.12). */
function listZip(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString());
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

const values = { ...suggestedValues, companyName: 'Brightline Analytics' };

for (const engine of engines) {
  describe(`policies over HTTP on ${engine.name}`, { skip: engine.skip }, () => {
    test('adopt, edit, diff, submit, approve and publish; a member reads it', async (t) => {
      const workspace = await (await createTestSite(engine.name)).open();
      const app = await buildApp(workspace, { logger: false, webDir: '/nonexistent' });
      t.after(async () => (await app.close(), await workspace.close()));
      const admin = await tokenHeaders(workspace, 'admin');
      const member = await tokenHeaders(workspace, 'member', 'read');
      const post = (url: string, payload: object) => app.inject({ method: 'POST', url, headers: admin, payload });

      const adopted = await post('/api/policies', { templateId: 'acceptable-use', values });
      assert.equal(adopted.statusCode, 201, adopted.body);
      assert.equal(adopted.json().status, 'draft');
      assert.ok(!('text' in adopted.json().latest), 'summaries carry no text');
      const unknownField = await post('/api/policies', { templateId: 'acceptable-use', values, approve: true });
      assert.equal(unknownField.json().where, 'body.approve');

      const detail = (await app.inject({ url: '/api/policies/acceptable-use', headers: member })).json();
      const edited = await post('/api/policies/acceptable-use/versions', { basedOn: 1, text: `${detail.latestText.text}\n\nPersonal use is fine in moderation.` });
      assert.equal(edited.statusCode, 201, edited.body);
      const diff = (await app.inject({ url: '/api/policies/acceptable-use/diff?from=1&to=2', headers: member })).json();
      assert.deepEqual(diff.lines.filter((l: { change: string }) => l.change !== 'same'), [
        { change: 'added', text: '' },
        { change: 'added', text: 'Personal use is fine in moderation.' },
      ]);
      const missing = await app.inject({ url: '/api/policies/acceptable-use/diff?from=1&to=9', headers: member });
      assert.deepEqual([missing.statusCode, missing.json().where], [404, 'to']);

      assert.equal((await post('/api/policies/acceptable-use/versions/2/submit', {})).json().status, 'in_review');
      const stale = await post('/api/policies/acceptable-use/versions/2/approve', { sha256: detail.latestText.sha256 });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.json().detail, /is not the one you read/);
      const approved = await post('/api/policies/acceptable-use/versions/2/approve', { sha256: edited.json().latest.sha256 });
      assert.equal(approved.json().status, 'approved', approved.body);
      const published = await post('/api/policies/acceptable-use/versions/2/publish', {});
      assert.equal(published.json().status, 'published', published.body);

      const list = (await app.inject({ url: '/api/policies', headers: member })).json().policies;
      assert.equal(list[0].review.status, 'upcoming', 'the yearly review is scheduled from the publication');
      assert.deepEqual(list.map((p: { id: string; status: string; published: { version: number } }) => [p.id, p.status, p.published.version]), [['acceptable-use', 'published', 2]]);
      const read = (await app.inject({ url: '/api/policies/acceptable-use/versions/2', headers: member })).json();
      assert.match(read.html, /<p>Personal use is fine in moderation.<\/p>/);
      assert.equal((await app.inject({ method: 'POST', url: '/api/policies/acceptable-use/retire', headers: member, payload: { reason: 'x' } })).statusCode, 403);

      const procedure = await post('/api/policies/acceptable-use/procedure', { text: '## Setting up a laptop\n\n1. Turn on disk encryption.\n2. Install the device management profile.' });
      assert.equal(procedure.statusCode, 201, procedure.body);
      assert.deepEqual([procedure.json().id, procedure.json().kind, procedure.json().parentId], ['acceptable-use.procedure', 'procedure', 'acceptable-use']);
      assert.equal((await post('/api/policies/acceptable-use/procedure', { text: 'again' })).statusCode, 409);
      await post('/api/policies/acceptable-use.procedure/versions/1/submit', {});
      await post('/api/policies/acceptable-use.procedure/versions/1/approve', { sha256: procedure.json().latest.sha256 });
      const procedurePublished = await post('/api/policies/acceptable-use.procedure/versions/1/publish', {});
      assert.deepEqual([procedurePublished.json().status, procedurePublished.json().review], ['published', null], 'a procedure has no yearly review of its own');
      const linked = (await app.inject({ url: '/api/policies/acceptable-use', headers: member })).json().procedureDocument;
      assert.deepEqual(linked, { id: 'acceptable-use.procedure', title: 'Setting up a work device and signing in to company systems', status: 'published' });

      const md = await app.inject({ url: '/api/policies/acceptable-use/export.md', headers: member });
      assert.equal(md.headers['content-disposition'], 'attachment; filename="acceptable-use-v2.md"');
      assert.match(md.body, /^# Acceptable Use Policy\n\n- Company: My company\n- Version: 2 \(SHA-256 [0-9a-f]{64}\)\n- Effective: \d{4}-\d{2}-\d{2}\n- Approved by: admin-\w+@brightline\.example on/);
      assert.match(md.body, /Personal use is fine in moderation\.\n$/);
      const pdf = await app.inject({ url: '/api/policies/acceptable-use/export.pdf', headers: member });
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      assert.match(pdf.rawPayload.toString('latin1'), /\(Acceptable Use Policy\)/, 'the title is in the document information');
      const pack = await app.inject({ url: '/api/policies/export.zip', headers: member });
      assert.equal(pack.headers['content-type'], 'application/zip');
      const names = listZip(pack.rawPayload);
      assert.deepEqual(names.sort(), ['README.md', 'acceptable-use-v2.md', 'acceptable-use-v2.pdf', 'acceptable-use.procedure-v1.md', 'acceptable-use.procedure-v1.pdf'], 'policies and their procedures');
      const draftOnly = await post('/api/policies', { templateId: 'encryption', values });
      assert.equal(draftOnly.statusCode, 201);
      const none = await app.inject({ url: '/api/policies/encryption/export.pdf', headers: member });
      assert.deepEqual([none.statusCode, none.json().detail], [409, 'Encryption Policy has no published version to export yet']);
    });
  });
}
