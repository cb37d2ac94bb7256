import { randomUUID } from 'node:crypto';
import { type Context, inTransaction } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { hashSecret, newSecret } from './secret-token.ts';
import { type User, userSubject } from './user.ts';

export type TokenScope = 'read' | 'read-write';

export interface ApiToken {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const MAX_DAYS = 366;

function tokenFromRow(row: { id: string; name: string; scope: string; created_at: string; expires_at: string; last_used_at: string | null; revoked_at: string | null }): ApiToken {
  return { id: row.id, name: row.name, scope: row.scope === 'read' ? 'read' : 'read-write', createdAt: row.created_at, expiresAt: row.expires_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at };
}

/** A token for scripts and the CLI, acting as `user` with at most `scope`. The secret is returned once. */
export async function createApiToken(ctx: Context, user: User, input: { name: string; scope: TokenScope; expiresInDays: number }): Promise<{ token: ApiToken; secret: string }> {
  const name = input.name.trim();
  if (!name) throw invalidInput('name the token after what uses it, such as "nightly backup script"', 'name');
  if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_DAYS) {
    throw invalidInput(`a token expires in 1 to ${MAX_DAYS} days, not ${input.expiresInDays}`, 'expiresInDays');
  }
  const secret = newSecret('gwt_');
  const now = ctx.now();
  const row = {
    id: randomUUID(),
    token_hash: hashSecret(secret),
    user_id: user.id,
    name,
    scope: input.scope,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  return inTransaction(ctx, async (tx) => {
    await tx.db.insertInto('api_tokens').values(row).execute();
    await appendEvent(tx, { action: 'identity.token.created', subject: userSubject(user), data: { email: user.email, token: row.id, name, scope: row.scope, expiresAt: row.expires_at } });
    return { token: tokenFromRow(row), secret };
  });
}

export async function listApiTokens(ctx: Pick<Context, 'db'>, user: User): Promise<ApiToken[]> {
  const rows = await ctx.db.selectFrom('api_tokens').selectAll().where('user_id', '=', user.id).orderBy('created_at', 'desc').execute();
  return rows.map(tokenFromRow);
}

export async function revokeApiToken(ctx: Context, user: User, tokenId: string): Promise<ApiToken> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.db.selectFrom('api_tokens').selectAll().where('id', '=', tokenId).where('user_id', '=', user.id).executeTakeFirst();
    if (!row) throw new AppError('not_found', `you have no API token with the id ${tokenId}`, 'id');
    if (row.revoked_at) return tokenFromRow(row);
    const at = tx.now().toISOString();
    await tx.db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', tokenId).execute();
    await appendEvent(tx, { action: 'identity.token.revoked', subject: userSubject(user), data: { email: user.email, token: row.id, name: row.name } });
    return tokenFromRow({ ...row, revoked_at: at });
  });
}
