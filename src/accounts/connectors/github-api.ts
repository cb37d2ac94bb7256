import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../errors.ts';
import { type ApiRequest, type ApiRules, callApi, defaultPatience, type Patience, type Refusal, retryAfterMs } from './api-request.ts';

export interface GithubDownload {
  /** https://api.github.com, or a GitHub Enterprise Server's https://github.example.com/api/v3. */
  apiUrl: string;
  organization: string;
  token: string;
  /** Where the pages are written. */
  dir: string;
  patience?: Patience;
}

interface GithubList {
  /** The files' names start with it: the github-org reader tells the three member lists apart by name. */
  name: string;
  path: string;
  query: Record<string, string>;
  /** A 404 means the organisation does not have it. */
  optional?: boolean;
}

const lists: GithubList[] = [
  { name: 'members', path: 'members', query: {} },
  { name: 'admins', path: 'members', query: { role: 'admin' } },
  { name: '2fa-disabled', path: 'members', query: { filter: '2fa_disabled' } },
  // Only organisations with SAML single sign-on (GitHub Enterprise Cloud) have it; others answer 404.
  { name: 'credential-authorizations', path: 'credential-authorizations', query: {}, optional: true },
];

/**
 * Downloads an organisation's members, owners, members without 2FA and SAML credential
 * authorizations through the GitHub REST API into `dir`, a file per page ("members-1.json",
 * "admins-1.json", "2fa-disabled-1.json", "credential-authorizations-1.json"), following each
 * list's Link rel="next". Returns the files' paths, in the order they were written.
 */
export async function downloadGithubOrg(download: GithubDownload): Promise<string[]> {
  const base = download.apiUrl.replace(/\/+$/, '');
  const origin = new URL(base).origin;
  const headers = {
    authorization: `Bearer ${download.token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'Groundwork access reviews',
  };
  const rules = githubRules(download.organization);
  const files: string[] = [];
  for (const list of lists) {
    let url: URL | null = new URL(`${base}/orgs/${encodeURIComponent(download.organization)}/${list.path}`);
    for (const [key, value] of Object.entries({ ...list.query, per_page: '100' })) url.searchParams.set(key, value);
    for (let page = 1; url; page++) {
      const file = path.join(download.dir, `${list.name}-${page}.json`);
      const request: ApiRequest = { method: 'GET', url, headers, alsoAccept: list.optional ? [404] : [] };
      const next: URL | null | 'absent' = await callApi(request, rules, download.patience ?? defaultPatience, async (response) => {
        if (response.status === 404) {
          await response.body?.cancel();
          return 'absent';
        }
        await pipeline(response.body ?? Readable.from([]), createWriteStream(file));
        return nextPage(response.headers.get('link'), origin);
      });
      if (next === 'absent') break;
      files.push(file);
      url = next;
    }
  }
  return files;
}

/** The Link header's rel="next" page, on the API's own host only: the token goes with it. */
function nextPage(link: string | null, origin: string): URL | null {
  for (const [, target, rel] of (link ?? '').matchAll(/<([^>]+)>\s*;\s*rel="([^"]+)"/g)) {
    if (!rel!.split(/\s+/).includes('next')) continue;
    const url = new URL(target!);
    if (url.origin !== origin) throw new AppError('config', `GitHub's next page is on ${url.origin}, not ${origin}; the token is sent to the API's own host only`, 'settings.apiUrl');
    return url;
  }
  return null;
}

function githubRules(organization: string): ApiRules {
  return {
    api: 'GitHub',
    rateLimitWait: (refusal: Refusal) => {
      if (refusal.status !== 403 && refusal.status !== 429) return null;
      const retryAfter = retryAfterMs(refusal.headers);
      if (retryAfter !== null) return retryAfter;
      const reset = Number(refusal.headers.get('x-ratelimit-reset'));
      // The API's clock, not the workspace's, counts to the reset; a second more absorbs the difference.
      if (refusal.headers.get('x-ratelimit-remaining') === '0' && reset > 0) return Math.max(0, reset * 1000 - Date.now()) + 1000;
      // GitHub's advice for a secondary rate limit that says nothing more.
      if (/secondary rate limit/i.test(refusal.message)) return 60_000;
      return null;
    },
    explain: ({ status }) => {
      if (status === 401) return { hint: "GitHub refused the token; set a new one for this system's connector", where: 'credential' };
      if (status >= 300 && status < 400) return { hint: `the token's user is not a member of ${organization}, so GitHub offers only its public members; use an organisation owner's token`, where: 'credential' };
      if (status === 404) return { hint: `the organisation ${organization} is not found, or the token cannot see it; check its name and the token's read:org scope`, where: 'settings.organization' };
      if (status === 403 || status === 422) return { hint: "the owners and 2FA lists need an organisation owner's token with the read:org scope", where: 'credential' };
      return undefined;
    },
  };
}
