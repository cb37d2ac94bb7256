import { stringify } from 'csv-stringify/sync';
import type { ReviewReport } from './review-report.ts';
import { spreadsheetCell } from '../csv/spreadsheet-cell.ts';

const header = ['system', 'account', 'email', 'name', 'person', 'flags', 'decision', 'reason', 'decided_by', 'decided_at', 'remediation', 'after_status', 'exception'];

/** A review's decisions, one row per account, with what the after list shows: the auditor's sample sheet. */
export function reviewCsv(report: ReviewReport): string {
  const rows = report.systems.flatMap(({ system, decisions, remediation }) => {
    const remediated = new Map(remediation.map((r) => [r.externalId, r]));
    return decisions.map((item) => {
      const done = remediated.get(item.externalId);
      return [
        system.systemId,
        item.externalId,
        item.email,
        item.displayName ?? item.userName,
        item.person?.email ?? null,
        item.flags.map((f) => f.id).join(';'),
        item.decision,
        item.reason,
        item.decidedBy,
        item.decidedAt,
        done?.state ?? null,
        done ? (done.after?.status ?? 'not on the after list') : null,
        done?.exception?.reason ?? null,
      ].map(spreadsheetCell);
    });
  });
  return stringify(rows, { header: true, columns: header });
}
