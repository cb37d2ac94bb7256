import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../errors.ts';
import { jsonEntries } from '../formats/json-entries.ts';
import { fileSource } from '../source-file.ts';
import { type ApiRules, backoffMs, callApi, defaultPatience, type Patience, type Refusal, retryAfterMs } from './api-request.ts';
import { type ServiceAccountKey, signedAssertion } from './google-service-account.ts';

export const DIRECTORY_SCOPE = 'https://www.googleapis.com/auth/admin.directory.user.readonly';

/** Access tokens last an hour; a longer download asks for a new one before this. */
const TOKEN_REUSE_MS = 50 * 60_000;

export interface GoogleDownload {
  /** https://admin.googleapis.com */
  apiUrl: string;
  /** "my_customer" (the service account's own), or a customer id such as "C03ly86ew". */
  customer: string;
  /** The administrator the service account acts as, by domain-wide delegation. */
  adminEmail: string;
  serviceAccount: ServiceAccountKey;
  /** Where the pages are written. */
  dir: string;
  patience?: Patience;
}

/**
 * Downloads every user of a Google Workspace, deleted ones included, through the Admin SDK
 * Directory API users.list into `dir`, a file per page ("users-1.json", …) up to the page without
 * a nextPageToken. Returns the files' paths in order.
 */
export async function downloadGoogleUsers(download: GoogleDownload): Promise<string[]> {
  const patience = download.patience ?? defaultPatience;
  const rules = directoryRules(download);
  let token = { value: await accessToken(download, patience), at: Date.now() };
  const files: string[] = [];
  let pageToken: string | null = null;
  do {
    if (Date.now() - token.at > TOKEN_REUSE_MS) token = { value: await accessToken(download, patience), at: Date.now() };
    const url = new URL(`${download.apiUrl.replace(/\/+$/, '')}/admin/directory/v1/users`);
    const query = { customer: download.customer, maxResults: '500', projection: 'full', showDeleted: 'true', ...(pageToken ? { pageToken } : {}) };
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    const file = path.join(download.dir, `users-${files.length + 1}.json`);
    const headers = { authorization: `Bearer ${token.value}`, accept: 'application/json', 'user-agent': 'Groundwork access reviews' };
    pageToken = await callApi({ method: 'GET', url, headers }, rules, patience, async (response) => {
      await pipeline(response.body ?? Readable.from([]), createWriteStream(file));
      return nextPageToken(file);
    });
    files.push(file);
  } while (pageToken);
  return files;
}

/** The service-account JWT flow: a signed assertion exchanged at the key's token_uri for an access token. */
async function accessToken(download: GoogleDownload, patience: Patience): Promise<string> {
  const key = download.serviceAccount;
  const assertion = signedAssertion(key, { subject: download.adminEmail, scope: DIRECTORY_SCOPE }, new Date());
  const body = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion });
  const request = { method: 'POST' as const, url: new URL(key.tokenUri), headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Groundwork access reviews' }, body };
  return callApi(request, tokenRules(download), patience, async (response) => {
    const answer = (await response.json().catch(() => null)) as { access_token?: unknown } | null;
    if (typeof answer?.access_token !== 'string') throw new AppError('config', `Google: POST ${request.url.pathname} answered ${response.status} without an access_token`, 'credential');
    return answer.access_token;
  });
}

/** Reads the page back as it streams, keeping only its nextPageToken. */
async function nextPageToken(file: string): Promise<string | null> {
  let token: string | null = null;
  for await (const entry of jsonEntries(fileSource(file), 'a Google Workspace users.list page (JSON)', (key) => (key === 'nextPageToken' ? 'value' : 'skip'))) {
    if (entry.kind === 'member' && typeof entry.value === 'string') token = entry.value;
  }
  return token;
}

/** Google's reason for a 403: "userRateLimitExceeded" is a rate limit, "forbidden" is not. */
function reasonOf(refusal: Refusal): string | undefined {
  const errors = (refusal.body as { error?: { errors?: { reason?: unknown }[] } } | undefined)?.error?.errors;
  const reason = Array.isArray(errors) ? errors[0]?.reason : undefined;
  return typeof reason === 'string' ? reason : undefined;
}

const RATE_LIMIT_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded']);

function directoryRules(download: GoogleDownload): ApiRules {
  return {
    api: 'Google',
    rateLimitWait: (refusal, attempt) => {
      const rateLimited = refusal.status === 429 || (refusal.status === 403 && RATE_LIMIT_REASONS.has(reasonOf(refusal) ?? ''));
      return rateLimited ? (retryAfterMs(refusal.headers) ?? backoffMs(attempt)) : null;
    },
    explain: ({ status }) => {
      if (status === 401) return { hint: `Google refused the access token of ${download.serviceAccount.clientEmail}`, where: 'credential' };
      if (status === 403) return { hint: `${download.adminEmail} must be an administrator allowed to read users (Admin console › Account › Admin roles)`, where: 'settings.adminEmail' };
      if (status === 400 || status === 404) return { hint: `check the customer "${download.customer}"; leave it unset for the service account's own (my_customer)`, where: 'settings.customer' };
      return undefined;
    },
  };
}

function tokenRules(download: GoogleDownload): ApiRules {
  const { clientEmail } = download.serviceAccount;
  return {
    api: 'Google',
    rateLimitWait: (refusal, attempt) => (refusal.status === 429 ? (retryAfterMs(refusal.headers) ?? backoffMs(attempt)) : null),
    explain: ({ body }) => {
      const error = (body as { error?: unknown } | undefined)?.error;
      if (error === 'unauthorized_client') {
        return { hint: `${clientEmail} may not act for the domain's users: in the Admin console (Security › API controls › Domain-wide delegation), allow its client id the scope ${DIRECTORY_SCOPE}`, where: 'credential' };
      }
      if (error === 'invalid_grant') return { hint: `Google refused what ${clientEmail} signed: its key may be deleted or disabled, or ${download.adminEmail} is not a user of the domain`, where: 'credential' };
      return { hint: `Google refused the service account ${clientEmail}`, where: 'credential' };
    },
  };
}
