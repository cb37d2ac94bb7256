import { setTimeout as wait } from 'node:timers/promises';
import { AppError } from '../../errors.ts';

/** How a client waits between attempts; tests give one that returns at once. */
export type Sleep = (ms: number) => Promise<void>;

export interface Patience {
  sleep: Sleep;
  /** The longest wait for a rate limit, in seconds: a longer one fails and says when to try again. */
  maxWaitSeconds: number;
}

export const defaultPatience: Patience = { sleep: (ms) => wait(ms), maxWaitSeconds: 60 };

/** Attempts per request, the first included: server errors and network failures are retried until then. */
export const ATTEMPTS = 4;
const TIMEOUT_MS = 60_000;

export interface ApiRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: URLSearchParams;
  /** Statuses besides 2xx that `use` reads itself: a 404 that means "none". */
  alsoAccept?: number[];
}

/** An answer that is not 2xx: its status, its headers and the API's own message. */
export interface Refusal {
  status: number;
  headers: Headers;
  message: string;
  /** The parsed JSON body, when it is JSON. */
  body: unknown;
}

/** What one API does that others do not: how it says "slow down", and what its refusals mean. */
export interface ApiRules {
  /** "GitHub", "Google": in errors. */
  api: string;
  /** How long to wait before retrying a refusal that is a rate limit (ms); null when it is not one. */
  rateLimitWait(refusal: Refusal, attempt: number): number | null;
  /** Why a request was refused and what to do, and the setting at fault, for a refusal that is not retried. */
  explain(refusal: Refusal): { hint: string; where: string } | undefined;
}

/**
 * Sends `request` and gives a 2xx answer to `use`, which reads its body. Rate limits are waited out
 * as the API asks, up to `patience.maxWaitSeconds`; server errors, network failures and a body cut
 * short are retried with exponential backoff. Anything else fails with an AppError naming the
 * request, the status and the API's message.
 */
export async function callApi<T>(request: ApiRequest, rules: ApiRules, patience: Patience, use: (response: Response) => Promise<T>): Promise<T> {
  const label = `${rules.api}: ${request.method} ${request.url.pathname}${request.url.search}`;
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= ATTEMPTS;
    let response: Response;
    try {
      // Redirects are refused, not followed: GitHub redirects a non-member to the public members only.
      response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      if (last) throw new AppError('config', `${label} could not be sent after ${ATTEMPTS} attempts: ${reasonOf(error)}`);
      await patience.sleep(backoffMs(attempt));
      continue;
    }
    if (response.ok || request.alsoAccept?.includes(response.status)) {
      try {
        return await use(response);
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (last) throw new AppError('config', `${label} answered ${response.status}, but its body could not be read after ${ATTEMPTS} attempts: ${reasonOf(error)}`);
        await patience.sleep(backoffMs(attempt));
        continue;
      }
    }
    const refusal = await refusalOf(response);
    const answered = `${label} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${refusal.message ? ` (${refusal.message})` : ''}`;
    const rateLimit = rules.rateLimitWait(refusal, attempt);
    const serverError = response.status >= 500 || response.status === 429;
    const waitMs = rateLimit ?? (serverError ? (retryAfterMs(refusal.headers) ?? backoffMs(attempt)) : null);
    if (waitMs === null) {
      const why = rules.explain(refusal);
      throw new AppError('config', why ? `${answered}: ${why.hint}` : answered, why?.where);
    }
    if (waitMs > patience.maxWaitSeconds * 1000) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new AppError('too_many_attempts', `${answered}: ${rules.api} asks to wait ${seconds} s, longer than ${patience.maxWaitSeconds} s; try again after ${utcMinute(new Date(Date.now() + waitMs))}`, undefined, seconds);
    }
    if (last) throw new AppError('config', `${answered} on attempt ${ATTEMPTS} of ${ATTEMPTS}; try again later`);
    await patience.sleep(waitMs);
  }
}

/** 1 s, 2 s, 4 s … */
export function backoffMs(attempt: number): number {
  return 1000 * 2 ** (attempt - 1);
}

/** The Retry-After header in ms: seconds, or an HTTP date. */
export function retryAfterMs(headers: Headers): number | null {
  const value = headers.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  // The API's clock, not the workspace's: a test workspace's clock may be set to another year.
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

async function refusalOf(response: Response): Promise<Refusal> {
  const text = await response.text().catch(() => '');
  let body: unknown = undefined;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: a proxy's error page, whose text is the message.
  }
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
  return { status: response.status, headers: response.headers, message: messageOf(body) ?? plain, body };
}

/** GitHub's `message`, Google's `error.message`, or OAuth's `error` and `error_description`. */
function messageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { message, error, error_description: description } = body as Record<string, unknown>;
  if (typeof message === 'string') return message;
  if (typeof error === 'object' && error !== null && typeof (error as Record<string, unknown>).message === 'string') return (error as { message: string }).message;
  if (typeof error === 'string') return typeof description === 'string' ? `${error}: ${description}` : error;
  return undefined;
}

/** Why fetch failed; it hides a refused connection or a timeout in `cause`. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/** The minute after `at`, so that "after 14:06 UTC" is never early. */
function utcMinute(at: Date): string {
  const minute = new Date(Math.ceil(at.getTime() / 60_000) * 60_000);
  return `${minute.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
