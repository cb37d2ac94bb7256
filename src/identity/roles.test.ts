import assert from 'node:assert/strict';
import { test } from 'node:test';
import { permissions, permissionsOf, roles } from './roles.ts';

test('least privilege: who may change what', () => {
  const writers = Object.entries(permissions).filter(([name]) => !name.endsWith(':read'));
  for (const [name, allowed] of writers) {
    assert.ok(!(allowed as readonly string[]).includes('auditor'), `auditors are read-only, but may ${name}`);
    assert.ok(!(allowed as readonly string[]).includes('member'), `members change only their own items, but may ${name}`);
  }
  assert.deepEqual(permissions['workspace:manage'], ['owner'], 'only owners change how people sign in');
  assert.deepEqual(permissionsOf('member'), ['workspace:read', 'policies:read']);
  assert.deepEqual(permissionsOf('auditor'), ['workspace:read', 'evidence:read', 'cadence:read', 'policies:read', 'users:read']);
  assert.ok(roles.every((role) => permissionsOf(role).includes('workspace:read')));
});
