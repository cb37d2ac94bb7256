import type { Context } from '../context.ts';
import type { ExportWindow } from './export-window.ts';
import type { PopulationKind } from './population-kinds.ts';

/** One CSV cell before it is made safe for spreadsheets. */
export type Cell = string | number | boolean | null | undefined;

/** What a population reads with. */
export interface PopulationInput {
  ctx: Context;
  window: ExportWindow;
  /** Names an evidence event a row rests on, so that the package's slice of the log holds it. */
  cite(seq: number | null | undefined): void;
}

/**
 * A population an auditor asks for in full before sampling, as one CSV of the window. Its rows
 * are read from the database a page at a time, so a package's memory does not grow with it.
 */
export interface Population {
  kind: PopulationKind;
  title: string;
  /** What one row is. */
  row: string;
  /** How the rows are chosen from the workspace: why the list is complete. */
  selection(window: ExportWindow): string;
  header: readonly string[];
  pages(input: PopulationInput): AsyncIterable<Cell[][]>;
}

export const populationFile = (kind: PopulationKind) => `populations/${kind}.csv`;

/** "a; b; c": several values in one cell, as the other CSV exports write them. */
export const list = (values: readonly string[]) => values.join('; ');
