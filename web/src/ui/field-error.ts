import type { ApiProblem } from './api-problem.ts';
import { sentence } from './sentence.ts';

function concerns(problem: ApiProblem, field: string): boolean {
  return problem.where === field || problem.where?.endsWith(`.${field}`) === true;
}

/** The problem's message under the form field it concerns: "password" matches "password" and "body.password". */
export function fieldError(problem: ApiProblem | undefined, field: string): string | undefined {
  return problem && concerns(problem, field) ? sentence(problem.detail) : undefined;
}

/** The problem to show above a form, unless one of its fields already shows it. */
export function formProblem(problem: ApiProblem | undefined, fields: string[]): ApiProblem | undefined {
  return problem && !fields.some((field) => concerns(problem, field)) ? problem : undefined;
}
