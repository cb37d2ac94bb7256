import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadSecretKey, openSecret, SECRET_KEY_FILE, sealSecret } from './secret-key.ts';

const token = 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz';

function dataDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'groundwork-secret-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('the secret key that seals connector credentials', () => {
  test('is generated into the data directory on first use, readable by its owner only, and read back after', (t) => {
    const dir = dataDir(t);
    const key = loadSecretKey({ configured: undefined, dataDir: dir });
    const file = path.join(dir, SECRET_KEY_FILE);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').length, 32);
    const again = loadSecretKey({ configured: undefined, dataDir: dir });
    assert.equal(openSecret(again, sealSecret(key, token, 'github'), 'github'), token);
  });

  test('GROUNDWORK_SECRET_KEY wins over the file, and a value that is not 32 bytes in base64 is refused naming it', (t) => {
    const dir = dataDir(t);
    const configured = randomBytes(32).toString('base64');
    const key = loadSecretKey({ configured, dataDir: dir });
    assert.equal(openSecret(loadSecretKey({ configured, dataDir: dir }), sealSecret(key, token, 'github'), 'github'), token);
    assert.throws(() => loadSecretKey({ configured: 'correct-horse-battery-staple', dataDir: dir }), { code: 'config', where: 'GROUNDWORK_SECRET_KEY', message: /32 random bytes in base64/ });
    assert.throws(() => loadSecretKey({ configured: randomBytes(16).toString('base64'), dataDir: dir }), { where: 'GROUNDWORK_SECRET_KEY' });
  });

  test('a damaged key file is refused, not replaced', (t) => {
    const dir = dataDir(t);
    writeFileSync(path.join(dir, SECRET_KEY_FILE), 'c2hvcnQ=\n');
    assert.throws(() => loadSecretKey({ configured: undefined, dataDir: dir }), { code: 'config', message: /is not 32 bytes in base64; restore it from a backup/ });
  });
});

describe('sealing a credential', () => {
  const key = loadSecretKey({ configured: randomBytes(32).toString('base64'), dataDir: tmpdir() });

  test('opens to what was sealed, and sealing twice gives two different strings', () => {
    const sealed = sealSecret(key, token, 'github');
    assert.match(sealed, /^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    assert.ok(!sealed.includes(token));
    assert.notEqual(sealSecret(key, token, 'github'), sealed);
    assert.equal(openSecret(key, sealed, 'github'), token);
  });

  test('a changed byte, another system or another key do not open it', () => {
    const sealed = sealSecret(key, token, 'github');
    const [version, iv, tag, ciphertext] = sealed.split('.') as [string, string, string, string];
    const flipped = Buffer.from(ciphertext, 'base64url');
    flipped[0]! ^= 1;
    const message = "the connector credential of github cannot be opened with this workspace's secret key: was GROUNDWORK_SECRET_KEY changed? Set the credential again if so";
    assert.throws(() => openSecret(key, [version, iv, tag, flipped.toString('base64url')].join('.'), 'github', 'the connector credential of github'), { code: 'config', message });
    assert.throws(() => openSecret(key, sealed, 'github-enterprise', 'the connector credential of github-enterprise'), { code: 'config', message: /^the connector credential of github-enterprise cannot be opened/ });
    const otherKey = loadSecretKey({ configured: randomBytes(32).toString('base64'), dataDir: tmpdir() });
    assert.throws(() => openSecret(otherKey, sealed, 'github', 'the connector credential of github'), { code: 'config', message });
    assert.throws(() => openSecret(key, token, 'github', 'the connector credential of github'), { message: /is not a sealed secret Groundwork wrote/ });
  });
});
