/**
 * An error from the API, as RFC 9457 application/problem+json:
 * `{ type, title, status, detail, code, where? }`. Failures that are not problem documents
 * (the server is down, a proxy answers with HTML) are turned into one, so every page shows
 * errors the same way.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** Groundwork's stable error code ("invalid_input", "not_found", …); "network" when there was no answer. */
  readonly code: string;
  /** Where the bad input was: a query parameter or field name. */
  readonly where: string | undefined;
  /** From the Retry-After header of a 429: how many seconds to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: { status: number; title: string; detail: string; code: string; where?: string | undefined; retryAfterSeconds?: number | undefined }) {
    super(problem.detail || problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.code = problem.code;
    this.where = problem.where;
    this.retryAfterSeconds = problem.retryAfterSeconds;
  }
}

export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  const type = response.headers.get('content-type') ?? '';
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Record<'title' | 'detail' | 'code' | 'where', unknown>>;
      return new ApiProblem({
        status: response.status,
        title: text(body.title) ?? response.statusText ?? 'Request failed',
        detail: text(body.detail) ?? '',
        code: text(body.code) ?? `http_${response.status}`,
        where: text(body.where),
        retryAfterSeconds,
      });
    } catch {
      // Not JSON after all: fall through to the generic problem.
    }
  }
  return new ApiProblem({
    status: response.status,
    title: `The server answered ${response.status} ${response.statusText}`.trim(),
    detail: '',
    code: `http_${response.status}`,
  });
}

export function networkProblem(error: unknown): ApiProblem {
  return new ApiProblem({
    status: 0,
    title: 'Cannot reach the Groundwork server',
    detail: `Check that the server (groundwork serve) is running, then reload this page. (${(error as Error).message ?? String(error)})`,
    code: 'network',
  });
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
