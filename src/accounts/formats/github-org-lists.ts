import { invalidInput } from '../../errors.ts';
import { describe, JsonFields } from './json-fields.ts';

/** What a GitHub file holds. The three member lists are the same JSON (simple users), told apart by the file's name. */
export type GithubList = 'members' | 'admins' | '2fa-disabled' | 'memberships' | 'credentials' | 'pat-grants';

export interface GithubUser {
  id: string;
  login: string;
  name: string | null;
  email: string | null;
  bot: boolean;
}

/** What the side lists say about one member. */
export interface GithubMemberFacts {
  roles: string[];
  privilegeReason: string | null;
  mfa: boolean | null;
  invited: boolean;
  oauthGrants: number | null;
  credentialRotatedAt: string | null;
}

/** Where an item is: `at` is "admins.json line 3: [0]". */
export interface GithubPlace {
  file: string;
  line: number;
  at: string;
}

interface Place extends GithubPlace {
  who: string;
}

interface Membership extends Place {
  user: GithubUser;
  role: string;
  state: string;
}

interface Grants extends Place {
  count: number;
  oldest: string;
}

/** The list an item of a JSON array belongs to: its fields say, except among the three lists of simple users. */
export function githubListOf(item: unknown, fileName: string, at: string): GithubList {
  const fields = new JsonFields(item, at, 'a GitHub user, membership, credential authorization or token grant');
  if (fields.has('credential_id')) return 'credentials';
  if (fields.has('token_id') && fields.has('owner')) return 'pat-grants';
  if (fields.has('role') && fields.has('state') && fields.has('user')) return 'memberships';
  if (fields.has('login') && fields.has('id')) return githubListNamed(fileName);
  throw invalidInput(`${fileName} is not a GitHub organisation list: its items have none of login, credential_id, token_id or role`, at);
}

/** The list a file of simple users (or an empty array) is, by its name: "admins.json", "members-2fa-disabled.json". */
export function githubListNamed(fileName: string): GithubList {
  const name = fileName.toLowerCase();
  if (name.includes('insecure')) throw invalidInput(`${fileName} looks like the 2fa_insecure list (members whose 2FA is SMS); give the filter=2fa_disabled list instead`, fileName);
  if (name.includes('outside') || name.includes('collaborator')) throw invalidInput(`${fileName} looks like the outside collaborators list; import it as a system of its own`, fileName);
  if (name.includes('2fa') || /two.?factor/.test(name)) return '2fa-disabled';
  if (name.includes('admin') || name.includes('owner')) return 'admins';
  if (name.includes('credential')) return 'credentials';
  if (/personal.?access|pat.?grant/.test(name)) return 'pat-grants';
  return 'members';
}

export function githubUser(value: unknown, at: string): GithubUser {
  const fields = new JsonFields(value, at, 'a GitHub user');
  const id = (value as Record<string, unknown>).id ?? null;
  if (!Number.isSafeInteger(id)) throw invalidInput(id === null ? 'missing' : `${describe(id)} is not a GitHub user id (a number)`, fields.where('id'));
  return { id: String(id), login: fields.requiredString('login'), name: fields.string('name'), email: fields.email('email'), bot: fields.string('type') === 'Bot' };
}

/**
 * The admin, 2FA-disabled, membership, credential and token lists of one import, by member. They
 * hold at most one small entry per member (its place, or a count and a date), so they grow with the
 * organisation and not with the files; they are read whole before the members list streams.
 */
export class GithubSideLists {
  readonly #given = new Set<GithubList>();
  readonly #admins = new Map<string, Place>();
  readonly #without2fa = new Map<string, Place>();
  readonly #memberships = new Map<string, Membership>();
  readonly #credentials = new Map<string, Grants>();
  readonly #patGrants = new Map<string, Grants>();

  given(list: GithubList): void {
    this.#given.add(list);
  }

