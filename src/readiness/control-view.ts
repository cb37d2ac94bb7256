import type { Control } from '../controls/control.ts';
import { evidenceOf, frequencyText } from '../exports/control-words.ts';

/** A control as the API, the CLI's JSON and the web UI show it: its frequency and evidence in words. */
export function controlView(control: Control) {
  return {
    id: control.id,
    title: control.title,
    statement: control.statement,
    criteria: control.criteria,
    policyId: control.policyId,
    frequency: frequencyText(control.frequency),
    evidence: evidenceOf(control.evidence).text,
    manual: control.evidence.kind === 'manual',
    core: control.core ?? null,
  };
}

/** The reports with each control as its view. */
export function withControlViews<R extends { control: Control }>(results: R[]) {
  return results.map((r) => ({ ...r, control: controlView(r.control) }));
}
