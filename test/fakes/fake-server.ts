import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An answer as a fake server gives it: a JSON body unless it is a string. */
export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeRequest {
  method: string;
  /** Path and query: "/orgs/brightline/members?per_page=100". */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeServer {
  url: string;
  /** Every request, in order. */
  requests: FakeRequest[];
  /**
   * The next requests get these answers, one each, before the fake answers as itself again; an
   * answer with `at` waits for a request whose path starts with it.
   */
  answerNext(...answers: (FakeAnswer & { at?: string })[]): void;
  close(): Promise<void>;
}

/** A local HTTP server on 127.0.0.1 and a free port that answers with `answer`, for an outside API in tests. */
export async function startFakeServer(answer: (request: FakeRequest, url: URL, base: string) => FakeAnswer): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const queued: (FakeAnswer & { at?: string })[] = [];
  let base = '';
  const server = createServer(async (incoming, response) => {
    const request: FakeRequest = { method: incoming.method ?? 'GET', url: incoming.url ?? '/', headers: incoming.headers, body: await bodyOf(incoming) };
    requests.push(request);
    const url = new URL(request.url, base);
    const due = queued[0] && url.pathname.startsWith(queued[0].at ?? '') ? queued.shift() : undefined;
    const { status, headers = {}, body } = due ?? answer(request, url, base);
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body, null, 2);
    response.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json; charset=utf-8', ...headers });
    response.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    answerNext: (...answers) => queued.push(...answers),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}
