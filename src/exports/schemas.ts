import { z } from 'zod';
import { populationKinds } from './population-kinds.ts';

export const packageQuery = z.object({
  from: z.string().optional().describe('the first day of the window, YYYY-MM-DD, in the workspace time zone; with to, or neither for the audit window (else the twelve months to today)'),
  to: z.string().optional().describe('the last day of the window, included; today at the latest'),
});

export const populationParams = z.object({
  file: z.enum(populationKinds.map((kind) => `${kind}.csv`)).describe('the population, as its file in the auditor package: hires.csv, leavers.csv, …'),
});
