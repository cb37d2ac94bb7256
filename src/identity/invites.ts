import { randomUUID } from 'node:crypto';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { ensureGroundworkSystem } from '../systems/groundwork-system.ts';
import { parseLocalDate } from '../time/local-date.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { isRole, type Role } from './roles.ts';
import { hashSecret, newSecret } from './secret-token.ts';
import type { SignedIn } from './session.ts';
import { type Client, startSession } from './start-session.ts';
import { findUserRow, isEmail, normalizeEmail, type User, type UserRow, userFromRow, userSubject } from './user.ts';

const INVITE_DAYS = 7;
const SETUP_HOURS = 1;

/** An invite link's secret part; the path is /invite/<token>. */
export interface IssuedInvite {
  token: string;
  expiresAt: string;
}

export interface NewUser {
  email: string;
  name?: string;
  role: string;
  /** Auditors only: the first and last day of their access (YYYY-MM-DD). */
  accessFrom?: string;
  accessUntil?: string;
}

async function issueInvite(tx: Context, userId: string | null, lifetimeMs: number): Promise<IssuedInvite> {
  const token = newSecret('gwi_');
  const now = tx.now();
  const expiresAt = new Date(now.getTime() + lifetimeMs).toISOString();
  await tx.db.insertInto('invites').values({ token_hash: hashSecret(token), user_id: userId, created_by: tx.actor.id, created_at: now.toISOString(), expires_at: expiresAt, used_at: null }).execute();
  return { token, expiresAt };
}

/** A new user row, named after their email until they say otherwise, with no second factor yet. */
async function insertUser(
  tx: Context,
  user: { email: string; name: string | undefined; role: Role; accessFrom: string | null; accessUntil: string | null; passwordHash: string | null; activatedAt: string | null },
): Promise<UserRow> {
  const row: UserRow = {
    id: randomUUID(),
    email: user.email,
    name: user.name?.trim() || user.email.split('@')[0]!,
    role: user.role,
    access_from: user.accessFrom,
    access_until: user.accessUntil,
    password_hash: user.passwordHash,
    totp_secret: null,
    totp_enrolled_at: null,
    totp_last_step: null,
    created_at: tx.now().toISOString(),
    activated_at: user.activatedAt,
    deactivated_at: null,
  };
  await tx.db.insertInto('users').values(row).execute();
  return row;
}

export function checkAuditorDates(role: Role, accessFrom: string | undefined | null, accessUntil: string | undefined | null): { from: string | null; until: string | null } {
  if (role !== 'auditor') {
    if (accessFrom || accessUntil) throw invalidInput('access dates are for auditors only', accessFrom ? 'accessFrom' : 'accessUntil');
    return { from: null, until: null };
  }
  if (!accessFrom) throw invalidInput('an auditor needs the first day of their access (accessFrom, YYYY-MM-DD)', 'accessFrom');
  if (!accessUntil) throw invalidInput('an auditor needs the last day of their access (accessUntil, YYYY-MM-DD)', 'accessUntil');
  const from = parseLocalDate(accessFrom, 'accessFrom');
  const until = parseLocalDate(accessUntil, 'accessUntil');
  if (until.until(from).sign > 0) throw invalidInput(`access ends (${accessUntil}) before it starts (${accessFrom})`, 'accessUntil');
  return { from: from.toString(), until: until.toString() };
}

/**
 * Adds a user who signs up through an invite link (valid 7 days, single use). `by` is the
 * inviter's role: an admin may not create owners. The CLI, run on the server itself, may.
 */
export async function inviteUser(ctx: Context, input: NewUser, by: Role | undefined): Promise<{ user: User; invite: IssuedInvite }> {
  const email = normalizeEmail(input.email);
  if (!isEmail(email)) throw invalidInput(`"${input.email}" is not an email address`, 'email');
  if (!isRole(input.role)) throw invalidInput(`"${input.role}" is not a role; use owner, admin, reviewer, member or auditor`, 'role');
  const role = input.role;
  if (input.role === 'owner' && by && by !== 'owner') throw new AppError('forbidden', 'only an owner may add another owner', 'role');
  const dates = checkAuditorDates(input.role, input.accessFrom, input.accessUntil);
  return inTransaction(ctx, async (tx) => {
    if (await findUserRow(tx, { email })) throw new AppError('conflict', `${email} is already a user`, 'email');
    const row = await insertUser(tx, { email, name: input.name, role, accessFrom: dates.from, accessUntil: dates.until, passwordHash: null, activatedAt: null });
    const invite = await issueInvite(tx, row.id, INVITE_DAYS * 86_400_000);
    await appendEvent(tx, { action: 'identity.user.invited', subject: userSubject(row), data: { email, role: row.role, accessFrom: dates.from, accessUntil: dates.until, inviteExpiresAt: invite.expiresAt } });
    return { user: userFromRow(row), invite };
  });
}

const RESET_HOURS = 24;

/**
 * A new link: for someone who has not accepted yet, a fresh invite (7 days); for an active user
 * who forgot their password, a reset link (24 hours) that sets a new one and ends their
 * sessions. Earlier links stop working either way.
 */
