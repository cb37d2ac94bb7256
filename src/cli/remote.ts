import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, type ErrorCode } from '../errors.ts';
import type { CommandIo } from './command.ts';

export interface RemoteServer {
  url: string;
  token: string;
}

/** The server named by GROUNDWORK_URL with GROUNDWORK_TOKEN, or undefined to use the local database. */
export function remoteServer(env: NodeJS.ProcessEnv = process.env): RemoteServer | undefined {
  const url = env.GROUNDWORK_URL?.trim();
  const token = env.GROUNDWORK_TOKEN?.trim();
  if (!url && !token) return undefined;
  if (!url) throw new AppError('config', 'GROUNDWORK_TOKEN is set but GROUNDWORK_URL is not; set both to use a remote server', 'GROUNDWORK_URL');
  if (!token) throw new AppError('config', 'GROUNDWORK_URL is set but GROUNDWORK_TOKEN is not; create an API token under My account', 'GROUNDWORK_TOKEN');
  try {
    new URL(url);
  } catch {
    throw new AppError('config', `GROUNDWORK_URL is not a URL: "${url}"`, 'GROUNDWORK_URL');
  }
  return { url: url.replace(/\/$/, ''), token };
}

const codeOfStatus: Record<number, ErrorCode> = { 400: 'invalid_input', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 429: 'too_many_attempts' };

/** Calls the API as the token's user; a problem response becomes the same AppError a local call throws. */
export async function remoteCall<T>(server: RemoteServer, method: string, path: string, body?: unknown): Promise<T> {
  const text = await send(server, path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Posts files to the API as one body, one after another (application/octet-stream), never holding them in memory. */
export async function remoteUpload<T>(server: RemoteServer, path: string, body: AsyncIterable<Uint8Array>): Promise<T> {
  return JSON.parse(await send(server, path, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body, duplex: 'half' })) as T;
}

async function send(server: RemoteServer, path: string, init: RequestInit & { headers: Record<string, string> }): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${server.url}${path}`, { ...init, headers: { authorization: `Bearer ${server.token}`, accept: 'application/json', ...init.headers } });
  } catch (error) {
    throw new AppError('database_unavailable', `cannot reach Groundwork at ${server.url}: ${(error as Error).cause ?? (error as Error).message}`, 'GROUNDWORK_URL');
  }
  const text = await response.text();
  if (!response.ok) {
    let problem: { detail?: string; where?: string } = {};
    try {
      problem = JSON.parse(text);
    } catch {}
    throw new AppError(codeOfStatus[response.status] ?? 'database_unavailable', `${server.url}: ${problem.detail ?? `HTTP ${response.status}`}`, problem.where);
  }
  return text;
}

/** Streams a file the API serves (an export) into `out`; a problem response becomes an AppError. */
export async function remoteDownload(server: RemoteServer, path: string, out: Writable): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.token}` } });
  } catch (error) {
    throw new AppError('database_unavailable', `cannot reach Groundwork at ${server.url}: ${(error as Error).cause ?? (error as Error).message}`, 'GROUNDWORK_URL');
  }
  if (!response.ok || !response.body) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; where?: string };
    throw new AppError(codeOfStatus[response.status] ?? 'database_unavailable', `${server.url}: ${problem.detail ?? `HTTP ${response.status}`}`, problem.where);
  }
  await pipeline(Readable.fromWeb(response.body), out);
}

/** Where a command acts: the server named by GROUNDWORK_URL and GROUNDWORK_TOKEN, else this machine's database. */
export async function targetFor<T>(remote: (server: RemoteServer) => T, local: () => Promise<T>): Promise<T> {
  const server = remoteServer();
  return server ? remote(server) : local();
}

/**
 * Runs the action the first argument names against the server or the local database, and closes
 * that target afterwards; an unknown or missing action is a usage error.
 */
export async function runAction<T extends { close(): Promise<void> }>(
  io: CommandIo,
  actions: Record<string, (io: CommandIo, target: T) => Promise<number>>,
  targets: { remote: (server: RemoteServer) => T; local: () => Promise<T>; usageError: (message: string, where: string) => Error },
): Promise<number> {
  const name = io.args[0];
  const action = name !== undefined && Object.hasOwn(actions, name) ? actions[name] : undefined;
  if (!action) throw targets.usageError(name ? `unknown action "${name}"` : 'name an action', 'action');
  const target = await targetFor(targets.remote, targets.local);
  try {
    return await action(io, target);
  } finally {
    await target.close();
  }
}
