import assert from 'node:assert/strict';
import { test } from 'node:test';
import { permissions, permissionsOf, roles } from './roles.ts';

test('least privilege: who may change what', () => {
  const writers = Object.entries(permissions).filter(([name]) => !name.endsWith(':read'));
  for (const [name, allowed] of writers) {
    assert.ok(!(allowed as readonly string[]).includes('auditor'), `auditors are read-only, but may ${name}`);
    // Confirming a checklist item is the one change a member makes, and only to the items that name them (src/people/complete-item.ts).
    if (name === 'checklists:confirm') continue;
    assert.ok(!(allowed as readonly string[]).includes('member'), `members change only their own items, but may ${name}`);
  }
  assert.deepEqual(permissions['workspace:manage'], ['owner'], 'only owners change how people sign in');
  assert.deepEqual(permissionsOf('member'), ['workspace:read', 'policies:read', 'checklists:confirm']);
  assert.deepEqual(permissionsOf('auditor'), ['workspace:read', 'evidence:read', 'cadence:read', 'policies:read', 'users:read', 'people:read', 'systems:read', 'accounts:read', 'reviews:read', 'readiness:read', 'audits:read', 'exports:read']);
  assert.deepEqual(permissionsOf('reviewer').filter((p) => !p.endsWith(':read')), ['checklists:confirm', 'reviews:decide'], 'a reviewer decides accounts, and changes nothing else');
  assert.ok(roles.every((role) => permissionsOf(role).includes('workspace:read')));
});
