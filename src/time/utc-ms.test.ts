import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { instantMs, utcMs } from './utc-ms.ts';

describe('reading a time written in UTC', () => {
  test('the two forms exports write read as Date.parse reads them, in either case', () => {
    for (const text of ['2026-06-30T14:00:00Z', '2026-06-30T14:00:00.250Z', '2024-02-29t23:59:59.999z', '0100-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '1969-12-31T23:59:59Z']) {
      assert.equal(utcMs(text), Date.parse(text), text);
    }
    // Every day of four centuries, leap days and all.
    for (let day = Date.UTC(1900, 0, 1); day < Date.UTC(2300, 0, 1); day += 86_400_000) {
      const text = new Date(day + 45_296_789).toISOString();
      assert.equal(utcMs(text), day + 45_296_789, text);
    }
  });

  test('other forms, and times not on the calendar, are left to the slow way', () => {
    for (const text of ['2026-06-30T14:00:00+02:00', '2026-06-30T14:00Z', '2026-06-30T14:00:00.5Z', '2026-06-30 14:00:00Z', '2026-02-29T00:00:00Z', '2026-06-30T24:00:00Z', '2026-06-30T14:60:00Z', '0099-12-31T00:00:00Z', '2026-0x-30T14:00:00Z', '']) {
      assert.ok(Number.isNaN(utcMs(text)), text);
    }
  });

  test('instantMs is Date.parse, whatever the text', () => {
    for (const text of ['2026-06-30T14:00:00Z', '2026-06-30T14:00:00.000Z', '2026-06-30T14:00:00+02:00', '2026-02-30T00:00:00Z', '0099-12-31T00:00:00Z', 'not a time']) {
      assert.ok(Object.is(instantMs(text), Date.parse(text)), text);
    }
  });
});
