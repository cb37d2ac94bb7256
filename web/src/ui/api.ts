import { ApiProblem, networkProblem, problemFromResponse } from './api-problem.ts';
import { currentCsrfToken, reportSessionEnded } from './api-session.ts';

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

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * Signing in and giving a code answer 401 for a wrong password or code: that is the form's
   * error, not a session that ended, so the app does not go back to the sign-in page.
   */
  checksCredentials?: boolean;
}

async function call(path: string, init: RequestInit, options: RequestOptions): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, signal: options.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw networkProblem(error);
  }
  if (response.ok) return response;
  const problem = await problemFromResponse(response);
  if (problem.status === 401 && !options.checksCredentials) reportSessionEnded(problem);
  throw problem;
}

/**
 * GETs JSON from the API. The type parameter is the documented response shape; the API's
 * response schemas guarantee it, so it is not checked again here. Any failure throws an
 * `ApiProblem`; an aborted request rethrows the AbortError.
 */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await call(path, { headers: { accept: 'application/json' } }, { signal });
  return (await response.json()) as T;
}

/**
 * Sends a request that changes something, with the session's CSRF token and the body as JSON.
 * Resolves to the JSON answer, or undefined for 204 No Content.
 */
export async function sendJson<T = undefined>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = currentCsrfToken();
  if (token) headers['x-csrf-token'] = token;
  // No content type without a body: the server refuses an empty JSON body.
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await call(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }, options);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export { ApiProblem };
