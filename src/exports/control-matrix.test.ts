import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { controls } from '../controls/catalog.ts';
import { notCovered } from '../controls/catalog/not-covered.ts';
import { criteria } from '../controls/criteria.ts';
import { ATTACHMENTS_SECTION, POLICIES_SECTION } from './control-words.ts';
import { controlMatrix, controlMatrixCsv } from './control-matrix.ts';
import { populationFile } from './population.ts';
import { populationKinds } from './population-kinds.ts';

test('the control matrix lists every criterion in order, each with its controls, or why none covers it', () => {
  const rows = controlMatrix();
  assert.deepEqual([...new Set(rows.map((row) => row.criterion.id))], criteria.map((c) => c.id));
  for (const row of rows.filter((r) => r.control === null)) {
    assert.equal(row.evidence, `Not covered: ${notCovered.get(row.criterion.id)}`, row.criterion.id);
  }
  assert.equal(rows.filter((row) => row.control !== null).length, controls.reduce((n, control) => n + control.criteria.length, 0), 'a row per control and criterion it supports');
  const files = new Set([...populationKinds.map(populationFile), POLICIES_SECTION, ATTACHMENTS_SECTION, 'evidence/events.jsonl', 'verify.mjs']);
  for (const row of rows) for (const file of row.files) assert.ok(files.has(file), `${row.control?.id} points at ${file}, which no package holds`);
  const review = rows.find((row) => row.control?.evidence.kind === 'access-reviews')!;
  assert.deepEqual([review.frequency, review.files], ['quarterly', ['populations/access-reviews.csv', 'populations/review-decisions.csv']]);
});

test('a status column appears once statuses are given, blank for a control without one', () => {
  const plain = parse(controlMatrixCsv(controlMatrix()), { columns: true }) as Record<string, string>[];
  assert.ok(!('status' in plain[0]!));
  const withStatus = parse(controlMatrixCsv(controlMatrix(new Map([['HR-01', 'operating: 12 of 12 hires on time']]))), { columns: true }) as Record<string, string>[];
  assert.deepEqual([...new Set(withStatus.filter((row) => row.control === 'HR-01').map((row) => row.status))], ['operating: 12 of 12 hires on time']);
  assert.deepEqual([...new Set(withStatus.filter((row) => row.control === 'HR-02').map((row) => row.status))], ['']);
  assert.equal(withStatus.find((row) => row.control === 'not covered')?.status, '');
});
