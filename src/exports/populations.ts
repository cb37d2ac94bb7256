import { stringify } from 'csv-stringify/sync';
import { spreadsheetCell } from '../csv/spreadsheet-cell.ts';
import type { PopulationKind } from './population-kinds.ts';
import type { Population, PopulationInput } from './population.ts';
import { accessReviewsPopulation } from './population-access-reviews.ts';
import { acknowledgementsPopulation } from './population-acknowledgements.ts';
import { assetsPopulation } from './population-assets.ts';
import { hiresPopulation } from './population-hires.ts';
import { leaversPopulation } from './population-leavers.ts';
import { occurrencesPopulation } from './population-occurrences.ts';
import { peoplePopulation } from './population-people.ts';
import { policyApprovalsPopulation } from './population-policy-approvals.ts';
import { policyReviewsPopulation } from './population-policy-reviews.ts';
import { reviewDecisionsPopulation } from './population-review-decisions.ts';
import { systemsPopulation } from './population-systems.ts';

const CHUNK_ROWS = 50;

/** Each population by kind. */
export const populations: Record<PopulationKind, Population> = {
  hires: hiresPopulation,
  leavers: leaversPopulation,
  'access-reviews': accessReviewsPopulation,
  'review-decisions': reviewDecisionsPopulation,
  'policy-approvals': policyApprovalsPopulation,
  'policy-reviews': policyReviewsPopulation,
  acknowledgements: acknowledgementsPopulation,
  occurrences: occurrencesPopulation,
  people: peoplePopulation,
  systems: systemsPopulation,
  assets: assetsPopulation,
};

/**
 * A population as CSV, written as its pages arrive: the header, then each page's rows, every cell
 * made safe for spreadsheets; times in UTC (ISO 8601), dates local to the window's time zone.
 */
export async function* populationCsv(population: Population, input: PopulationInput, onRows?: (rows: number) => void): AsyncGenerator<string> {
  yield stringify([[...population.header]]);
  for await (const rows of population.pages(input)) {
    onRows?.(rows.length);
    // A few dozen rows per chunk: large short-lived buffers fragment the process's memory.
    for (let i = 0; i < rows.length; i += CHUNK_ROWS) yield stringify(rows.slice(i, i + CHUNK_ROWS).map((row) => row.map(spreadsheetCell)));
  }
}
