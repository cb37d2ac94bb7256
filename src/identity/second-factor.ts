import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import type { Identity } from './authenticate.ts';
import { issueRecoveryCodes, looksLikeRecoveryCode, recoveryCodesLeft, useRecoveryCode } from './recovery-codes.ts';
import { type SignedIn, sessionLimits, signedIn } from './session.ts';
import { clearFailures, recordFailure, refuseIfThrottled } from './throttle.ts';
import { newTotpSecret, totpStep, totpUri } from './totp.ts';
import { userFromRow, userSubject } from './user.ts';

type SessionIdentity = Identity & { via: 'session' };

/** Starts TOTP enrolment: a new secret, kept until a code from it confirms the app has it. */
export async function beginTotpEnrolment(ctx: Context, identity: SessionIdentity, issuer: string): Promise<{ secret: string; uri: string }> {
  if (identity.user.mfaEnrolled) throw new AppError('conflict', 'an authenticator app is already enrolled; an admin can reset it');
  const secret = newTotpSecret();
  await ctx.db.updateTable('users').set({ totp_secret: secret }).where('id', '=', identity.user.id).where('totp_enrolled_at', 'is', null).execute();
  return { secret, uri: totpUri(secret, identity.user.email, issuer) };
}

/**
 * Finishes enrolment with a code from the app. The session counts as second-factor verified,
 * and ten recovery codes are returned, once.
 */
export async function confirmTotpEnrolment(ctx: Context, identity: SessionIdentity, code: string): Promise<{ recoveryCodes: string[]; signedIn: SignedIn }> {
  const row = await ctx.db.selectFrom('users').selectAll().where('id', '=', identity.user.id).executeTakeFirstOrThrow();
  if (row.totp_enrolled_at) throw new AppError('conflict', 'an authenticator app is already enrolled');
  if (!row.totp_secret) throw new AppError('conflict', 'start enrolment first: no authenticator secret is waiting for a code');
  const step = await totpStep(row.totp_secret, code.trim(), ctx.now());
  if (step === undefined) throw invalidInput('the code does not match; check the app shows Groundwork and the clock of the phone is right', 'code');
  return inTransaction(ctx, async (tx) => {
    const at = tx.now().toISOString();
    await tx.db.updateTable('users').set({ totp_enrolled_at: at, totp_last_step: step }).where('id', '=', row.id).execute();
    await tx.db.updateTable('sessions').set({ mfa_at: at }).where('id', '=', identity.session.id).execute();
    const recoveryCodes = await issueRecoveryCodes(tx, row.id);
    await appendEvent(tx, { action: 'identity.mfa.enrolled', subject: userSubject(row), data: { email: row.email, method: 'totp', recoveryCodes: recoveryCodes.length } });
    const user = userFromRow({ ...row, totp_enrolled_at: at, totp_last_step: step });
    return { recoveryCodes, signedIn: signedIn(user, { ...identity.session, mfa_at: at }, await sessionLimits(tx)) };
  });
}

/**
 * Checks the second factor of a session: a TOTP code, once per time step, or a recovery code,
 * once ever. Failures count towards back-off and are evidence.
 */
export async function verifySecondFactor(ctx: Context, identity: SessionIdentity, code: string): Promise<SignedIn> {
  if (identity.signedIn.stage !== 'second_factor') throw new AppError('conflict', identity.signedIn.stage === 'enrol' ? 'enrol an authenticator app first' : 'this session has already given its second factor');
  const key = `mfa:${identity.user.id}`;
  await refuseIfThrottled(ctx, [key]);
  const row = await ctx.db.selectFrom('users').selectAll().where('id', '=', identity.user.id).executeTakeFirstOrThrow();
  const now = ctx.now();

  const fail = async (reason: string, message: string): Promise<never> => {
    await inTransaction(ctx, async (tx) => {
      await recordFailure(tx, [key]);
      await appendEvent(tx, { action: 'identity.second_factor.failed', subject: userSubject(row), data: { email: row.email, reason, session: identity.session.id } });
    });
    throw new AppError('unauthenticated', message, 'code');
  };

  let method: 'totp' | 'recovery_code';
  let step: number | undefined;
  if (looksLikeRecoveryCode(code)) {
    method = 'recovery_code';
  } else {
    method = 'totp';
    step = await totpStep(row.totp_secret ?? '', code.trim(), now);
    if (step === undefined) return fail('wrong_code', 'the code is wrong or has expired; enter the one your app shows now');
    if (row.totp_last_step !== null && step <= row.totp_last_step) return fail('replayed_code', 'this code was already used; wait for the next one');
  }

  const result = await inTransaction(ctx, async (tx) => {
    if (method === 'recovery_code' && !(await useRecoveryCode(tx, row.id, code))) return undefined;
    if (step !== undefined) {
      // Conditional on the last step, so two requests racing with one code cannot both win.
      const updated = await tx.db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', row.id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return undefined;
    }
    const at = tx.now().toISOString();
    await tx.db.updateTable('sessions').set({ mfa_at: at }).where('id', '=', identity.session.id).execute();
    await clearFailures(tx, key);
    const left = method === 'recovery_code' ? await recoveryCodesLeft(tx, row.id) : undefined;
    await appendEvent(tx, { action: 'identity.second_factor.verified', subject: userSubject(row), data: { email: row.email, method, session: identity.session.id, recoveryCodesLeft: left ?? null } });
    return signedIn(identity.user, { ...identity.session, mfa_at: at }, await sessionLimits(tx));
  });
  if (!result) return fail(method === 'recovery_code' ? 'wrong_recovery_code' : 'replayed_code', method === 'recovery_code' ? 'the recovery code is wrong or was already used' : 'this code was already used; wait for the next one');
  return result;
}

/** New recovery codes for a signed-in user; the old ones stop working. */
export async function regenerateRecoveryCodes(ctx: Context, identity: SessionIdentity): Promise<string[]> {
  if (!identity.user.mfaEnrolled) throw new AppError('conflict', 'enrol an authenticator app first');
  return inTransaction(ctx, async (tx) => {
    const codes = await issueRecoveryCodes(tx, identity.user.id);
    await appendEvent(tx, { action: 'identity.recovery_codes.regenerated', subject: userSubject(identity.user), data: { email: identity.user.email, count: codes.length } });
    return codes;
  });
}
