/** The shapes of the users and security-settings API, as documented (src/identity/schemas.ts). */
import type { User } from '../identity/identity-types.ts';

/** GET /api/users */
export interface UserList {
  users: User[];
}

/** POST /api/users/:id/invite; POST /api/users adds the new `user`. */
export interface InviteLink {
  /** Single use; Groundwork sends no email, so someone passes it on. */
  inviteUrl: string;
  expiresAt: string;
}

export interface InvitedUser extends InviteLink {
  user: User;
}

/** GET /api/security-settings */
export interface SecuritySettings {
  mfaRequiredForAll: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  sso: {
    issuer: string | null;
    clientId: string | null;
    /** The secret itself is never sent back. */
    clientSecretSet: boolean;
    /** `environment`: set by GROUNDWORK_OIDC_* on the server, which wins over the workspace's own. */
    source: 'environment' | 'workspace' | 'none';
    only: boolean;
    /** The callback URL to register with the identity provider. */
    redirectUri: string;
  };
}

/** PATCH /api/security-settings: only what changes. */
export interface SecuritySettingsChange {
  mfaRequiredForAll?: boolean;
  sessionIdleMinutes?: number;
  sessionMaxHours?: number;
  ssoIssuer?: string | null;
  ssoClientId?: string | null;
  ssoClientSecret?: string | null;
  ssoOnly?: boolean;
}
