/**
 * A fake of the GitHub REST API's organisation member lists, serving the documented shapes
 * (docs.github.com/rest/orgs/members, /rest/orgs/orgs#list-saml-sso-authorizations-for-an-organization):
 * arrays of simple users, pages by per_page (at most 100) and page, a Link header with rel="next"
 * and rel="last" pointing at /organizations/{id}/…, as GitHub's does.
 */
import { type FakeAnswer, type FakeServer, startFakeServer } from './fake-server.ts';

export interface SimpleUser {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  gravatar_id: string;
  url: string;
  html_url: string;
  type: 'User' | 'Bot';
  site_admin: boolean;
  user_view_type: string;
}

/** A member as GET /orgs/{org}/members lists it. */
export function simpleUser(login: string, id: number, type: SimpleUser['type'] = 'User'): SimpleUser {
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `https://api.github.com/users/${login}`,
    html_url: `https://github.com/${login}`,
    type,
    site_admin: false,
    user_view_type: 'public',
  };
}

export interface GithubOrganisation {
  login: string;
  id: number;
  /** The token the fake accepts. */
  token: string;
  members: SimpleUser[];
  /** Logins of the owners (role=admin) and of members without 2FA (filter=2fa_disabled). */
  admins: string[];
  without2fa: string[];
  /** null: the organisation has no SAML single sign-on, and the list answers 404. */
  credentialAuthorizations: object[] | null;
}

const docs = 'https://docs.github.com/rest';

export function fakeGithubApi(org: GithubOrganisation): Promise<FakeServer> {
  return startFakeServer((request, url, base) => {
    if (request.headers.authorization !== `Bearer ${org.token}`) return { status: 401, body: { message: 'Bad credentials', documentation_url: docs, status: '401' } };
    const [, scope, name, list] = url.pathname.split('/');
    const ours = (scope === 'orgs' && name === org.login) || (scope === 'organizations' && name === String(org.id));
    if (!ours || request.method !== 'GET') return { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } };
    if (list === 'members') {
      const role = url.searchParams.get('role');
      const filter = url.searchParams.get('filter');
      const members = org.members.filter((m) => (role !== 'admin' || org.admins.includes(m.login)) && (filter !== '2fa_disabled' || org.without2fa.includes(m.login)));
      return page(members, url, base, `/organizations/${org.id}/members`);
    }
    if (list === 'credential-authorizations' && org.credentialAuthorizations) return page(org.credentialAuthorizations, url, base, `/organizations/${org.id}/credential-authorizations`);
    return { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } };
  });
}

function page(items: object[], url: URL, base: string, path: string): FakeAnswer {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
  const number = Number(url.searchParams.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const target = new URL(path, base);
    for (const [key, value] of url.searchParams) target.searchParams.set(key, value);
    target.searchParams.set('page', String(n));
    return `<${target}>; rel="${rel}"`;
  };
  const links = [number > 1 && link(number - 1, 'prev'), number < last && link(number + 1, 'next'), number < last && link(last, 'last'), number > 1 && link(1, 'first')].filter(Boolean);
  return { status: 200, headers: { ...(links.length ? { link: links.join(', ') } : {}), ...rateLimitHeaders(4999) }, body: items.slice((number - 1) * perPage, number * perPage) };
}

function rateLimitHeaders(remaining: number, resetInSeconds = 3600): Record<string, string> {
  return {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-resource': 'core',
  };
}

/** GitHub's answer when the token's primary rate limit is used up until `resetInSeconds` from now. */
export function rateLimited(resetInSeconds: number): FakeAnswer {
  return { status: 403, headers: rateLimitHeaders(0, resetInSeconds), body: { message: 'API rate limit exceeded for user ID 1.', documentation_url: `${docs}/overview/rate-limits-for-the-rest-api`, status: '403' } };
}

export const badGateway: FakeAnswer = { status: 502, body: { message: 'Server Error' } };
