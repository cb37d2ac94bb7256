import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One of the 61 SOC 2 Trust Services Criteria (2017, revised points of focus 2022). */
export interface Criterion {
  id: string;
  category: 'security' | 'availability' | 'processing_integrity' | 'confidentiality' | 'privacy';
  series: string;
  title: string;
  /** What an auditor looks for, in plain words. */
  summary: string;
}

/** The criteria, in the AICPA's order; `tsc-2017.json` is the reference list the product is built from. */
export const criteria: readonly Criterion[] = JSON.parse(readFileSync(path.join(import.meta.dirname, 'tsc-2017.json'), 'utf8'));

const byId = new Map(criteria.map((criterion) => [criterion.id, criterion]));

export function criterionById(id: string): Criterion | undefined {
  return byId.get(id);
}
