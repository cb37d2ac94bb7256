import { type Context, inTransaction } from '../context.ts';
import type { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import type { Client } from './start-session.ts';
import { recordFailure, refuseIfThrottled } from './throttle.ts';

/**
 * One attempt to sign in, by password or SSO, as seen by back-off and the evidence log: a refusal
 * is an `identity.sign_in.failed` event by the caller's address, and counts towards back-off.
 */
export function signInAttempt(ctx: Context, input: { keys: string[]; client: Client; data?: Record<string, unknown> }) {
  const anonymous: Context = { ...ctx, actor: { type: 'anonymous', id: input.client.ip ?? 'unknown' } };
  const record = (tx: Context, email: string | null, reason: string, detail?: Record<string, unknown>) =>
    appendEvent(tx, { action: 'identity.sign_in.failed', subject: { type: 'sign_in', id: email ?? 'unknown' }, data: { email, ...input.data, reason, ...detail, ...input.client } });
  return {
    /** Refuses while the attempt's keys back off; the refusal itself is evidence but no new failure. */
    async refuseIfThrottled(email: string | null): Promise<void> {
      try {
        await refuseIfThrottled(ctx, input.keys);
      } catch (error) {
        await inTransaction(anonymous, (tx) => record(tx, email, 'throttled'));
        throw error;
      }
    },
    /** Records the refusal and throws `error`. */
    async fail(email: string | null, reason: string, error: AppError, detail?: Record<string, unknown>): Promise<never> {
      await inTransaction(anonymous, async (tx) => {
        await recordFailure(tx, input.keys);
        await record(tx, email, reason, detail);
      });
      throw error;
    },
  };
}
