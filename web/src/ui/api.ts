import { ApiProblem, networkProblem, problemFromResponse } from './api-problem.ts';

export type QueryValue = string | number | null | undefined;

/** `/api/evidence` + `{ action: 'x', before: undefined }` → `/api/evidence?action=x`; empty values are left out. */
export function apiPath(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * GETs JSON from the API. The type parameter is the documented response shape; the API's
 * response schemas guarantee it, so it is not checked again here. Any failure throws an
 * `ApiProblem`; an aborted request rethrows the AbortError.
 */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw networkProblem(error);
  }
  if (!response.ok) throw await problemFromResponse(response);
  return (await response.json()) as T;
}

export { ApiProblem };
