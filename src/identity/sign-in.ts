import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireAuditorInWindow } from './auditor-access.ts';
import { passwordMatches, UNKNOWN_USER_HASH } from './password.ts';
import type { SecuritySettings } from './security-settings.ts';
import type { SignedIn } from './session.ts';
import { type Client, startSession } from './start-session.ts';
import { signInAttempt } from './sign-in-attempt.ts';
import { clearFailures } from './throttle.ts';
import { findUserRow, normalizeEmail, userFromRow } from './user.ts';

export const WRONG_CREDENTIALS = 'the email or password is wrong';

/**
 * Signs in with email and password. A wrong email and a wrong password get the same message
 * and take the same time; every failure is recorded as evidence and counts towards back-off.
 */
export async function signInWithPassword(
  ctx: Context,
  settings: SecuritySettings,
  input: { email: string; password: string; client: Client },
): Promise<{ cookie: string; signedIn: SignedIn }> {
  const email = normalizeEmail(input.email);
  const keys = [`email:${email}`, ...(input.client.ip ? [`ip:${input.client.ip}`] : [])];
  const attempt = signInAttempt(ctx, { keys, client: input.client });
  const fail = (reason: string, error: AppError) => attempt.fail(email, reason, error);

  await attempt.refuseIfThrottled(email);
  if (settings.sso.only) return fail('sso_only', new AppError('forbidden', 'this workspace signs in with SSO only; use "Sign in with SSO"'));

  const row = await findUserRow(ctx, { email });
  const matches = await passwordMatches(input.password, row?.password_hash ?? UNKNOWN_USER_HASH);
  if (!row || !row.password_hash || !matches) return fail(row ? 'wrong_password' : 'unknown_email', new AppError('unauthenticated', WRONG_CREDENTIALS));
  const user = userFromRow(row);
  if (user.status === 'deactivated') return fail('deactivated', new AppError('forbidden', 'this account is deactivated; ask an admin of your workspace'));
  try {
    await requireAuditorInWindow(ctx, user);
  } catch (error) {
    return fail('outside_auditor_window', error as AppError);
  }

  return inTransaction(ctx, async (tx) => {
    await clearFailures(tx, `email:${email}`);
    return startSession(tx, row, { method: 'password', secondFactor: undefined, client: input.client });
  });
}
