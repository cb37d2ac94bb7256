import { type AppError, invalidInput } from '../errors.ts';

/** Problems listed in one error; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 50;

const lineIn = (where: string | undefined) => Number(/ line (\d+)/.exec(where ?? '')?.[1] ?? 0);

/** One error listing every problem found in a file, by line, so the whole file is fixed in one go. */
export function problemsError(fileName: string, found: AppError[]): AppError {
  const problems = found.toSorted((a, b) => lineIn(a.where) - lineIn(b.where));
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  ${p.where?.replace(`${fileName} `, '')}: ${p.message}`);
  const more = problems.length > MAX_LISTED_PROBLEMS ? [`  and ${problems.length - MAX_LISTED_PROBLEMS} more`] : [];
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return invalidInput([`${fileName} has ${count}; nothing was imported:`, ...listed, ...more].join('\n'), problems[0]!.where);
}