  add(list: GithubList, item: unknown, place: GithubPlace): void {
    const { at } = place;
    this.#given.add(list);
    if (list === 'admins' || list === '2fa-disabled') {
      const user = githubUser(item, at);
      const places = list === 'admins' ? this.#admins : this.#without2fa;
      refuseTwice(places.get(user.id), at);
      places.set(user.id, { who: user.login, ...place });
    } else if (list === 'memberships') {
      const fields = new JsonFields(item, at, 'a GitHub organisation membership');
      const user = githubUser((item as Record<string, unknown>).user ?? null, fields.where('user'));
      refuseTwice(this.#memberships.get(user.id), at);
      this.#memberships.set(user.id, { who: user.login, ...place, user, role: fields.requiredString('role'), state: fields.requiredString('state') });
    } else if (list === 'credentials') {
      const fields = new JsonFields(item, at, 'a SAML credential authorization');
      const login = fields.requiredString('login');
      fields.time('authorized_credential_expires_at');
      addGrant(this.#credentials, login.toLowerCase(), { who: login, ...place, count: 1, oldest: requiredTime(fields, 'credential_authorized_at') });
    } else if (list === 'pat-grants') {
      const fields = new JsonFields(item, at, 'a fine-grained personal access token grant');
      const owner = githubUser((item as Record<string, unknown>).owner ?? null, fields.where('owner'));
      const granted = requiredTime(fields, 'access_granted_at');
      fields.time('token_expires_at');
      if (!fields.boolean('token_expired')) addGrant(this.#patGrants, owner.id, { who: owner.login, ...place, count: 1, oldest: granted });
    }
  }

  /** What the lists say of a member, taking it off them: what is left at the end names no member. */
  take(user: GithubUser): GithubMemberFacts {
    const membership = take(this.#memberships, user.id);
    const admin = take(this.#admins, user.id);
    const without2fa = take(this.#without2fa, user.id);
    const grants = [take(this.#credentials, user.login.toLowerCase()), take(this.#patGrants, user.id)].filter((g) => g !== undefined);
    const role = membership?.role ?? (admin ? 'admin' : this.#given.has('admins') ? 'member' : null);
    return {
      roles: role ? [role] : [],
      privilegeReason: admin ? `role=admin in admins list (${admin.file})` : membership?.role === 'admin' ? `membership role=admin (${membership.file})` : null,
      mfa: this.#given.has('2fa-disabled') ? !without2fa : null,
      invited: membership?.state === 'pending',
      oauthGrants: this.#given.has('credentials') || this.#given.has('pat-grants') ? grants.reduce((sum, g) => sum + g.count, 0) : null,
      credentialRotatedAt: grants.map((g) => g.oldest).sort()[0] ?? null,
    };
  }

  /** Pending memberships are invitations: not in the members list yet, but accounts to review. */
  invitations(): Membership[] {
    return [...this.#memberships.values()].filter((m) => m.state === 'pending');
  }

  /** Refuses a side list naming someone the members lists do not have: the files are of different times or organisations. */
  refuseLeftovers(): void {
    const active = [...this.#memberships.values()].filter((m) => m.state !== 'pending');
    const [left] = [...this.#admins.values(), ...this.#without2fa.values(), ...active, ...this.#credentials.values(), ...this.#patGrants.values()];
    if (left) throw invalidInput(`${left.who} is in ${left.file} but not in the members list; export the lists of one organisation at the same time`, left.at);
  }
}

function take<T>(map: Map<string, T>, key: string): T | undefined {
  const value = map.get(key);
  map.delete(key);
  return value;
}

function addGrant(grants: Map<string, Grants>, key: string, grant: Grants): void {
  const held = grants.get(key);
  if (!held) grants.set(key, grant);
  else {
    held.count++;
    if (grant.oldest < held.oldest) held.oldest = grant.oldest;
  }
}

function refuseTwice(first: Place | undefined, at: string): void {
  if (first) throw invalidInput(`${first.who} is listed twice: also at ${first.at}`, at);
}

function requiredTime(fields: JsonFields, key: string): string {
  const time = fields.time(key);
  if (time === null) throw invalidInput('missing', fields.where(key));
  return time;
}
