import { controls as catalog } from './catalog.ts';
import { notCovered } from './catalog/not-covered.ts';
import type { Control } from './control.ts';
import { criteria as allCriteria, type Criterion } from './criteria.ts';

export interface CriterionCoverage {
  criterion: Criterion;
  /** The controls that support it, in catalog order; empty when none does. */
  controls: Control[];
}

export interface Coverage {
  /** Every criterion once, in the AICPA's order. */
  criteria: CriterionCoverage[];
  /** The criteria no control supports, with the catalog's reason, or null when it gives none. */
  uncovered: { criterion: Criterion; reason: string | null }[];
}

/** Which controls support each criterion, and which criteria none does and why. */
export function criteriaCoverage(controls: readonly Control[] = catalog, criteria: readonly Criterion[] = allCriteria, reasons: ReadonlyMap<string, string> = notCovered): Coverage {
  const covered = criteria.map((criterion) => ({ criterion, controls: controls.filter((control) => control.criteria.includes(criterion.id)) }));
  return {
    criteria: covered,
    uncovered: covered.filter((entry) => entry.controls.length === 0).map(({ criterion }) => ({ criterion, reason: reasons.get(criterion.id) ?? null })),
  };
}
