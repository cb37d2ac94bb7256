import { stringify } from 'csv-stringify/sync';
import type { AcknowledgementRow } from './acknowledgements.ts';
import { spreadsheetCell } from '../csv/spreadsheet-cell.ts';

const columns = [
  ['name', 'name'],
  ['email', 'email'],
  ['kind', 'kind'],
  ['engagement', 'engagement'],
  ['policy', 'policyId'],
  ['title', 'title'],
  ['status', 'status'],
  ['required_version', 'requiredVersion'],
  ['acknowledged_version', 'acknowledgedVersion'],
  ['acknowledged_at', 'acknowledgedAt'],
  ['via', 'via'],
] as const satisfies readonly (readonly [string, keyof AcknowledgementRow])[];

/** Who has not acknowledged what, one row per person and policy, times in UTC (ISO 8601). */
export function acknowledgementsCsv(rows: AcknowledgementRow[]): string {
  return stringify(
    rows.map((row) => columns.map(([, key]) => spreadsheetCell(row[key]))),
    { header: true, columns: columns.map(([header]) => header) },
  );
}
