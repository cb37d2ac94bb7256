import { stringify } from 'csv-stringify/sync';
import type { Control } from '../controls/control.ts';
import { criteriaCoverage } from '../controls/coverage.ts';
import type { Criterion } from '../controls/criteria.ts';
import { spreadsheetCell } from '../csv/spreadsheet-cell.ts';
import { policyTemplate } from '../policies/template-catalog.ts';
import { evidenceOf, frequencyText } from './control-words.ts';

/** One line of the control matrix: a criterion and one control that supports it, or the reason none does. */
export interface MatrixRow {
  criterion: Criterion;
  control: Control | null;
  frequency: string | null;
  /** The policy the control carries out. */
  policy: { id: string; title: string } | null;
  /** The evidence in words, or why no control covers the criterion. */
  evidence: string;
  /** The package's files that hold the evidence. */
  files: string[];
  /** The control's status, when the caller has computed one. */
  status: string | null;
}

/**
 * The control matrix an auditor reads first: every Trust Services Criterion, in the AICPA's order,
 * with each control of the catalog that supports it, how often it runs, the policy it carries out
 * and where its evidence is; a criterion no control supports says so and why. `statuses` (control
 * id → status text) adds each control's status, as readiness computes it.
 */
export function controlMatrix(statuses?: ReadonlyMap<string, string>): MatrixRow[] {
  const coverage = criteriaCoverage();
  const reasons = new Map(coverage.uncovered.map((u) => [u.criterion.id, u.reason]));
  return coverage.criteria.flatMap(({ criterion, controls }): MatrixRow[] => {
    if (controls.length === 0) {
      const reason = reasons.get(criterion.id);
      return [{ criterion, control: null, frequency: null, policy: null, evidence: `Not covered: ${reason ?? 'no control of the catalog supports it.'}`, files: [], status: null }];
    }
    return controls.map((control) => {
      const { text, files } = evidenceOf(control.evidence);
      return {
        criterion,
        control,
        frequency: frequencyText(control.frequency),
        policy: { id: control.policyId, title: policyTemplate(control.policyId).title },
        evidence: text,
        files,
        status: statuses ? (statuses.get(control.id) ?? null) : null,
      };
    });
  });
}

/** The matrix as CSV; the status column only when statuses were given. */
export function controlMatrixCsv(rows: MatrixRow[], withStatus = rows.some((row) => row.status !== null)): string {
  const header = ['criterion', 'criterion_title', 'category', 'control', 'control_title', 'statement', 'frequency', 'policy', 'policy_title', 'evidence', 'files', ...(withStatus ? ['status'] : [])];
  const cells = rows.map((row) => [
    row.criterion.id, row.criterion.title, row.criterion.category, row.control?.id ?? 'not covered', row.control?.title, row.control?.statement,
    row.frequency, row.policy?.id, row.policy?.title, row.evidence, row.files.join('; '), ...(withStatus ? [row.status] : []),
  ]);
  return stringify([header, ...cells.map((row) => row.map(spreadsheetCell))]);
}
