import type { Selectable } from 'kysely';
import type { Context } from '../context.ts';
import type { SessionTable } from '../db/schema.ts';
import { mfaRequiredRoles, type Permission, permissionsOf } from './roles.ts';
import { mfaRequired, type User } from './user.ts';

export type SessionRow = Selectable<SessionTable>;

/**
 * Computed from the user and the session: `ready`, or what the user owes before anything else —
 * a second factor (`second_factor`) or enrolling one (`enrol`).
 */
export type SessionStage = 'ready' | 'second_factor' | 'enrol';

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

/** What the browser learns about its own session. */
export interface SignedIn {
  user: User;
  stage: SessionStage;
  /** Why this user needs a second factor: their role, the workspace's setting, or null (not required). */
  secondFactorRequiredBy: 'role' | 'workspace' | null;
  permissions: Permission[];
  csrfToken: string;
  session: SessionInfo;
  idleMinutes: number;
}

export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
  mfaRequiredForAll: boolean;
}

export async function sessionLimits(ctx: Pick<Context, 'db'>): Promise<SessionLimits> {
  const w = await ctx.db.selectFrom('workspace').select(['session_idle_minutes', 'session_max_hours', 'mfa_required_for_all']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { idleMinutes: w.session_idle_minutes, maxHours: w.session_max_hours, mfaRequiredForAll: w.mfa_required_for_all === 1 };
}

export function stageOf(user: User, session: Pick<SessionRow, 'mfa_at'>, limits: SessionLimits): SessionStage {
  if (session.mfa_at || !mfaRequired(user, limits.mfaRequiredForAll)) return 'ready';
  return user.mfaEnrolled ? 'second_factor' : 'enrol';
}

export function sessionInfo(row: SessionRow, limits: Pick<SessionLimits, 'maxHours'>): SessionInfo {
  return {
    id: row.id,
    method: row.method === 'sso' ? 'sso' : 'password',
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: new Date(new Date(row.created_at).getTime() + limits.maxHours * 3_600_000).toISOString(),
    ip: row.ip,
    userAgent: row.user_agent,
    endedAt: row.ended_at,
    endReason: row.end_reason,
  };
}

export function signedIn(user: User, row: SessionRow, limits: SessionLimits): SignedIn {
  const stage = stageOf(user, row, limits);
  return {
    user,
    stage,
    secondFactorRequiredBy: mfaRequiredRoles.includes(user.role) ? 'role' : limits.mfaRequiredForAll ? 'workspace' : null,
    permissions: stage === 'ready' ? permissionsOf(user.role) : [],
    csrfToken: row.csrf_token,
    session: sessionInfo(row, limits),
    idleMinutes: limits.idleMinutes,
  };
}

/** Why a session no longer counts, or undefined while it does. */
export function sessionEnd(row: SessionRow, limits: SessionLimits, now: Date): 'idle' | 'expired' | undefined {
  if (now.getTime() - new Date(row.created_at).getTime() >= limits.maxHours * 3_600_000) return 'expired';
  if (now.getTime() - new Date(row.last_seen_at).getTime() >= limits.idleMinutes * 60_000) return 'idle';
  return undefined;
}
