/** The shapes of the identity API, as documented (src/identity/schemas.ts). */

export type Role = 'owner' | 'admin' | 'reviewer' | 'member' | 'auditor';

/** The permission table's names (src/identity/roles.ts); the session lists the ones the user has. */
export type Permission =
  | 'workspace:read'
  | 'workspace:manage'
  | 'evidence:read'
  | 'evidence:write'
  | 'cadence:read'
  | 'cadence:write'
  | 'users:read'
  | 'users:manage';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: 'invited' | 'active' | 'deactivated';
  /** Auditors only: the first and last day of their access, YYYY-MM-DD. */
  accessFrom: string | null;
  accessUntil: string | null;
  mfaEnrolled: boolean;
  createdAt: string;
  activatedAt: string | null;
  deactivatedAt: string | null;
}

export interface SessionInfo {
  id: string;
  method: 'password' | 'sso';
  createdAt: string;
  lastSeenAt: string;
  /** The absolute timeout. */
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  endedAt: string | null;
  endReason: string | null;
}

/** GET /api/auth/session, and the answer of every step of signing in. */
export interface SignedIn {
  user: User;
  /** What the session owes before anything else. */
  stage: 'ready' | 'second_factor' | 'enrol';
  /** Empty until the stage is ready. */
  permissions: Permission[];
  /** Sent as x-csrf-token on every request that changes something. */
  csrfToken: string;
  session: SessionInfo;
  idleMinutes: number;
}

/** GET /api/auth/options (public). */
export interface SignInOptions {
  /** Nobody is a user yet: the server printed a setup link. */
  setupRequired: boolean;
  password: boolean;
  sso: { enabled: boolean; only: boolean };
}

/** GET /api/auth/invites/:token (public). */
export interface InviteView {
  /** `setup`: the first-run link that creates the owner. */
  kind: 'setup' | 'invite' | 'password_reset';
  email: string | null;
  name: string | null;
  role: Role;
  expiresAt: string;
}

/** POST /api/auth/totp */
export interface TotpEnrolment {
  secret: string;
  /** otpauth:// URI, for the QR code. */
  uri: string;
}

/** POST /api/auth/totp/confirm; POST /api/auth/recovery-codes answers without `signedIn`. */
export interface RecoveryCodes {
  recoveryCodes: string[];
  signedIn?: SignedIn;
}

/** GET /api/account/sessions */
export interface SessionList {
  sessions: SessionInfo[];
  /** The id of this browser's session. */
  current: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  scope: 'read' | 'read-write';
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** POST /api/account/tokens */
export interface CreatedToken {
  token: ApiToken;
  /** Shown once: send as `Authorization: Bearer <secret>`. */
  secret: string;
}
