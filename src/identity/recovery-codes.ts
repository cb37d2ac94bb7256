import { randomBytes } from 'node:crypto';
import type { Context } from '../context.ts';
import { hashSecret } from './secret-token.ts';

const COUNT = 10;
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // 32 characters: every byte maps evenly

/** "k7m2p-x9q4t": 50 random bits from an alphabet without look-alike characters. */
function newCode(): string {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export function normalizeRecoveryCode(code: string): string {
  return code.trim().toLowerCase().replace(/[\s-]/g, '');
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{10}$/.test(normalizeRecoveryCode(code));
}

/** Replaces a user's recovery codes; the plain codes are returned once and never stored. */
export async function issueRecoveryCodes(tx: Context, userId: string): Promise<string[]> {
  const codes = Array.from({ length: COUNT }, newCode);
  await tx.db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await tx.db
    .insertInto('recovery_codes')
    .values(codes.map((code) => ({ user_id: userId, code_hash: hashSecret(normalizeRecoveryCode(code)), used_at: null })))
    .execute();
  return codes;
}

/** Marks a recovery code used; false when it is wrong or already used. */
export async function useRecoveryCode(tx: Context, userId: string, code: string): Promise<boolean> {
  const result = await tx.db
    .updateTable('recovery_codes')
    .set({ used_at: tx.now().toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashSecret(normalizeRecoveryCode(code)))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recoveryCodesLeft(ctx: Pick<Context, 'db'>, userId: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
