/**
 * One account as a system's export describes it, normalised the same way for every format. Flags
 * (no MFA, dormant, leaver still active …) are computed later from these fields and the directory.
 */
export type AccountKind = 'human' | 'service' | 'bot' | 'shared' | 'guest';
export type AccountStatus = 'active' | 'suspended' | 'deprovisioned' | 'invited';

export interface AccountRecord {
  /** The system's own id for the account: an AWS user ARN, a GitHub user id, a Google user id. */
  externalId: string;
  /** Lower case; null when the export has none (a GitHub member list, a service account). */
  email: string | null;
  /** The login or user name shown in the system ("maya.chen", "octocat"). */
  userName: string | null;
  displayName: string | null;
  /** Roles or permission names as the system gives them ("admin", "SUPER_ADMIN", "Owner"). */
  roles: string[];
  /** Admin, owner, root, billing or the like; `privilegeReason` says which field made it so. */
  privileged: boolean;
  privilegeReason: string | null;
  /** null when the export does not say. */
  mfa: boolean | null;
  /** ISO 8601 UTC; null when never used or unknown (`lastActivityKnown` tells which). */
  lastActivityAt: string | null;
  /** Whether the export reports activity at all: a GitHub member list does not, so no "never used" from it. */
  lastActivityKnown: boolean;
  createdAt: string | null;
  status: AccountStatus;
  kind: AccountKind;
  /** The oldest active access key, token or password, by when it was last rotated (ISO); null if none. */
  credentialRotatedAt: string | null;
  /** Standing OAuth or app grants the export lists for the account; null when it does not say. */
  oauthGrants: number | null;
  /** Where it came from, for errors and evidence. */
  source: { file: string; line: number };
}

/** A file given to an import: its name (for errors) and a way to read it from the start, as often as needed. */
export interface SourceFile {
  name: string;
  open(): NodeJS.ReadableStream;
}

/**
 * One export format. `detect` looks at the first bytes of a file; `read` streams the accounts of
 * all the files that together describe one system (members + admins + the 2FA list), each account
 * once, and throws an `invalid_input` AppError naming the file, line and field on bad input.
 */
export interface AccountFormat {
  id: string;
  label: string;
  /** The files it expects, for the usage text and errors ("members.json, admins.json, 2fa-disabled.json"). */
  files: string;
  detect(head: string, fileName: string): boolean;
  read(files: SourceFile[]): AsyncIterable<AccountRecord>;
}