export async function reissueInvite(ctx: Context, userId: string): Promise<IssuedInvite> {
  return inTransaction(ctx, async (tx) => {
    const row = await findUserRow(tx, { id: userId });
    if (!row) throw new AppError('not_found', `no user has the id ${userId}`, 'id');
    if (row.deactivated_at) throw new AppError('conflict', `${row.email} is deactivated`);
    await tx.db.updateTable('invites').set({ used_at: tx.now().toISOString() }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
    const reset = row.activated_at !== null;
    const invite = await issueInvite(tx, userId, reset ? RESET_HOURS * 3_600_000 : INVITE_DAYS * 86_400_000);
    await appendEvent(tx, {
      action: reset ? 'identity.password_reset.created' : 'identity.user.invited',
      subject: userSubject(row),
      data: { email: row.email, role: row.role, ...(reset ? {} : { reissued: true }), expiresAt: invite.expiresAt },
    });
    return invite;
  });
}

/** The first-run link that creates the owner: valid one hour, and only while nobody is a user. */
export async function createSetupLink(ctx: Context): Promise<IssuedInvite | undefined> {
  return inTransaction(ctx, async (tx) => {
    const any = await tx.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if (any) return undefined;
    const invite = await issueInvite(tx, null, SETUP_HOURS * 3_600_000);
    await appendEvent(tx, { action: 'identity.setup_link.created', subject: { type: 'workspace', id: '1' }, data: { expiresAt: invite.expiresAt } });
    return invite;
  });
}

export interface InviteView {
  kind: 'setup' | 'invite' | 'password_reset';
  email: string | null;
  name: string | null;
  role: Role;
  expiresAt: string;
}

async function usableInvite(ctx: Context, token: string) {
  const invite = await ctx.db.selectFrom('invites').selectAll().where('token_hash', '=', hashSecret(token)).executeTakeFirst();
  if (!invite) throw new AppError('not_found', 'this invite link is not valid; check it was copied whole, or ask for a new one', 'token');
  if (invite.used_at) throw new AppError('conflict', 'this invite link was already used or replaced by a newer one; sign in, or ask for a new link', 'token');
  if (invite.expires_at <= ctx.now().toISOString()) throw new AppError('conflict', `this invite link expired at ${invite.expires_at}; ask for a new one`, 'token');
  const user = invite.user_id ? await findUserRow(ctx, { id: invite.user_id }) : undefined;
  if (user?.deactivated_at) throw new AppError('conflict', 'this account was deactivated', 'token');
  return { invite, user };
}

export async function readInvite(ctx: Context, token: string): Promise<InviteView> {
  const { invite, user } = await usableInvite(ctx, token);
  return { kind: !user ? 'setup' : user.activated_at ? 'password_reset' : 'invite', email: user?.email ?? null, name: user?.name ?? null, role: user ? userFromRow(user).role : 'owner', expiresAt: invite.expires_at };
}

/**
 * Accepts an invite: sets the password (and, for the setup link, creates the owner) and signs
 * in. The link is used up in the same transaction, so a second use fails.
 */
export async function acceptInvite(
  ctx: Context,
  token: string,
  input: { email?: string; name?: string; password: string; client: Client },
): Promise<{ cookie: string; signedIn: SignedIn }> {
  const { invite, user: existing } = await usableInvite(ctx, token);
  const email = existing?.email ?? normalizeEmail(input.email ?? '');
  if (!existing && !isEmail(email)) throw invalidInput(`"${input.email ?? ''}" is not an email address`, 'email');
  const problem = passwordProblem(input.password, email);
  if (problem) throw invalidInput(problem, 'password');
  const passwordHash = await hashPassword(input.password);
  return inTransaction({ ...ctx, actor: { type: 'user', id: email } }, async (tx) => {
    const used = await tx.db.updateTable('invites').set({ used_at: tx.now().toISOString() }).where('token_hash', '=', invite.token_hash).where('used_at', 'is', null).executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) throw new AppError('conflict', 'this invite link was already used', 'token');
    const at = tx.now().toISOString();
    let row: UserRow;
    if (existing?.activated_at) {
      row = { ...existing, password_hash: passwordHash };
      await tx.db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', existing.id).execute();
      const ended = await tx.db.updateTable('sessions').set({ ended_at: at, end_reason: 'password_reset' }).where('user_id', '=', existing.id).where('ended_at', 'is', null).executeTakeFirst();
      await appendEvent(tx, { action: 'identity.password.reset', subject: userSubject(row), data: { email, sessionsEnded: Number(ended.numUpdatedRows) } });
      return startSession(tx, row, { method: 'password', secondFactor: undefined, client: input.client });
    }
    if (existing) {
      row = { ...existing, name: input.name?.trim() || existing.name, password_hash: passwordHash, activated_at: at };
      await tx.db.updateTable('users').set({ name: row.name, password_hash: passwordHash, activated_at: at }).where('id', '=', existing.id).execute();
    } else {
      if (await tx.db.selectFrom('users').select('id').limit(1).executeTakeFirst()) throw new AppError('conflict', 'Groundwork already has an owner; sign in instead', 'token');
      row = await insertUser(tx, { email, name: input.name, role: 'owner', accessFrom: null, accessUntil: null, passwordHash, activatedAt: at });
    }
    await appendEvent(tx, { action: 'identity.invite.accepted', subject: userSubject(row), data: { email, role: row.role, setup: !existing } });
    if (!existing) await ensureGroundworkSystem(tx);
    return startSession(tx, row, { method: 'password', secondFactor: undefined, client: input.client });
  });
}
