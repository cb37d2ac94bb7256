import { invalidInput } from '../../errors.ts';
import { isEmail, normalizeEmail } from '../../identity/user.ts';
import { apiUrl } from './api-url.ts';
import { serviceAccountKey } from './google-service-account.ts';

export const connectorKinds = ['github', 'google-workspace'] as const;
export type ConnectorKind = (typeof connectorKinds)[number];

export interface GithubSettings {
  /** The organisation's login: "brightline". */
  organization: string;
  apiUrl: string;
}

export interface GoogleWorkspaceSettings {
  /** "my_customer" (the service account's own Workspace) or a customer id such as "C03ly86ew". */
  customer: string;
  /** The administrator the service account acts as, by domain-wide delegation. */
  adminEmail: string;
  apiUrl: string;
}

/** What a connector is told, as the HTTP API and the CLI give it. */
export interface ConnectorInput {
  systemId: string;
  kind: string;
  settings: Record<string, unknown>;
  /** A GitHub token, or a Google service account's JSON key. */
  credential: string;
}

/** A connector's settings, defaults filled in, and its credential, checked; `credentialNote` says what it is without saying it. */
export type CheckedConnector = { credential: string; credentialNote: string } & (
  | { kind: 'github'; settings: GithubSettings }
  | { kind: 'google-workspace'; settings: GoogleWorkspaceSettings }
);

/** Checks a connector's kind, settings and credential, naming the field that is wrong. */
export function checkedConnector(input: ConnectorInput): CheckedConnector {
  const kind = input.kind as ConnectorKind;
  if (!connectorKinds.includes(kind)) throw invalidInput(`"${input.kind}" is not a connector Groundwork has (${connectorKinds.join(', ')})`, 'kind');
  const settings = new Settings(input.settings, kind === 'github' ? ['organization', 'apiUrl'] : ['customer', 'adminEmail', 'apiUrl']);
  if (kind === 'github') {
    const organization = settings.required('organization');
    if (!/^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i.test(organization)) throw invalidInput(`"${organization}" is not a GitHub organisation's login (letters, digits and single hyphens, up to 39)`, 'settings.organization');
    const token = input.credential.trim();
    if (!token || /\s/.test(token) || token.length > 500) throw invalidInput('give the token as GitHub shows it once: one word, such as github_pat_… or ghp_…', 'credential');
    return {
      kind,
      settings: { organization, apiUrl: apiUrl(settings.optional('apiUrl') ?? 'https://api.github.com', 'settings.apiUrl') },
      credential: token,
      credentialNote: 'a GitHub token',
    };
  }
  const customer = settings.optional('customer') ?? 'my_customer';
  if (!/^\w{1,64}$/.test(customer)) throw invalidInput(`"${customer}" is not a Google customer id; leave it unset for the service account's own (my_customer)`, 'settings.customer');
  const adminEmail = normalizeEmail(settings.required('adminEmail'));
  if (!isEmail(adminEmail)) throw invalidInput(`"${adminEmail}" is not an email address`, 'settings.adminEmail');
  const key = serviceAccountKey(input.credential);
  return {
    kind,
    settings: { customer, adminEmail, apiUrl: apiUrl(settings.optional('apiUrl') ?? 'https://admin.googleapis.com', 'settings.apiUrl') },
    credential: input.credential.trim(),
    credentialNote: `the key of the service account ${key.clientEmail}`,
  };
}

/** A connector's settings object: only the names it takes, each a text. */
class Settings {
  readonly #values: Record<string, unknown>;

  constructor(values: Record<string, unknown>, names: string[]) {
    this.#values = values;
    const unknown = Object.keys(values).find((name) => !names.includes(name));
    if (unknown) throw invalidInput(`not a setting of this connector; it takes ${names.join(', ')}`, `settings.${unknown}`);
  }

  optional(name: string): string | undefined {
    const value = this.#values[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw invalidInput('not a text', `settings.${name}`);
    return value.trim() || undefined;
  }

  required(name: string): string {
    const value = this.optional(name);
    if (value === undefined) throw invalidInput('missing', `settings.${name}`);
    return value;
  }
}
