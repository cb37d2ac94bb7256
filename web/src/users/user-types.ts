/** The shapes of the users and security-settings API, from the route schemas (src/identity/schemas.ts) via web/src/api/openapi.d.ts. */
import type { BodyOf, ResponseOf } from '../api/types.ts';

/** GET /api/users */
export type UserList = ResponseOf<'/api/users', 'get'>;
/** POST /api/users/:id/invite */
export type InviteLink = ResponseOf<'/api/users/{id}/invite', 'post'>;
/** POST /api/users: the invite link and the new user. */
export type InvitedUser = ResponseOf<'/api/users', 'post'>;
/** GET /api/security-settings */
export type SecuritySettings = ResponseOf<'/api/security-settings', 'get'>;
/** PATCH /api/security-settings: only what changes. */
export type SecuritySettingsChange = BodyOf<'/api/security-settings', 'patch'>;
