import { randomUUID } from 'node:crypto';
import type { Context } from '../context.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { newSecret, hashSecret } from './secret-token.ts';
import { type SignedIn, sessionLimits, signedIn } from './session.ts';
import { type UserRow, userFromRow, userSubject } from './user.ts';

export interface Client {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Opens a browser session for a user whose first factor checked out, inside the caller's
 * transaction. `secondFactor` is set when the second factor is already given (an identity
 * provider that vouched for one). Returns the cookie value, shown once and stored hashed.
 */
export async function startSession(
  tx: Context,
  row: UserRow,
  input: { method: 'password' | 'sso'; secondFactor: string | undefined; client: Client; detail?: Record<string, unknown> },
): Promise<{ cookie: string; signedIn: SignedIn }> {
  const cookie = newSecret('gws_');
  const at = tx.now().toISOString();
  const session = {
    id: randomUUID(),
    token_hash: hashSecret(cookie),
    user_id: row.id,
    method: input.method,
    csrf_token: newSecret(''),
    created_at: at,
    last_seen_at: at,
    mfa_at: input.secondFactor ? at : null,
    ip: input.client.ip,
    user_agent: input.client.userAgent,
    ended_at: null,
    end_reason: null,
  };
  await tx.db.insertInto('sessions').values(session).execute();
  const limits = await sessionLimits(tx);
  const result = signedIn(userFromRow(row), session, limits);
  await appendEvent(
    { ...tx, actor: { type: 'user', id: row.email } },
    {
      action: 'identity.user.signed_in',
      subject: userSubject(row),
      data: { email: row.email, method: input.method, session: session.id, stage: result.stage, secondFactor: input.secondFactor ?? null, ...input.client, ...input.detail },
    },
  );
  return { cookie, signedIn: result };
}
