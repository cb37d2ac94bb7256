import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { API_TYPES_FILE, apiTypes } from '../scripts/api-types.ts';

test("the web UI's API types match the server's route schemas", async () => {
  const expected = await apiTypes();
  const checkedIn = readFileSync(API_TYPES_FILE, 'utf8');
  if (checkedIn === expected) return;
  const expectedLines = expected.split('\n');
  const checkedInLines = checkedIn.split('\n');
  const line = expectedLines.findIndex((text, i) => text !== checkedInLines[i]);
  const at = line === -1 ? checkedInLines.length : line;
  assert.fail(
    `web/src/api/openapi.d.ts is out of date: run npm run api-types\n` +
      `first difference at line ${at + 1}:\n  checked in: ${checkedInLines[at]?.trim() ?? '(end of file)'}\n  generated:  ${expectedLines[at]?.trim() ?? '(end of file)'}`,
  );
});
