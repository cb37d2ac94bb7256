/** The shapes of the identity API, from the route schemas (src/identity/schemas.ts) via web/src/api/openapi.d.ts. */
import type { ResponseOf } from '../api/types.ts';

/** GET /api/auth/session, and the answer of every step of signing in. */
export type SignedIn = ResponseOf<'/api/auth/session', 'get'>;

export type User = SignedIn['user'];
export type Role = User['role'];
/** The permission table's names (src/identity/roles.ts); the session lists the ones the user has. */
export type Permission = SignedIn['permissions'][number];
export type SessionInfo = SignedIn['session'];

/** GET /api/auth/options (public). */
export type SignInOptions = ResponseOf<'/api/auth/options', 'get'>;
/** GET /api/auth/invites/:token (public). */
export type InviteView = ResponseOf<'/api/auth/invites/{token}', 'get'>;
/** POST /api/auth/totp */
export type TotpEnrolment = ResponseOf<'/api/auth/totp', 'post'>;
/** POST /api/auth/totp/confirm: the recovery codes, and the session now that it owes nothing. */
export type TotpConfirmation = ResponseOf<'/api/auth/totp/confirm', 'post'>;
/** POST /api/auth/recovery-codes */
export type RecoveryCodes = ResponseOf<'/api/auth/recovery-codes', 'post'>;
/** GET /api/account/sessions */
export type SessionList = ResponseOf<'/api/account/sessions', 'get'>;
/** POST /api/account/tokens */
export type CreatedToken = ResponseOf<'/api/account/tokens', 'post'>;
export type ApiToken = CreatedToken['token'];
