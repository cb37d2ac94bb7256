import type { ApiProblem } from './api-problem.ts';

/**
 * What every API call needs from the browser session: the CSRF token that requests which change
 * something must send (the server gives it with the session), and whom to tell when the server
 * answers 401 because the session ended (timed out, signed out elsewhere, account deactivated).
 */
let csrfToken: string | undefined;
let onEnded: ((problem: ApiProblem) => void) | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export function currentCsrfToken(): string | undefined {
  return csrfToken;
}

/** The auth gate listens here; there is one gate, so one listener. */
export function onSessionEnded(listener: (problem: ApiProblem) => void): () => void {
  onEnded = listener;
  return () => {
    if (onEnded === listener) onEnded = undefined;
  };
}

export function reportSessionEnded(problem: ApiProblem): void {
  onEnded?.(problem);
}
