import type { Selectable } from 'kysely';
import type { Context } from '../context.ts';
import type { UserTable } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { isRole, mfaRequiredRoles, type Role } from './roles.ts';

export type UserRow = Selectable<UserTable>;

/** Computed: invited until the invite is accepted, deactivated from then on. */
export type UserStatus = 'invited' | 'active' | 'deactivated';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  /** Auditors only: local dates, inclusive. */
  accessFrom: string | null;
  accessUntil: string | null;
  mfaEnrolled: boolean;
  createdAt: string;
  activatedAt: string | null;
  deactivatedAt: string | null;
}

export function userFromRow(row: UserRow): User {
  if (!isRole(row.role)) throw new Error(`user ${row.id} has the unknown role "${row.role}"`);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: row.deactivated_at ? 'deactivated' : row.activated_at ? 'active' : 'invited',
    accessFrom: row.access_from,
    accessUntil: row.access_until,
    mfaEnrolled: row.totp_enrolled_at !== null,
    createdAt: row.created_at,
    activatedAt: row.activated_at,
    deactivatedAt: row.deactivated_at,
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export async function findUserRow(ctx: Pick<Context, 'db'>, by: { id: string } | { email: string }): Promise<UserRow | undefined> {
  const query = ctx.db.selectFrom('users').selectAll();
  return 'id' in by ? query.where('id', '=', by.id).executeTakeFirst() : query.where('email', '=', normalizeEmail(by.email)).executeTakeFirst();
}

export async function userRowOrThrow(ctx: Pick<Context, 'db'>, by: { id: string } | { email: string }): Promise<UserRow> {
  const row = await findUserRow(ctx, by);
  if (!row) throw new AppError('not_found', `no user has the ${'id' in by ? `id ${by.id}` : `email ${by.email}`}`, 'id' in by ? 'id' : 'email');
  return row;
}

/** Owners, admins and auditors always; everyone when the workspace says so, or once they enrolled. */
export function mfaRequired(user: Pick<User, 'role' | 'mfaEnrolled'>, requiredForAll: boolean): boolean {
  return requiredForAll || user.mfaEnrolled || mfaRequiredRoles.includes(user.role);
}

/** The evidence record of a user: who, not their secrets. */
export function userSubject(user: Pick<User, 'id'>): { type: string; id: string } {
  return { type: 'user', id: user.id };
}
