import { z } from 'zod';
import { permissions, roles } from './roles.ts';

const email = z.string().trim().min(3).max(320);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const permission = z.enum(Object.keys(permissions) as [keyof typeof permissions, ...(keyof typeof permissions)[]]);

export const user = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  status: z.enum(['invited', 'active', 'deactivated']),
  accessFrom: z.string().nullable(),
  accessUntil: z.string().nullable(),
  mfaEnrolled: z.boolean(),
  createdAt: z.string(),
  activatedAt: z.string().nullable(),
  deactivatedAt: z.string().nullable(),
});

export const sessionInfo = z.object({
  id: z.string(),
  method: z.enum(['password', 'sso']),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  endedAt: z.string().nullable(),
  endReason: z.string().nullable(),
});

export const signedIn = z.object({
  user,
  stage: z.enum(['ready', 'second_factor', 'enrol']).describe('what the session owes before anything else'),
  secondFactorRequiredBy: z.enum(['role', 'workspace']).nullable().describe('why a second factor is required: the role, or the workspace setting'),
  permissions: z.array(permission).describe('what this user may do; empty until the stage is ready'),
  csrfToken: z.string().describe('send as the x-csrf-token header on every request that changes something'),
  session: sessionInfo,
  idleMinutes: z.number().int(),
});

export const signInOptions = z.object({
  setupRequired: z.boolean().describe('no user exists yet: the server printed a setup link'),
  password: z.boolean(),
  sso: z.object({ enabled: z.boolean(), only: z.boolean() }),
});

export const signInBody = z.strictObject({ email, password: z.string().min(1).max(1024) });
export const codeBody = z.strictObject({ code: z.string().trim().min(1).max(64).describe('6 digits from the authenticator app, or a recovery code') });
export const totpEnrolment = z.object({ secret: z.string(), uri: z.string().describe('otpauth:// URI for a QR code') });
export const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()).describe('shown once; each works once') });

export const inviteParams = z.object({ token: z.string().min(1).max(200) });
export const inviteView = z.object({
  kind: z.enum(['setup', 'invite', 'password_reset']),
  email: z.string().nullable(),
  name: z.string().nullable(),
  role: z.enum(roles),
  expiresAt: z.string(),
});
export const acceptInviteBody = z.strictObject({
  email: email.optional().describe('the setup link only: the owner’s email'),
  name: z.string().trim().max(200).optional(),
  password: z.string().min(1).max(1024),
});

export const idParams = z.object({ id: z.string().min(1).max(100) });
export const sessionList = z.object({ sessions: z.array(sessionInfo), current: z.string().nullable() });

export const apiToken = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(['read', 'read-write']),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scope: z.enum(['read', 'read-write']),
  expiresInDays: z.number().int().min(1).max(366).default(90),
});

export const userList = z.object({ users: z.array(user) });
export const inviteUserBody = z.strictObject({
  email,
  name: z.string().trim().max(200).optional(),
  role: z.enum(roles),
  accessFrom: localDate.optional().describe('auditors: first day of access'),
  accessUntil: localDate.optional().describe('auditors: last day of access'),
});
export const invitedUser = z.object({ user, inviteUrl: z.string().describe('single use; send it to the person'), expiresAt: z.string() });
export const changeUserBody = z.strictObject({
  role: z.enum(roles).optional(),
  accessFrom: localDate.nullable().optional(),
  accessUntil: localDate.nullable().optional(),
});

export const securitySettings = z.object({
  mfaRequiredForAll: z.boolean(),
  sessionIdleMinutes: z.number().int(),
  sessionMaxHours: z.number().int(),
  sso: z.object({
    issuer: z.string().nullable(),
    clientId: z.string().nullable(),
    clientSecretSet: z.boolean(),
    source: z.enum(['environment', 'workspace', 'none']),
    only: z.boolean(),
    redirectUri: z.string().describe('register this callback URL with the identity provider'),
  }),
});
export const securitySettingsBody = z.strictObject({
  mfaRequiredForAll: z.boolean().optional(),
  sessionIdleMinutes: z.number().int().optional(),
  sessionMaxHours: z.number().int().optional(),
  ssoIssuer: z.string().max(500).nullable().optional(),
  ssoClientId: z.string().max(500).nullable().optional(),
  ssoClientSecret: z.string().max(1000).nullable().optional(),
  ssoOnly: z.boolean().optional(),
});
